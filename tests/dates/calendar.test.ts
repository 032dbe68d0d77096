import { describe, expect, it } from 'vitest';
import { formatIsoWeek, parseIsoDay, weekdayOf } from '../../scripts/annotate/dates/calendar.ts';

describe('calendar arithmetic', () => {
  it.each([
    ['2022-10-25', '2022-W43'],
    ['2013-03-22', '2013-W12'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2019-12-30', '2020-W01'],
    ['2026-12-31', '2026-W53'],
  ])('puts %s in ISO week %s', (day, week) => {
    expect(formatIsoWeek(parseIsoDay(day))).toBe(week);
  });

  it('numbers weekdays from Sunday = 0', () => {
    expect(weekdayOf(parseIsoDay('2022-10-23'))).toBe(0);
    expect(weekdayOf(parseIsoDay('2022-10-25'))).toBe(2);
  });

  it('rejects a publication date that is not YYYY-MM-DD', () => {
    expect(() => parseIsoDay('25 October 2022')).toThrow();
  });
});
