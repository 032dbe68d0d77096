import { classifyParagraphs } from './01-segment/classify-paragraphs.ts';
import { findDateline } from './01-segment/find-dateline.ts';
import { splitParagraphs } from './01-segment/paragraphs.ts';
import { splitSentences } from './01-segment/split-sentences.ts';
import { findQuotes } from './02-quotes/find-quotes.ts';
import { buildStatements, type SegmentedParagraph } from './03-statements/build-statements.ts';
import { Registry, slugify } from './04-speakers/registry.ts';
import { assignDates } from './05-dates/assign-dates.ts';
import { buildClaims } from './06-claims/build-claims.ts';
import { findEvents } from './07-events/find-events.ts';
import { linkSpeakers } from './08-registry/link-speakers.ts';
import { labelTopics } from './09-topics/label-topics.ts';
import { stableIds } from './stable-ids.ts';
import type { AnnotationResult, SourceFacts, Speaker, Statement } from './types.ts';

export type * from './types.ts';

/** What the annotator needs to know of the source besides its text. */
export type AnnotateOptions = Pick<SourceFacts, 'published'> & Partial<SourceFacts>;

/**
 * Annotates one article body (the text after any front matter). The stages run in order; each
 * consumes what the one before produced:
 */
export function annotate(body: string, facts: AnnotateOptions): AnnotationResult {
  // 1. Segmentation: paragraphs, noise lines (credits, related links, headline, subheadings), dateline.
  const { spans, gaps } = splitParagraphs(body);
  const paragraphs = classifyParagraphs(body, spans, facts.title);
  // The dateline opens one of the first body paragraphs (a standfirst may come before it).
  const datelined = paragraphs
    .map((paragraph, index) => ({ paragraph, index }))
    .filter(({ paragraph }) => paragraph.type === 'body')
    .slice(0, 3)
    .map(({ paragraph, index }) => ({ index, dateline: findDateline(body, paragraph.start, paragraph.end, facts.published) }))
    .find(({ dateline: found }) => found !== null);
  const firstBody = datelined?.index ?? -1;
  const dateline = datelined?.dateline ?? null;
  const anchor = dateline?.value ?? facts.published;

  // 1–2. Quotations per paragraph, then sentences that never split inside a quotation.
  const segmented: SegmentedParagraph[] = [];
  let previousUnclosed = false;
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.type !== 'body') return;
    const start = index === firstBody && dateline ? skipSpace(body, dateline.end) : paragraph.start;
    const text = body.slice(start, paragraph.end);
    const local = findQuotes(text, { continuesQuote: previousUnclosed });
    previousUnclosed = local.some((quote) => quote.unclosed && quote.depth === 0);
    const quotes = local.map((quote) => ({ ...quote, start: quote.start + start, end: quote.end + start, open: quote.open + start, close: quote.close + start }));
    const sentences = splitSentences(text, local).map((sentence) => ({ start: sentence.start + start, end: sentence.end + start }));
    segmented.push({ index, start, end: paragraph.end, quotes, sentences });
  });

  // 3–4. Statements and their speakers (names anywhere in the text are registered before any is resolved).
  const registry = new Registry(`${facts.title ?? ''}\n${body}`);
  const drafts = buildStatements(body, segmented, registry);

  // 5. Dates, resolved against the dateline's day or the publication date.
  const dates = assignDates(body, segmented, drafts, anchor, (draft) => draft.entity.mentions, facts.outlet ?? '');

  const articleKey = facts.url ?? facts.title ?? '';
  const ids = stableIds('s', drafts.map((draft) => body.slice(draft.start, draft.end)), articleKey);
  const statements: Statement[] = drafts.map((draft, index) => ({
    id: ids[index],
    speaker: {
      id: draft.entity.id,
      name: draft.entity.name,
      role: draft.entity.role,
      country: draft.entity.country,
      type: draft.entity.type,
      affiliation: draft.entity.affiliation,
      vague: draft.entity.vague,
    },
    kind: draft.kind,
    text: body.slice(draft.start, draft.end),
    start: draft.start,
    end: draft.end,
    cue: draft.cue,
    date: dates[index],
    speakerMention: draft.speakerMention
      ? { ...draft.speakerMention, text: body.slice(draft.speakerMention.start, draft.speakerMention.end) }
      : null,
    via: draft.via,
    paragraph: draft.paragraph,
    rule: `${draft.rule}; speaker by ${draft.resolvedBy}`,
  }));

  // 6. Claims: statements' words for their speakers, every other body sentence for the outlet.
  const outlet: Speaker = {
    id: slugify(facts.outlet ?? 'the outlet'),
    name: facts.outlet ?? 'The outlet',
    type: 'outlet',
    role: null,
    affiliation: null,
    country: null,
    vague: false,
  };
  const claims = buildClaims(body, segmented, statements, outlet.id, articleKey);

  const used = new Set(drafts.map((draft) => draft.entity));
  const speakers = registry.toSpeakers(used);
  if (claims.some((claim) => !claim.attributed) && !speakers.some((speaker) => speaker.id === outlet.id)) speakers.push(outlet);

  // 7. Events the article reports (meetings, calls, summits, visits, congresses), one per occasion.
  const events = findEvents(body, segmented.flatMap((paragraph) => paragraph.sentences), speakers, statements, anchor, articleKey);
  const result: AnnotationResult = { paragraphs, gaps, dateline, speakers, statements, claims, events };

  // 8. Speakers linked to their canonical entry in content/speakers.yml, so one person has one id everywhere.
  const linked = linkSpeakers(body, result);
  // 9. Topics and a claim type for every statement and claim, each with the rule that gave it.
  return labelTopics(body, linked);
}

function skipSpace(text: string, index: number): number {
  while (index < text.length && /\s/.test(text[index])) index++;
  return index;
}
