/** Turns the site's statements and the articles' events into the timeline's data. */
import { formatDateValue } from '../dates.ts';
import { byTime, spanFields, type TimelineData, type TimelineDate, type TimelineEvent, type TimelineStatement } from './data.ts';
import type { ArticleEvent } from '../../schemas/event.ts';
import type { StatementDate } from '../../schemas/statement-date.ts';

export interface StatementInput {
  id: string;
  text: string;
  kind: TimelineStatement['kind'];
  speaker: { id: string; name: string; country: string | null };
  date: StatementDate | null;
  article: string;
  url: string;
  source: { outlet: string };
}

export interface ArticleInput {
  slug: string;
  outlet: string;
  url: string;
  events: readonly ArticleEvent[];
}

function timelineDate(date: { value: string; precision: TimelineDate['precision'] } | null): TimelineDate | null {
  return date ? { value: date.value, precision: date.precision, label: formatDateValue(date.value, date.precision) } : null;
}

/**
 * Statements keep the speaker's site-wide name (`speakerName`), so one person is one lane however an
 * article spelled them. The same event reported by two articles stays two marks: each is that
 * article's account, linked to it.
 */
export function buildTimelineData(statements: readonly StatementInput[], articles: readonly ArticleInput[], speakerName: (id: string) => string | undefined): TimelineData {
  const timelineStatements: TimelineStatement[] = statements.map((s) => ({
    id: s.id,
    text: s.text,
    speaker: s.speaker.id,
    speakerName: speakerName(s.speaker.id) ?? s.speaker.name,
    country: s.speaker.country,
    kind: s.kind,
    outlet: s.source.outlet,
    article: s.article,
    url: s.url,
    date: timelineDate(s.date),
    ...spanFields(s.date),
  }));
  const events: TimelineEvent[] = articles.flatMap((article) =>
    article.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      text: e.text,
      participants: [...e.participants],
      place: e.place,
      status: e.status,
      outlet: article.outlet,
      article: article.slug,
      url: article.url,
      date: timelineDate(e.date),
      ...spanFields(e.date),
    })),
  );
  return { statements: timelineStatements.sort(byTime), events: events.sort(byTime) };
}
