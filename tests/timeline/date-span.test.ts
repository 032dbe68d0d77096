import { describe, expect, it } from 'vitest';
import { dateSpan, isoDay, isPoint, parseDay, spanExtent } from '../../src/lib/timeline/date-span.ts';

const days = (span: { start: number; end: number }) => [isoDay(span.start), isoDay(span.end - 1)];

describe('date spans', () => {
  it('a day covers itself', () => {
    expect(days(dateSpan('2022-10-27', 'day'))).toEqual(['2022-10-27', '2022-10-27']);
  });
  it('an ISO week runs Monday to Sunday', () => {
    expect(days(dateSpan('2022-W43', 'week'))).toEqual(['2022-10-24', '2022-10-30']);
    expect(days(dateSpan('2021-W01', 'week'))).toEqual(['2021-01-04', '2021-01-10']);
    expect(days(dateSpan('2020-W53', 'week'))).toEqual(['2020-12-28', '2021-01-03']);
  });
  it('a month covers all its days, February in a leap year too', () => {
    expect(days(dateSpan('2022-10', 'month'))).toEqual(['2022-10-01', '2022-10-31']);
    expect(days(dateSpan('2024-02', 'month'))).toEqual(['2024-02-01', '2024-02-29']);
  });
  it('a year covers the year', () => {
    expect(days(dateSpan('2022', 'year'))).toEqual(['2022-01-01', '2022-12-31']);
  });
  it('only a day is a point', () => {
    expect(['day', 'week', 'month', 'year'].map((p) => isPoint(p as never))).toEqual([true, false, false, false]);
  });
  it('reads only real YYYY-MM-DD days from the URL', () => {
    expect(parseDay('2022-10-01')).toBe(Date.UTC(2022, 9, 1));
    expect(parseDay('2022-13-01')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });
});

describe('the extent of many spans', () => {
  it('is null for none, and the earliest start and latest end otherwise', () => {
    expect(spanExtent([])).toBeNull();
    expect(spanExtent([{ start: 5, end: 9 }, { start: 2, end: 4 }, { start: 7, end: 12 }])).toEqual({ start: 2, end: 12 });
  });

  it('takes two hundred thousand spans, as a 10,000-article site has, without overflowing the stack', () => {
    const spans = Array.from({ length: 200_000 }, (_, i) => ({ start: i, end: i + 1 }));
    expect(spanExtent(spans)).toEqual({ start: 0, end: 200_000 });
  });
});
