/**
 * How the chronology table is divided so that no page grows with the corpus: the timeline page lists
 * at most `CHRONOLOGY_ROWS` rows (the latest), and the rest is on pages of their own: one per year,
 * or one per month in a year with more rows than that, and the undated rows in pages of that size.
 */
import type { TimelineData } from './data.ts';

export const CHRONOLOGY_ROWS = 1000;

type Row = { id: string; start: number | null };

/** The year of a row ("2022"), or "undated". */
export function yearOf(item: { start: number | null }): string {
  return item.start === null ? 'undated' : String(new Date(item.start).getUTCFullYear());
}

function monthOf(item: { start: number | null }): string {
  return new Date(item.start!).toISOString().slice(0, 7);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ChronologyPage {
  /** The page's address under /timeline/: "2022", "2022-05", "undated", "undated-2". */
  key: string;
  label: string;
  statements: number;
  events: number;
}

interface Division {
  limit: number;
  /** Which page each row is on, by id. */
  keys: Map<string, string>;
  /** The rows of each page. */
  rows: Map<string, TimelineData>;
  pages: ChronologyPage[];
}

const divisions = new WeakMap<TimelineData, Division>();

/**
 * The division of some data into pages, worked out once per data and limit: every chronology page
 * asks for it, and going over all the rows for each page would make the build grow with the square of
 * the corpus.
 */
function division(data: TimelineData, limit: number): Division {
  const made = divisions.get(data);
  if (made && made.limit === limit) return made;
  const keys = assignPages(data, limit);
  const rows = new Map<string, TimelineData>();
  const add = <K extends 'statements' | 'events'>(field: K, row: TimelineData[K][number]) => {
    const key = keys.get(row.id)!;
    let page = rows.get(key);
    if (!page) rows.set(key, (page = { statements: [], events: [] }));
    (page[field] as Array<typeof row>).push(row);
  };
  for (const s of data.statements) add('statements', s);
  for (const e of data.events) add('events', e);
  const divided: Division = { limit, keys, rows, pages: listPages(rows) };
  divisions.set(data, divided);
  return divided;
}

function pageKeys(data: TimelineData, limit: number): Map<string, string> {
  return division(data, limit).keys;
}

function assignPages(data: TimelineData, limit: number): Map<string, string> {
  const rows: Row[] = [...data.statements, ...data.events];
  const perYear = new Map<string, number>();
  for (const row of rows) perYear.set(yearOf(row), (perYear.get(yearOf(row)) ?? 0) + 1);
  const keys = new Map<string, string>();
  const undated = rows.filter((row) => row.start === null).sort((a, b) => a.id.localeCompare(b.id));
  undated.forEach((row, index) => keys.set(row.id, index < limit ? 'undated' : `undated-${Math.floor(index / limit) + 1}`));
  for (const row of rows) {
    if (row.start === null) continue;
    const year = yearOf(row);
    keys.set(row.id, perYear.get(year)! > limit ? monthOf(row) : year);
  }
  return keys;
}

function labelOf(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const undated = /^undated(?:-(\d+))?$/.exec(key);
  if (undated) return undated[1] ? `Undated, part ${undated[1]}` : 'Undated';
  return key;
}

/** The chronology page key of a row, by id ("2022", "2022-05", "undated"). */
export function chronologyKeyOf(data: TimelineData, limit = CHRONOLOGY_ROWS): (id: string) => string {
  const keys = pageKeys(data, limit);
  return (id) => {
    const key = keys.get(id);
    if (key === undefined) throw new Error(`no chronology page for ${id}`);
    return key;
  };
}

function listPages(rows: Map<string, TimelineData>): ChronologyPage[] {
  const pages = [...rows].map(([key, page]) => ({ key, label: labelOf(key), statements: page.statements.length, events: page.events.length }));
  // Dated pages by their key ("2021" < "2022-01"), then the undated parts by number.
  const order = (key: string): [number, string | number] => (key.startsWith('undated') ? [1, Number(key.slice('undated-'.length) || 1)] : [0, key]);
  return pages.sort((a, b) => {
    const [x, y] = [order(a.key), order(b.key)];
    return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
  });
}

/** The chronology's pages, oldest first and the undated last, with how many statements and events each holds. */
export function chronologyPages(data: TimelineData, limit = CHRONOLOGY_ROWS): ChronologyPage[] {
  return division(data, limit).pages;
}

/** The rows of one chronology page, in the data's order. */
export function rowsOfPage(data: TimelineData, key: string, limit = CHRONOLOGY_ROWS): TimelineData {
  return division(data, limit).rows.get(key) ?? { statements: [], events: [] };
}

/** All rows when they are few; otherwise the `limit` latest dated ones. */
export function latestRows(data: TimelineData, limit = CHRONOLOGY_ROWS): TimelineData {
  if (data.statements.length + data.events.length <= limit) return data;
  const dated = [...data.statements, ...data.events]
    .filter((row) => row.start !== null)
    .sort((a, b) => b.start! - a.start! || a.id.localeCompare(b.id))
    .slice(0, limit);
  const kept = new Set(dated.map((row) => row.id));
  return { statements: data.statements.filter((s) => kept.has(s.id)), events: data.events.filter((e) => kept.has(e.id)) };
}
