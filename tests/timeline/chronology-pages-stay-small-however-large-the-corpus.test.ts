import { describe, expect, it } from 'vitest';
import { chronologyPages, latestRows, rowsOfPage, yearOf } from '../../src/lib/timeline/chronology.ts';
import type { TimelineData } from '../../src/lib/timeline/data.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const row = (id: string, iso: string | null) => ({ id, start: iso ? day(iso) : null, end: iso ? day(iso) + 86_400_000 : null });
const statement = (id: string, iso: string | null) => row(id, iso) as TimelineData['statements'][number];
const event = (id: string, iso: string | null) => row(id, iso) as TimelineData['events'][number];

const data: TimelineData = {
  statements: [statement('s1', '2021-05-01'), statement('s2', '2022-01-03'), statement('s3', '2022-12-31'), statement('s4', null), statement('s5', null), statement('s6', null)],
  events: [event('e1', '2022-06-01'), event('e2', '2020-02-02')],
};
const ids = (rows: TimelineData) => [...rows.statements, ...rows.events].map((r) => r.id).sort();

describe('the chronology stays small however large the corpus', () => {
  it('reads the year of a row, or "undated"', () => {
    expect(yearOf(statement('x', '2022-12-31'))).toBe('2022');
    expect(yearOf(statement('x', null))).toBe('undated');
  });

  it('gives each year a page when it holds no more rows than the limit, oldest first and the undated last', () => {
    expect(chronologyPages(data, 10).map((page) => [page.key, page.label, page.statements, page.events])).toEqual([
      ['2020', '2020', 0, 1],
      ['2021', '2021', 1, 0],
      ['2022', '2022', 2, 1],
      ['undated', 'Undated', 3, 0],
    ]);
  });

  it('splits a year with more rows than the limit into months, and the undated rows into parts', () => {
    expect(chronologyPages(data, 2).map((page) => page.key)).toEqual(['2020', '2021', '2022-01', '2022-06', '2022-12', 'undated', 'undated-2']);
    expect(ids(rowsOfPage(data, '2022-06', 2))).toEqual(['e1']);
    expect(ids(rowsOfPage(data, 'undated-2', 2))).toEqual(['s6']);
  });

  it('puts every row on exactly one page', () => {
    for (const limit of [1, 2, 10]) {
      const all = chronologyPages(data, limit).flatMap((page) => ids(rowsOfPage(data, page.key, limit)));
      expect(all.sort()).toEqual(ids(data));
    }
  });

  it('keeps every row when there are few, and only the latest dated ones beyond the limit', () => {
    expect(latestRows(data, 10)).toBe(data);
    expect(ids(latestRows(data, 3))).toEqual(['e1', 's2', 's3']);
  });

  it('works the division out once per data, not once per page (the build renders a page per period)', () => {
    const copy: TimelineData = { statements: [...data.statements], events: [...data.events] };
    const pages = chronologyPages(copy, 2);
    expect(chronologyPages(copy, 2)).toBe(pages);
    expect(rowsOfPage(copy, '2022-06', 2)).toBe(rowsOfPage(copy, '2022-06', 2));
    expect(ids(rowsOfPage(copy, 'no-such-page', 2))).toEqual([]);
  });
});
