import { describe, expect, it } from 'vitest';
import { buildTimelineData, type StatementInput } from '../../src/lib/timeline/build-data.ts';
import { chronologyKeyOf } from '../../src/lib/timeline/chronology.ts';
import { packTimeline, periodOf, periodsBetween, precisionOf, unpackMarks } from '../../src/lib/timeline/compact.ts';

const statement = (id: string, speaker: string, country: string | null, value: string | null, outlet = 'Global Times', article = 'a'): StatementInput => ({
  id,
  text: `words of ${id}`,
  kind: id.endsWith('2') ? 'indirect' : 'direct',
  speaker: { id: speaker, name: speaker.toUpperCase(), country },
  date: value ? { value, precision: precisionOf(value), text: 'on Friday', source: 'explicit' } : null,
  article,
  url: `/statements/${id}/`,
  source: { outlet },
});

const data = buildTimelineData(
  [
    statement('s-2', 'wang-wenbin', 'CN', '2022-10-28'),
    statement('s-1', 'vladimir-putin', 'RU', '2022-W43', 'TASS', 'b'),
    statement('s-3', 'analysts', null, null),
    statement('s-4', 'wang-wenbin', 'CN', '2021-03', 'Global Times', 'c'),
    statement('s-5', 'wang-wenbin', 'CN', '2020', 'Global Times', 'c'),
  ],
  [
    {
      slug: 'a',
      outlet: 'Global Times',
      url: '/articles/a/',
      events: [{ id: 'e-1', kind: 'call', text: 'phone conversation', start: 0, end: 18, participants: ['Wang Wenbin'], place: 'Beijing', date: { value: '2022-10-27', precision: 'day', text: 'on Thursday' }, status: 'scheduled' }],
    },
  ],
  (id) => (id === 'wang-wenbin' ? 'Wang Wenbin' : undefined),
);

describe('the browser loads the marks whole and the words by period', () => {
  it('gives back every statement and event from the marks, with empty texts', () => {
    const { marks } = packTimeline(data, chronologyKeyOf(data));
    const blank = <T extends { text: string }>(rows: T[]) => rows.map((row) => ({ ...row, text: '' }));
    expect(unpackMarks(JSON.parse(JSON.stringify(marks)))).toEqual({ statements: blank(data.statements), events: blank(data.events) });
  });

  it('writes each name, outlet and article once', () => {
    const { marks } = packTimeline(data, chronologyKeyOf(data));
    expect(marks.speakers.map(([id]) => id).sort()).toEqual(['analysts', 'vladimir-putin', 'wang-wenbin']);
    expect(new Set(marks.speakers.map(([id]) => id)).size).toBe(marks.speakers.length);
    expect(marks.outlets.sort()).toEqual(['Global Times', 'TASS']);
    expect(marks.articles.map(([slug]) => slug).sort()).toEqual(['a', 'b', 'c']);
    expect(JSON.stringify(marks)).not.toContain('words of');
  });

  it('puts the words of every dated row in the file of its chronology period, and the undated nowhere', () => {
    const { marks, words } = packTimeline(data, chronologyKeyOf(data, 2));
    // 2022 holds three rows, more than the limit of 2: its rows go by month.
    expect(marks.periods).toEqual(['2020', '2021', '2022-10']);
    expect(words.get('2022-10')).toEqual({ 's-1': 'words of s-1', 's-2': 'words of s-2', 'e-1': 'phone conversation' });
    expect(words.get('2021')).toEqual({ 's-4': 'words of s-4' });
    expect([...words.values()].some((file) => 's-3' in file)).toBe(false);
  });

  it('finds the period of a row from its start, and the periods a view overlaps', () => {
    const { marks } = packTimeline(data, chronologyKeyOf(data, 2));
    for (const row of [...data.statements, ...data.events].filter((r) => r.start !== null)) {
      expect(periodOf(row.start!, marks.periods)).toBe(chronologyKeyOf(data, 2)(row.id));
    }
    expect(periodOf(Date.UTC(2019, 5, 1), marks.periods)).toBeNull();
    expect(periodsBetween(Date.UTC(2020, 11, 1), Date.UTC(2021, 0, 5), marks.periods)).toEqual(['2020', '2021']);
    expect(periodsBetween(Date.UTC(2022, 9, 30), Date.UTC(2022, 10, 2), marks.periods)).toEqual(['2022-10']);
    expect(periodsBetween(Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1), marks.periods)).toEqual([]);
  });

  it('reads the precision of every kind of date value, and refuses anything else', () => {
    expect(['2022-10-27', '2022-W43', '2022-10', '2022'].map(precisionOf)).toEqual(['day', 'week', 'month', 'year']);
    expect(() => precisionOf('Oct 2022')).toThrow(/not a date value/);
  });

  it('refuses a statement whose address is not its page, rather than losing the link', () => {
    const moved = { ...data, statements: data.statements.map((s, i) => (i === 0 ? { ...s, url: '/elsewhere/' } : s)) };
    expect(() => packTimeline(moved, chronologyKeyOf(moved))).toThrow(/unexpected address/);
  });
});
