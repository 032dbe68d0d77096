/**
 * The timeline's data as the browser loads it, in two parts so that neither grows with the words of
 * the whole corpus:
 *
 * - the **marks** (`/data/timeline/marks.json`): what the chart needs to place, filter and count every
 *   statement and event — ids, speakers, kinds, outlets, dates — with repeated strings in tables and
 *   each row a short array (about 40 bytes a statement, where the full record took 420);
 * - the **words** (`/data/timeline/words/<period>.json`): the statements' and events' text, one file per
 *   chronology period (a year, or a month of a crowded year), loaded when the chart shows single
 *   marks of that period.
 *
 * `unpackMarks` turns the marks back into `TimelineData` with empty texts; `periodOf` says which
 * words file holds a row.
 */
import { formatDateValue } from '../dates.ts';
import { articlePath, statementPath } from '../paths.ts';
import { dateSpan, type Precision } from './date-span.ts';
import { byTime, type EventKind, type TimelineData, type TimelineDate, type TimelineEvent, type TimelineStatement } from './data.ts';

const KINDS: ReadonlyArray<TimelineStatement['kind']> = ['direct', 'indirect', 'mixed'];
const STATUSES: ReadonlyArray<TimelineEvent['status']> = ['past', 'scheduled'];

/** id, speaker (index), article (index), kind (index), date value or null. */
type PackedStatement = [string, number, number, number, string | null];
/** id, kind, article (index), status (index), date value or null, participants, place. */
type PackedEvent = [string, EventKind, number, number, string | null, string[], string | null];

export interface TimelineMarks {
  /** [id, site-wide name, ISO country or null]. */
  speakers: Array<[string, string, string | null]>;
  outlets: string[];
  /** [slug, outlet (index)]. */
  articles: Array<[string, number]>;
  statements: PackedStatement[];
  events: PackedEvent[];
  /** The words files: chronology period keys ("2022", "2023-05") of the dated rows, oldest first. */
  periods: string[];
}

/** A words file: text by statement or event id. */
export type TimelineWords = Record<string, string>;

/** The precision a date value is written in: `2022-10-27`, `2022-W43`, `2022-10`, `2022`. */
export function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  throw new Error(`not a date value: ${value}`);
}

/** Which chronology period a row belongs to (`periodKey`), for splitting the words. */
export function packTimeline(data: TimelineData, periodKey: (id: string) => string): { marks: TimelineMarks; words: Map<string, TimelineWords> } {
  const index = <T>(table: T[], positions: Map<string, number>, key: string, entry: () => T): number => {
    let at = positions.get(key);
    if (at === undefined) {
      at = table.push(entry()) - 1;
      positions.set(key, at);
    }
    return at;
  };
  const speakers: TimelineMarks['speakers'] = [];
  const outlets: string[] = [];
  const articles: TimelineMarks['articles'] = [];
  const speakerAt = new Map<string, number>();
  const outletAt = new Map<string, number>();
  const articleAt = new Map<string, number>();
  const articleIndex = (slug: string, outlet: string) =>
    index(articles, articleAt, slug, () => [slug, index(outlets, outletAt, outlet, () => outlet)]);

  const words = new Map<string, TimelineWords>();
  const keep = (row: { id: string; text: string; start: number | null }) => {
    if (row.start === null) return;
    const key = periodKey(row.id);
    let file = words.get(key);
    if (!file) words.set(key, (file = {}));
    file[row.id] = row.text;
  };

  const statements = data.statements.map((s): PackedStatement => {
    if (s.url !== statementPath(s.id)) throw new Error(`statement ${s.id} has an unexpected address ${s.url}`);
    keep(s);
    return [s.id, index(speakers, speakerAt, s.speaker, () => [s.speaker, s.speakerName, s.country]), articleIndex(s.article, s.outlet), KINDS.indexOf(s.kind), s.date?.value ?? null];
  });
  const events = data.events.map((e): PackedEvent => {
    if (e.url !== articlePath(e.article)) throw new Error(`event ${e.id} has an unexpected address ${e.url}`);
    keep(e);
    return [e.id, e.kind, articleIndex(e.article, e.outlet), STATUSES.indexOf(e.status), e.date?.value ?? null, e.participants, e.place];
  });
  const periods = [...words.keys()].sort();
  return { marks: { speakers, outlets, articles, statements, events, periods }, words };
}

function dateOf(value: string | null): { date: TimelineDate | null; start: number | null; end: number | null } {
  if (value === null) return { date: null, start: null, end: null };
  const precision = precisionOf(value);
  return { date: { value, precision, label: formatDateValue(value, precision) }, ...dateSpan(value, precision) };
}

/** The marks as timeline data; texts are empty until their words file is loaded. */
export function unpackMarks(marks: TimelineMarks): TimelineData {
  const statements = marks.statements.map(([id, speaker, article, kind, value]): TimelineStatement => {
    const [speakerId, speakerName, country] = marks.speakers[speaker]!;
    const [slug, outlet] = marks.articles[article]!;
    return { id, text: '', speaker: speakerId, speakerName, country, kind: KINDS[kind]!, outlet: marks.outlets[outlet]!, article: slug, url: statementPath(id), ...dateOf(value) };
  });
  const events = marks.events.map(([id, kind, article, status, value, participants, place]): TimelineEvent => {
    const [slug, outlet] = marks.articles[article]!;
    return { id, kind, text: '', participants, place, status: STATUSES[status]!, outlet: marks.outlets[outlet]!, article: slug, url: articlePath(slug), ...dateOf(value) };
  });
  return { statements: statements.sort(byTime), events: events.sort(byTime) };
}

/** The period (of `periods`) whose words hold a row that starts at `start`, or null. */
export function periodOf(start: number, periods: readonly string[]): string | null {
  for (const key of periods) {
    const span = dateSpan(key, precisionOf(key));
    if (start >= span.start && start < span.end) return key;
  }
  return null;
}

/** The periods that overlap [from, to). */
export function periodsBetween(from: number, to: number, periods: readonly string[]): string[] {
  return periods.filter((key) => {
    const span = dateSpan(key, precisionOf(key));
    return span.start < to && span.end > from;
  });
}
