/** Regular-expression fragments built from the word lists, shared by the rules. */

import { MONTHS, NUMBER_WORDS, SEASONS, WEEKDAYS } from './lexicon.ts';

const byLengthDesc = (words: Iterable<string>): string[] => [...words].sort((a, b) => b.length - a.length);

const capitalised = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

/** Month names, full or abbreviated with an optional full stop; capitalised, as news prints them. */
export const MONTH_NAME = `(?:${byLengthDesc(Object.keys(MONTHS))
  .map((m) => (m.length <= 4 && m !== 'june' && m !== 'july' && m !== 'may' ? `${capitalised(m)}\\.?` : `${capitalised(m)}|${m.toUpperCase()}`))
  .join('|')})`;

/** Full month names only: abbreviations standing alone ("Oct.") are too rare to be worth the noise. */
export const FULL_MONTH_NAME = `(?:${byLengthDesc(Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july'))
  .map(capitalised)
  .join('|')})`;

export const WEEKDAY_NAME = `(?:${Object.keys(WEEKDAYS).map(capitalised).join('|')})`;

export const SEASON_NAME = `(?:${Object.keys(SEASONS).join('|')})`;

/** "two", "a", "12": the amount in "two weeks ago". */
export const AMOUNT = `(?:\\d{1,3}|${byLengthDesc(Object.keys(NUMBER_WORDS)).join('|')})`;

/** "a few", "several": an amount that is not a number. */
export const VAGUE_AMOUNT = '(?:a few|a couple of|several|some|few)';

/** "early" → "[Ee]arly": sentence-initial capitals without making month names case-insensitive. */
const anyCase = (words: string): string => words.replace(/(?<!\\)\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);

/** Qualifiers that keep the date but place it within the period ("early August", "the end of 2012"). */
export const PERIOD_MODIFIER = anyCase(
  '(?:(?:the\\s+)?(?:very\\s+)?(?:early|late|mid)(?:-|\\s+)|(?:the\\s+)?(?:end|beginning|start|middle|first\\s+half|second\\s+half|first\\s+days|last\\s+days)\\s+of\\s+(?:the\\s+)?)',
);

/** Apostrophes newswires use for possessives. */
export const POSSESSIVE = "(?:'s|’s)";

/** Look up a month name from matched text ("Sept." → 9). */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}
