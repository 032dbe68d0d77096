/**
 * Dates that name a day of the calendar: "Oct. 12", "October 12, 2022", "12 October 2022",
 * "2022-10-12", "10/12/2022" (month first, as in US copy), "Sept. 15-16", and datelines
 * ("MOSCOW, Oct. 23 (Xinhua) --").
 *
 * chrono-node's strict parser reads these forms well; what it gets wrong for news is the year when
 * none is printed (it always picks the one ahead, so "Dec. 28" in a January report lands eleven
 * months in the future). Only the printed components are taken from it; the year is chosen later
 * from the tense of the sentence. A range keeps its whole extent and resolves to its first day.
 */

import * as chrono from 'chrono-node';
import { dayNumber, formatDay, isValidDate } from './calendar.ts';
import { DATE_NAME_FOLLOWERS, MONTHS } from './lexicon.ts';
import type { DateCandidate } from './model.ts';

const LOWER_CASE_MONTH = new RegExp(`\\b(?:${Object.keys(MONTHS).join('|')})\\b`);

/** A printed month name or an all-numeric date: what makes a chrono match a calendar date. */
const CALENDAR_FORM = new RegExp(`\\b(?:${Object.keys(MONTHS).join('|')})\\b|^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}$`, 'i');

/** A time of day after the date ("Oct. 28 at 10 am"): cut off, since only the day is wanted. */
const TIME_OF_DAY = '\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|GMT|UTC|hrs|local time)';
const TRAILING_TIME = new RegExp(`(?:,?\\s+(?:at|around|about|from|by|before|after)\\s+\\d{1,2}(?:[:.]\\d{2})?|,?\\s+${TIME_OF_DAY}).*$`, 'i');

/** A time of day before the date ("10 a.m. on Oct. 28"). */
const LEADING_TIME = /^\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|hrs)?\s*,?\s*(?:on\s+)?/i;

/** "MOSCOW, " or "WASHINGTON, D.C., " at the start of a line, before the date. */
const DATELINE_BEFORE = /^[ \t]*[A-Z][A-Z.'’ -]+(?:,[ \t]*[A-Za-z.'’ -]+)*,[ \t]*$/;
const DATELINE_AFTER = /^[ \t]*(?:\([^)\n]{2,40}\)[ \t]*)?(?:--|[-–—])/;

interface Extent {
  start: number;
  end: number;
}

/** The part of a chrono match that is the date, without a time of day around it. */
function dateExtent(result: chrono.ParsedResult): Extent | null {
  let start = result.index;
  let text = result.text.replace(/\s+$/, '');
  if (result.start.isCertain('hour')) {
    const lead = LEADING_TIME.exec(text);
    if (lead && lead[0].length > 0 && /[A-Za-z]/.test(text.slice(lead[0].length))) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    const trail = TRAILING_TIME.exec(text);
    if (trail && trail.index > 0) text = text.slice(0, trail.index);
  }
  text = text.replace(/[\s,]+$/, '');
  // chrono takes "on" into some matches ("on 31 December 2022"); the preposition is added back
  // uniformly later, outside the core.
  const preposition = /^(?:on|at|in|from)\s+/i.exec(text);
  if (preposition) {
    start += preposition[0].length;
    text = text.slice(preposition[0].length);
  }
  return text.length > 0 ? { start, end: start + text.length } : null;
}

function isDateline(text: string, extent: Extent): boolean {
  const lineStart = text.lastIndexOf('\n', extent.start - 1) + 1;
  return extent.start - lineStart <= 80 && DATELINE_BEFORE.test(text.slice(lineStart, extent.start)) && DATELINE_AFTER.test(text.slice(extent.end, extent.end + 50));
}

export function findCalendarDates(text: string, published: number): DateCandidate[] {
  const reference = new Date(published * 86_400_000 + 43_200_000);
  const found: DateCandidate[] = [];
  for (const result of chrono.strict.parse(text, { instant: reference, timezone: 0 })) {
    const c = result.start;
    if (!c.isCertain('day') || !c.isCertain('month')) continue;
    const extent = dateExtent(result);
    if (!extent) continue;
    const words = text.slice(extent.start, extent.end);
    // Months are capitalised in news copy; "may 5" is "may" the verb before a number.
    if (LOWER_CASE_MONTH.test(words)) continue;
    // chrono's strict mode still reads "a week ago" as a day; relative forms have their own rules.
    if (!CALENDAR_FORM.test(words)) continue;
    // Bare "3/4" or "9/11" is a fraction or a name far more often than a date.
    if (!c.isCertain('year') && !/[A-Za-z]/.test(words)) continue;
    const follower = /^\s+([A-Z][a-z]+)/.exec(text.slice(extent.end, extent.end + 30))?.[1];
    if (follower && DATE_NAME_FOLLOWERS.has(follower.toLowerCase())) continue;
    const month = c.get('month')!;
    const day = c.get('day')!;
    const weekday = c.isCertain('weekday') ? c.get('weekday')! : null;
    let candidate: DateCandidate['reference'];
    if (c.isCertain('year')) {
      const year = c.get('year')!;
      if (!isValidDate(year, month, day)) continue;
      candidate = { kind: 'fixed', value: formatDay(dayNumber(year, month, day)), precision: 'day' };
    } else {
      if (!isValidDate(2000, month, day)) continue;
      candidate = { kind: 'month-day', month, day, weekday };
    }
    found.push({
      start: extent.start,
      end: extent.end,
      coreStart: extent.start,
      coreEnd: extent.end,
      reference: candidate,
      tense: isDateline(text, extent) ? 'past' : null,
      priority: 4,
    });
  }
  found.push(...dayOfMonth(text, published));
  return found;
}

/**
 * "announced on the 26th that …": a day of the month with neither month nor year, as Korean and
 * Japanese outlets write it. It is the last such day on or before the publication date (this month,
 * or the month before when the day is still to come). Not "the 20th National Congress", "the 26th
 * anniversary", "the 17th sanctions package".
 */
function dayOfMonth(text: string, published: number): DateCandidate[] {
  const found: DateCandidate[] = [];
  // Only where no noun follows ("on the 17th sanctions package" is the package's number).
  const pattern = /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$)|\s+(?:that|and|but|when|after|before|in|at|to|with|as|while|said|says|announced|told|stated|local\s+time|morning|afternoon|evening|night)\b)/gu;
  const today = new Date(published * 86_400_000);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    let year = today.getUTCFullYear();
    let month = today.getUTCMonth() + 1;
    if (day > today.getUTCDate()) {
      month -= 1;
      if (month === 0) [year, month] = [year - 1, 12];
    }
    if (!isValidDate(year, month, day)) continue;
    const start = m.index + m[0].indexOf('the');
    found.push({
      start,
      end: m.index + m[0].length,
      coreStart: start,
      coreEnd: m.index + m[0].length,
      reference: { kind: 'fixed', value: formatDay(dayNumber(year, month, day)), precision: 'day' },
      tense: 'past',
      priority: 1,
    });
  }
  return found;
}
