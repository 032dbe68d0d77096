/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01). Working in whole days, with no
 * time of day or time zone, keeps "the Monday before 2022-10-25" independent of where the code runs.
 */

export interface YearMonth {
  year: number;
  month: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function parseIsoDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Expected a YYYY-MM-DD date, got "${iso}"`);
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayParts(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Sunday = 0, as JavaScript's getDay. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** True when the numbers form a real calendar date (rejects "Feb. 30"). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const p = dayParts(dayNumber(year, month, day));
  return p.year === year && p.month === month && p.day === day;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(n: number): string {
  const p = dayParts(n);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

export function formatMonth(ym: YearMonth): string {
  return `${pad(ym.year, 4)}-${pad(ym.month)}`;
}

/** ISO 8601 week of a day: weeks start on Monday and belong to the year holding their Thursday. */
export function formatIsoWeek(n: number): string {
  const isoWeekday = weekdayOf(n) === 0 ? 7 : weekdayOf(n);
  const thursday = n - isoWeekday + 4;
  const year = dayParts(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The Monday of the ISO week holding day n. */
export function mondayOf(n: number): number {
  const isoWeekday = weekdayOf(n) === 0 ? 7 : weekdayOf(n);
  return n - isoWeekday + 1;
}

export function monthOf(n: number): YearMonth {
  const p = dayParts(n);
  return { year: p.year, month: p.month };
}

export function addMonths(ym: YearMonth, delta: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Months from a to b (positive when b is later). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return (b.year * 12 + b.month) - (a.year * 12 + a.month);
}
