/** Shapes shared by the date rules, the tense detector and the resolver. */

import type { DatePrecision } from '../types.ts';

export type Tense = 'past' | 'future' | 'present' | 'unknown';

/** Which occurrence a word like "last", "next" or "this" picks out. */
export type Shift = 'last' | 'next' | 'this' | null;

/**
 * What a date expression refers to before the tense of its sentence is known. Expressions anchored
 * only to the publication date ("yesterday", "last week") are resolved by the rules directly and
 * arrive as `fixed`; the others need the tense to choose between the previous and the next
 * occurrence.
 */
export type DateReference =
  | { kind: 'fixed'; value: string; precision: DatePrecision }
  | { kind: 'weekday'; weekday: number; shift: Shift }
  | { kind: 'month'; month: number; shift: Shift }
  | { kind: 'month-day'; month: number; day: number; weekday: number | null }
  | { kind: 'season'; startMonth: number; shift: Shift }
  | { kind: 'weekend' };

export interface DateCandidate {
  /** Extent of the expression without a leading preposition. */
  start: number;
  end: number;
  /** The time words alone, as TimeML marks them ("Friday" in "Friday's media briefing"). */
  coreStart: number;
  coreEnd: number;
  reference: DateReference;
  /** Direction the words themselves fix ("yesterday" is past whatever the verb says). */
  tense: Tense | null;
  /** Breaks ties between rules that found the same extent. */
  priority: number;
}

/** A found date with both extents; `findDates` exposes the outer one. */
export interface DateMatch {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
  value: string;
  precision: DatePrecision;
  tense: Tense;
}
