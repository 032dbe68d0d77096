/**
 * The date finder's pipeline: every rule proposes candidates, overlaps are settled in favour of the
 * longest expression ("Friday, Oct. 28" over "Friday", "October 12, 2022" over "2022"), a leading
 * preposition is taken into the text, and each candidate is resolved under the tense of its clause.
 */

import { parseIsoDay } from './calendar.ts';
import { detectTense } from './detect-tense.ts';
import { findCalendarDates } from './find-calendar-dates.ts';
import { findMonthsAndYears } from './find-months-and-years.ts';
import { findRelativeDates } from './find-relative-dates.ts';
import { findWeekdays } from './find-weekdays.ts';
import { LEADING_PREPOSITIONS } from './lexicon.ts';
import type { DateCandidate, DateMatch, Tense } from './model.ts';
import { resolveReference } from './resolve-reference.ts';

const LEADING = new RegExp(
  `(?:^|[^A-Za-z])((?:${[...LEADING_PREPOSITIONS].sort((a, b) => b.length - a.length).map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\s+)$`,
  'i',
);

/** End of a sentence between two dates: a full stop, "!" or "?" before a capital or a quote. */
const SENTENCE_BREAK = /[!?]|\.\s+["“A-Z]/;

function selectNonOverlapping(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: DateCandidate[] = [];
  for (const c of ranked) {
    if (chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Start of the expression once a preposition right before it ("on", "at", "since") is included. */
function withPreposition(text: string, start: number, floor: number): number {
  const m = LEADING.exec(text.slice(Math.max(floor, start - 30), start));
  return m ? start - m[1]!.length : start;
}

/** Finds dates with both their full extent and the core time words (see `DateMatch`). */
export function findDateMatches(text: string, published: string): DateMatch[] {
  const anchor = parseIsoDay(published);
  const candidates = [
    ...findCalendarDates(text, anchor),
    ...findRelativeDates(text, anchor),
    ...findWeekdays(text),
    ...findMonthsAndYears(text),
  ];
  const matches: DateMatch[] = [];
  let floor = 0;
  let previous: { end: number; tense: Tense } | null = null;
  for (const c of selectNonOverlapping(candidates)) {
    let tense = c.tense;
    if (tense === null) {
      const detected = detectTense(text, c.coreStart, c.coreEnd);
      // A date listed after another in the same sentence ("will visit Japan on May 3 and South
      // Korea on May 5") shares its tense when it has no verb of its own nearby.
      const sameSentence = previous !== null && !SENTENCE_BREAK.test(text.slice(previous.end, c.start));
      tense = detected ?? (sameSentence && previous ? previous.tense : 'unknown');
      if (detected) previous = { end: c.end, tense: detected };
    }
    const resolved = resolveReference(c.reference, anchor, tense);
    if (!resolved) continue;
    const start = withPreposition(text, c.start, floor);
    matches.push({ start, end: c.end, coreStart: c.coreStart, coreEnd: c.coreEnd, value: resolved.value, precision: resolved.precision, tense });
    floor = c.end;
    if (previous && c.tense === null) previous.end = c.end;
  }
  return matches;
}
