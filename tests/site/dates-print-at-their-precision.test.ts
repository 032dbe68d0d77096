import { describe, expect, test } from 'vitest';
import { formatDateValue, isoWeekStart, sortableDay, yearOf } from '../../src/lib/dates.ts';

describe('statement dates', () => {
  test('print at their own precision', () => {
    expect(formatDateValue('2022-10-27', 'day')).toBe('27 Oct 2022');
    expect(formatDateValue('2022-W43', 'week')).toBe('week of 24 Oct 2022');
    expect(formatDateValue('2022-10', 'month')).toBe('October 2022');
    expect(formatDateValue('2022', 'year')).toBe('2022');
  });

  test('sort by the first day they can mean', () => {
    expect(sortableDay('2022-W43')).toBe('2022-10-24');
    expect(sortableDay('2021-W01')).toBe('2021-01-04');
    expect(sortableDay('2020-W53')).toBe('2020-12-28');
    expect(sortableDay('2022-10')).toBe('2022-10-01');
    expect(sortableDay('2022')).toBe('2022-01-01');
    expect(isoWeekStart(2026, 1).toISOString().slice(0, 10)).toBe('2025-12-29');
  });

  test('fall back to the publication year', () => {
    expect(yearOf(null, '2021-12-31')).toBe('2021');
    expect(yearOf({ value: '2022-W01' }, '2021-12-31')).toBe('2022');
  });
});
