/**
 * Statement dates come at four precisions; these helpers print them honestly (a week stays a week)
 * and give each one a day to sort by.
 */
import type { StatementDate } from '../schemas/statement-date.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Monday of ISO week `week` of `year`, as a UTC date. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = new Date(jan4);
  mondayOfWeek1.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7));
  mondayOfWeek1.setUTCDate(mondayOfWeek1.getUTCDate() + (week - 1) * 7);
  return mondayOfWeek1;
}

/** The first day a date value can mean, as `YYYY-MM-DD` (for sorting and for `dateCreated`). */
export function sortableDay(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return isoWeekStart(Number(week[1]), Number(week[2])).toISOString().slice(0, 10);
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}

/** A reader-facing label: `27 Oct 2022`, `week of 24 Oct 2022`, `October 2022`, `2022`. */
export function formatDateValue(value: string, precision: StatementDate['precision']): string {
  // Every page prints dates, and a corpus has few distinct ones: format each once.
  const key = `${precision} ${value}`;
  let label = formatted.get(key);
  if (label === undefined) {
    label = formatUncached(value, precision);
    formatted.set(key, label);
  }
  return label;
}

const formatted = new Map<string, string>();

function formatUncached(value: string, precision: StatementDate['precision']): string {
  switch (precision) {
    case 'day':
      return dayFormat.format(new Date(`${value}T00:00:00Z`));
    case 'week':
      return `week of ${dayFormat.format(new Date(`${sortableDay(value)}T00:00:00Z`))}`;
    case 'month':
      return monthFormat.format(new Date(`${value}-01T00:00:00Z`));
    case 'year':
      return value;
  }
}

/** Label for a statement date, or a plain admission that there is none. */
export function formatStatementDate(date: Pick<StatementDate, 'value' | 'precision'> | null): string {
  return date ? formatDateValue(date.value, date.precision) : 'date unknown';
}

/** Explains where a date came from, for the statement page. */
export function describeDateSource(source: StatementDate['source']): string {
  return {
    explicit: 'stated with the words',
    carried: 'carried over from earlier in the passage',
    publication: 'not stated; the publication date is used',
  }[source];
}

/** The year a statement is filed under: its own date's, else the article's. */
export function yearOf(date: Pick<StatementDate, 'value'> | null, published: string): string {
  return (date?.value ?? published).slice(0, 4);
}
