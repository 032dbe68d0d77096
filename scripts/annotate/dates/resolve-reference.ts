/**
 * Turns a date reference into a calendar value, choosing between the previous and the next
 * occurrence of "Monday", "October" or "Dec. 28" by the tense of the sentence:
 *
 * - past: the most recent occurrence on or before publication (a Tuesday report saying "on Tuesday"
 *   means that day: wire style names the weekday, never "today");
 * - future: the first occurrence on or after publication;
 * - present or unknown: the nearest occurrence, leaning to the past on a tie, since news mostly
 *   reports what has happened.
 */

import type { DatePrecision } from '../types.ts';
import {
  addMonths,
  dayNumber,
  formatDay,
  formatIsoWeek,
  formatMonth,
  isValidDate,
  monthOf,
  mondayOf,
  weekdayOf,
  type YearMonth,
} from './calendar.ts';
import type { DateReference, Shift, Tense } from './model.ts';

export interface ResolvedDate {
  value: string;
  precision: DatePrecision;
}

/** Days from publication to the chosen occurrence of a weekday (negative: before). */
function weekdayOffset(published: number, weekday: number, tense: Tense): number {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(published) + 7) % 7;
  if (tense === 'past') return -back;
  if (tense === 'future') return ahead;
  return back <= ahead ? -back : ahead;
}

function resolveWeekday(published: number, weekday: number, shift: Shift, tense: Tense): number {
  if (shift === 'last') return published - ((weekdayOf(published) - weekday + 7) % 7 || 7);
  if (shift === 'next') return published + ((weekday - weekdayOf(published) + 7) % 7 || 7);
  if (shift === 'this') return mondayOf(published) + ((weekday + 6) % 7);
  return published + weekdayOffset(published, weekday, tense);
}

/** Months from the publication month to the chosen occurrence of a month. */
function monthOffset(current: YearMonth, month: number, shift: Shift, tense: Tense): number {
  const back = (current.month - month + 12) % 12;
  const ahead = (month - current.month + 12) % 12;
  if (shift === 'last') return -(back || 12);
  if (shift === 'next') return ahead || 12;
  if (shift === 'this') return month - current.month;
  if (tense === 'past') return -back;
  if (tense === 'future') return ahead;
  return back <= ahead ? -back : ahead;
}

/** How far after publication a past-tense "Dec. 28" may fall (time zones, copy dated early). */
const PAST_TOLERANCE_DAYS = 2;
/** How far before publication a future-tense "Jan. 8" may fall (plans reported after the fact). */
const FUTURE_TOLERANCE_DAYS = 14;

function resolveMonthDay(published: number, month: number, day: number, weekday: number | null, tense: Tense): number | null {
  const year = monthOf(published).year;
  const options = [year - 1, year, year + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => dayNumber(y, month, day));
  // A weekday printed with the date ("Friday, March 22") settles the year when it fits one option.
  const fitting = weekday === null ? [] : options.filter((n) => weekdayOf(n) === weekday);
  const pool = fitting.length > 0 ? fitting : options;
  if (pool.length === 0) return null;
  // Copy is often written a day or so before it is dated, and plans are reported a little after
  // they happened, so each direction tolerates a short overlap instead of jumping a whole year.
  const past = pool.filter((n) => n <= published + PAST_TOLERANCE_DAYS);
  const future = pool.filter((n) => n >= published - FUTURE_TOLERANCE_DAYS);
  if (tense === 'past' && past.length > 0) return Math.max(...past);
  if (tense === 'future' && future.length > 0) return Math.min(...future);
  return pool.reduce((best, n) => (Math.abs(n - published) < Math.abs(best - published) ? n : best));
}

/**
 * Year of a season occurrence, naming a season by the year it starts in (winter 2012 runs from
 * December 2012 to February 2013). "last summer" is the latest summer that has ended.
 */
function resolveSeason(published: number, startMonth: number, shift: Shift): number {
  const current = monthOf(published);
  const now = current.year * 12 + current.month - 1;
  const start = (year: number): number => year * 12 + startMonth - 1;
  const runningYear = [current.year - 1, current.year].find((y) => start(y) <= now && now < start(y) + 3);
  if (shift === 'last') {
    let year = current.year;
    while (start(year) + 3 > now) year--;
    return year;
  }
  if (shift === 'next') {
    let year = current.year - 1;
    while (start(year) <= now) year++;
    return year;
  }
  return runningYear ?? current.year;
}

/** A day of the weekend meant by "the weekend": the one under way, else the last or the coming one. */
function resolveWeekend(published: number, tense: Tense): number {
  const weekday = weekdayOf(published);
  if (weekday === 0 || weekday === 6) return published;
  return tense === 'future' ? published + (6 - weekday) : published - (weekday + 1);
}

export function resolveReference(reference: DateReference, published: number, tense: Tense): ResolvedDate | null {
  switch (reference.kind) {
    case 'fixed':
      return { value: reference.value, precision: reference.precision };
    case 'weekday':
      return { value: formatDay(resolveWeekday(published, reference.weekday, reference.shift, tense)), precision: 'day' };
    case 'month': {
      const current = monthOf(published);
      return { value: formatMonth(addMonths(current, monthOffset(current, reference.month, reference.shift, tense))), precision: 'month' };
    }
    case 'month-day': {
      const n = resolveMonthDay(published, reference.month, reference.day, reference.weekday, tense);
      return n === null ? null : { value: formatDay(n), precision: 'day' };
    }
    case 'season':
      return { value: String(resolveSeason(published, reference.startMonth, reference.shift)), precision: 'year' };
    case 'weekend':
      return { value: formatIsoWeek(resolveWeekend(published, tense)), precision: 'week' };
  }
}
