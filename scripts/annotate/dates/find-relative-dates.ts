/**
 * Expressions anchored to the publication date: "yesterday", "last night", "this week",
 * "earlier this month", "two weeks ago", "last summer", "over the weekend".
 *
 * Weeks resolve to ISO weeks and never to an invented day: "a week ago" says which week, not which
 * day. "The past/last month" and "the past/last year" are left out because news uses them for a
 * rolling span ("prices rose 5 percent over the past year"), not a calendar month or year.
 */

import { addMonths, formatDay, formatIsoWeek, formatMonth, monthOf } from './calendar.ts';
import { DAY_PARTS, DATED_EVENT_NOUNS, NUMBER_WORDS, SEASONS } from './lexicon.ts';
import type { DateCandidate, DateReference, Shift, Tense } from './model.ts';
import { possessedPhraseLength } from './possessed-phrase-length.ts';
import { AMOUNT, PERIOD_MODIFIER, POSSESSIVE, SEASON_NAME, VAGUE_AMOUNT } from './patterns.ts';

const DAY_PART = `(?:${DAY_PARTS.join('|')})`;

/** What a rule makes of a match; `coreOffset` skips words that stay outside the core ("about"). */
interface Built {
  reference: DateReference;
  tense: Tense | null;
  coreOffset?: number;
}

interface Rule {
  pattern: RegExp;
  /** Builds the candidate from a match, or returns null to reject it. */
  build: (m: RegExpExecArray, text: string, published: number) => Built | null;
}

const fixedDay = (n: number, tense: Tense): Built => ({ reference: { kind: 'fixed', value: formatDay(n), precision: 'day' }, tense });
const fixedWeek = (n: number, tense: Tense): Built => ({ reference: { kind: 'fixed', value: formatIsoWeek(n), precision: 'week' }, tense });

function amountOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

function shiftOf(word: string): Shift {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'last' || lower === 'the past' || lower === 'the last' || lower === 'this past' || lower === 'past') return 'last';
  if (lower === 'next' || lower === 'this coming' || lower === 'coming') return 'next';
  return 'this';
}

const tenseOfShift = (shift: Shift, lead: string | undefined): Tense => {
  if (shift === 'last') return 'past';
  if (shift === 'next') return 'future';
  if (lead && /^earlier/i.test(lead)) return 'past';
  if (lead && /^later/i.test(lead)) return 'future';
  return 'present';
};

