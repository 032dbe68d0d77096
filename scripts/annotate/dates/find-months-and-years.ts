/**
 * Months and years: "October 2022", "in October", "last May", "early August", "2021",
 * "the end of 2012", "the summer of 2012", "fiscal 2013".
 *
 * Decades ("the 1990s") and centuries are not returned: the contract has no precision for them.
 * Open ranges ("since 2014") are returned as their year, with the preposition in the text so a
 * reader can tell "since 2014" from "in 2014".
 */

import {
  AMBIGUOUS_MONTHS,
  MONTH_LEADERS,
  SEASONS,
  YEAR_BLOCKING_FOLLOWERS,
  YEAR_BLOCKING_LEADERS,
} from './lexicon.ts';
import type { DateCandidate, Shift } from './model.ts';
import { FULL_MONTH_NAME, MONTH_NAME, PERIOD_MODIFIER, SEASON_NAME, monthNumber } from './patterns.ts';

const YEAR = '(1[89]\\d\\d|20\\d\\d)';

const MONTH_YEAR = new RegExp(`(${PERIOD_MODIFIER})?\\b(${MONTH_NAME})(?:,?\\s+(?:of\\s+)?)${YEAR}\\b(?![,.]\\d)`, 'g');

const BARE_MONTH = new RegExp(
  `(${PERIOD_MODIFIER})?\\b(?:(last|next|this|this\\s+coming|this\\s+past|coming)\\s+)?(${FULL_MONTH_NAME})\\b(?!\\s*\\.?\\s*\\d)(?!-)`,
  'g',
);

const SEASON_YEAR = new RegExp(`(${PERIOD_MODIFIER})?\\b(?:the\\s+)?(${SEASON_NAME})\\s+(?:of\\s+)?${YEAR}\\b(?![,.]\\d)`, 'gi');

const BARE_YEAR = new RegExp(`(${PERIOD_MODIFIER})?\\b(?:(?:fiscal|FY)\\s*(?:year\\s+)?)?${YEAR}\\b(?![,.]\\d)(?!-\\d\\d-)`, 'g');

function shiftOf(word: string | undefined): Shift {
  if (!word) return null;
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'last' || lower === 'this past') return 'last';
  if (lower === 'next' || lower === 'coming' || lower === 'this coming') return 'next';
  return 'this';
}

const previousWord = (text: string, at: number): string | undefined =>
  /([A-Za-z]+)[\s-]*$/.exec(text.slice(Math.max(0, at - 30), at))?.[1];

const nextWord = (text: string, at: number): string | undefined => /^\s+([A-Za-z%]+)/.exec(text.slice(at, at + 30))?.[1];

/** A bare month name is a month only where the words around it say so ("in May", not "China may"). */
function isMonth(text: string, nameStart: number, nameEnd: number, name: string, qualified: boolean): boolean {
  if (qualified) return true;
  const before = previousWord(text, nameStart);
  if (before && MONTH_LEADERS.has(before.toLowerCase())) return true;
  if (AMBIGUOUS_MONTHS.has(name.toLowerCase())) return false;
  const after = /^\s+([A-Z][a-z]+)/.exec(text.slice(nameEnd, nameEnd + 30))?.[1];
  // A capitalised word after the month usually makes a name ("June Carter", "the October Revolution").
  return !after;
}

function isYear(text: string, yearStart: number, yearEnd: number): boolean {
  const before = text.slice(Math.max(0, yearStart - 30), yearStart).toLowerCase();
  if (/[\d][,.]?$/.test(before) || /[$£€¥#]\s*$/.test(before)) return false;
  for (const leader of YEAR_BLOCKING_LEADERS) {
    if (new RegExp(`(?:^|[^a-z])${leader.replace(/[.$#-]/g, '\\$&')}\\s*$`).test(before)) return false;
  }
  const after = nextWord(text, yearEnd);
  if (after && YEAR_BLOCKING_FOLLOWERS.has(after.toLowerCase())) return false;
  // "1,000", "2022/23", "1800-km" and "1800 555 0199" are not years.
  return !/^(?:[,/]\d|-[A-Za-z]|\s\d{3})/.test(text.slice(yearEnd, yearEnd + 5)) && !/^\s*(?:GMT|UTC|hrs|hours|local\s+time)\b/i.test(text.slice(yearEnd, yearEnd + 16));
}

export function findMonthsAndYears(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];

  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text); m; m = MONTH_YEAR.exec(text)) {
    const month = monthNumber(m[2]!);
    if (!month) continue;
    const end = m.index + m[0].length;
    found.push({
      start: m.index,
      end,
      coreStart: m.index,
      coreEnd: end,
      reference: { kind: 'fixed', value: `${m[3]}-${String(month).padStart(2, '0')}`, precision: 'month' },
      tense: null,
      priority: 3,
    });
  }

  BARE_MONTH.lastIndex = 0;
  for (let m = BARE_MONTH.exec(text); m; m = BARE_MONTH.exec(text)) {
    const name = m[3]!;
    const nameEnd = m.index + m[0].length;
    const nameStart = nameEnd - name.length;
    if (!isMonth(text, nameStart, nameEnd, name, Boolean(m[1] || m[2]))) continue;
    const shift = shiftOf(m[2]);
    found.push({
      start: m.index,
      end: nameEnd,
      coreStart: m.index,
      coreEnd: nameEnd,
      reference: { kind: 'month', month: monthNumber(name)!, shift },
      tense: shift === 'last' ? 'past' : shift === 'next' ? 'future' : null,
      priority: 1,
    });
  }

  SEASON_YEAR.lastIndex = 0;
  for (let m = SEASON_YEAR.exec(text); m; m = SEASON_YEAR.exec(text)) {
    if (!SEASONS[m[2]!.toLowerCase()]) continue;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, coreStart: m.index, coreEnd: end, reference: { kind: 'fixed', value: m[3]!, precision: 'year' }, tense: null, priority: 2 });
  }

  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m; m = BARE_YEAR.exec(text)) {
    const end = m.index + m[0].length;
    if (!isYear(text, end - 4, end)) continue;
    found.push({ start: m.index, end, coreStart: m.index, coreEnd: end, reference: { kind: 'fixed', value: m[2]!, precision: 'year' }, tense: null, priority: 0 });
  }
  return found;
}
