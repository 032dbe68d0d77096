/**
 * Finds the dates in a passage of news text and resolves them against the publication date.
 * See README.md in this folder for what is recognised and how tense picks between the last and
 * the next "Monday".
 */

import type { DatePrecision } from '../types.ts';
import { findDateMatches } from './find-date-matches.ts';

export interface DateMention {
  /** Offsets into the given text. */
  start: number;
  end: number;
  /** `text.slice(start, end)`: the whole expression with its preposition, e.g. "on Monday",
   * "at Friday's media briefing", "a week ago". */
  text: string;
  /** `2022-10-28` (day), `2022-W43` (ISO week), `2022-10` (month) or `2022` (year). */
  value: string;
  precision: DatePrecision;
  /** 'past' | 'future' | 'present' | 'unknown': the tense the expression was resolved under. */
  tense: string;
}

/**
 * Every expression in `text` that denotes a calendar day, week, month or year, in text order and
 * without overlaps. `published` (YYYY-MM-DD) anchors "yesterday", "on Monday" and dates printed
 * without a year.
 */
export function findDates(text: string, published: string): DateMention[] {
  return findDateMatches(text, published).map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    value: m.value,
    precision: m.precision,
    tense: m.tense,
  }));
}

export type { DateMatch, Tense } from './model.ts';
export { findDateMatches } from './find-date-matches.ts';