const RULES: Rule[] = [
  {
    pattern: /\bthe day (before yesterday|after tomorrow)\b/gi,
    build: (m, _text, published) => (m[1]!.toLowerCase().startsWith('before') ? fixedDay(published - 2, 'past') : fixedDay(published + 2, 'future')),
  },
  {
    // "yesterday", "earlier today", "tomorrow morning", "yesterday's vote", "tonight".
    pattern: new RegExp(`\\b(?:(earlier|later)\\s+)?(yesterday|today|tonight|tomorrow)(${POSSESSIVE})?(?:\\s+${DAY_PART})?\\b`, 'gi'),
    build: (m, text, published) => {
      const word = m[2]!.toLowerCase();
      // "India Today", "USA Today", "Russia Today": a capitalised Today after a name is a title.
      if (m[2] === 'Today' && !m[1] && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
      if (m[3] && word === 'today') {
        // "today's China" means nowadays; "today's talks" is a date.
        const next = /^\s+([a-z]+)/.exec(text.slice(m.index + m[0].length));
        if (!next || !DATED_EVENT_NOUNS.has(next[1]!)) return null;
      }
      if (word === 'yesterday') return fixedDay(published - 1, 'past');
      if (word === 'tomorrow') return fixedDay(published + 1, 'future');
      return fixedDay(published, 'present');
    },
  },
  {
    pattern: new RegExp(`\\b(last|this)\\s+(${DAY_PART})\\b`, 'gi'),
    build: (m, _text, published) => (m[1]!.toLowerCase() === 'last' ? fixedDay(published - 1, 'past') : fixedDay(published, 'present')),
  },
  {
    // "last week", "earlier this month", "the end of next year", "this past weekend", "the last week".
    pattern: new RegExp(
      `\\b(?:(earlier|later)\\s+)?(${PERIOD_MODIFIER})?(last|this|next|the\\s+past|the\\s+last|this\\s+past|this\\s+coming)\\s+(?:(?:fiscal|financial|calendar)\\s+)?(week|weekend|month|year)\\b(?:${POSSESSIVE})?`,
      'gi',
    ),
    build: (m, text, published) => {
      const lead = m[1];
      const shiftWord = m[3]!.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[4]!.toLowerCase();
      const shift = shiftOf(shiftWord);
      if ((shiftWord === 'the past' || shiftWord === 'the last' || shiftWord === 'this past') && unit !== 'week' && unit !== 'weekend') return null;
      // "for the past week" and "over the last week" are spans of time, not a dated week.
      if (shiftWord.startsWith('the') && /\b(for|over|throughout|within)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const tense = tenseOfShift(shift, lead);
      const step = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
      if (unit === 'week' || unit === 'weekend') return fixedWeek(published + 7 * step, tense);
      if (unit === 'month') return { reference: { kind: 'fixed', value: formatMonth(addMonths(monthOf(published), step)), precision: 'month' }, tense };
      return { reference: { kind: 'fixed', value: String(monthOf(published).year + step), precision: 'year' }, tense };
    },
  },
  {
    // "two weeks ago", "a year ago", "about six years ago"; the amount words stay outside the core.
    pattern: new RegExp(`\\b((?:about|some|nearly|almost|roughly|around|just|only|more than|less than)\\s+)?(${AMOUNT})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'gi'),
    build: (m, _text, published) => {
      const amount = amountOf(m[2]!);
      if (amount === null || amount === 0) return null;
      const unit = m[3]!.toLowerCase().replace(/s$/, '');
      const coreOffset = m[1]?.length ?? 0;
      if (unit === 'day') return { ...fixedDay(published - amount, 'past'), coreOffset };
      if (unit === 'week') return { ...fixedWeek(published - 7 * amount, 'past'), coreOffset };
      if (unit === 'month') return { reference: { kind: 'fixed', value: formatMonth(addMonths(monthOf(published), -amount)), precision: 'month' }, tense: 'past', coreOffset };
      return { reference: { kind: 'fixed', value: String(monthOf(published).year - amount), precision: 'year' }, tense: 'past', coreOffset };
    },
  },
  {
    // "a few days ago", "days ago": some day within the last week or so, so only the week is given.
    pattern: new RegExp(`\\b(?:${VAGUE_AMOUNT}\\s+)?days\\s+ago\\b`, 'gi'),
    build: (_m, _text, published) => fixedWeek(published - 3, 'past'),
  },
  {
    // "last summer", "this winter", "next spring": the year the season starts in.
    pattern: new RegExp(`\\b(?:(early|late|mid)(?:-|\\s+))?(last|this|next|this\\s+past|this\\s+coming)\\s+(${SEASON_NAME})\\b`, 'gi'),
    build: (m) => ({
      reference: { kind: 'season', startMonth: SEASONS[m[3]!.toLowerCase()]!, shift: shiftOf(m[2]!) },
      tense: tenseOfShift(shiftOf(m[2]!), undefined),
    }),
  },
  {
    // "over the weekend", "at the weekend": the weekend around publication, by tense.
    pattern: /(?<=\b(?:over|at|during|on)\s+)the\s+weekend\b/gi,
    build: () => ({ reference: { kind: 'weekend' }, tense: null }),
  },
];

export function findRelativeDates(text: string, published: number): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const built = rule.build(m, text, published);
      if (!built) continue;
      const start = m.index;
      const coreStart = m.index + (built.coreOffset ?? 0);
      let end = m.index + m[0].length;
      const coreEnd = end;
      // "yesterday's vote": the text runs over the event, the core stops at the date words.
      const possessive = /(?:'s|’s)$/.exec(m[0]);
      if (possessive) end += possessedPhraseLength(text, end);
      found.push({ start, end, coreStart, coreEnd: possessive ? coreEnd - possessive[0].length : coreEnd, reference: built.reference, tense: built.tense, priority: 2 });
    }
  }
  return found;
}
