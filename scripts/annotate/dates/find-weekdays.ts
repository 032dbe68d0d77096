/**
 * Weekday expressions: "Monday", "next Monday", "Tuesday night", and possessives with the event
 * they date ("Friday's media briefing", "Thursday's talks"). Which Monday is meant is left to the
 * resolver, which needs the tense of the sentence.
 */

import { DAY_PARTS, WEEKDAY_NAME_FOLLOWERS, WEEKDAY_NAME_LEADERS, WEEKDAYS } from './lexicon.ts';
import type { DateCandidate, Shift } from './model.ts';
import { possessedPhraseLength } from './possessed-phrase-length.ts';
import { POSSESSIVE, WEEKDAY_NAME } from './patterns.ts';

/** "late Tuesday", "early on Monday": kept in the text, left out of the core. */
const PART_OF_DAY_LEAD = '(?:[Ll]ate|[Ee]arly)\\s+(?:on\\s+)?';

const PATTERN = new RegExp(
  `\\b(?:${PART_OF_DAY_LEAD})?((?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\\s+coming|[Cc]oming|[Tt]his\\s+past|[Pp]ast)\\s+)?(${WEEKDAY_NAME})(${POSSESSIVE})?(?:\\s+(${DAY_PARTS.join('|')}))?\\b`,
  'gd',
);

function shiftOf(word: string | undefined): Shift {
  if (!word) return null;
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'last' || lower === 'this past' || lower === 'past') return 'last';
  if (lower === 'next' || lower === 'coming' || lower === 'this coming') return 'next';
  return 'this';
}

/** True when the weekday is part of a name ("Sunday Times", "Bloody Sunday", "the Monday Club"). */
function isNamePart(text: string, start: number, end: number): boolean {
  const before = /([A-Za-z]+)\.?\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  if (before && /^[A-Z]/.test(before[1]!) && WEEKDAY_NAME_LEADERS.has(before[1]!.toLowerCase())) return true;
  const after = /^\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 30));
  if (after && WEEKDAY_NAME_FOLLOWERS.has(after[1]!.toLowerCase())) return true;
  // "the Monday Group": a capitalised word after "the <weekday>" makes a name.
  return Boolean(after && before?.[1] === 'the');
}

export function findWeekdays(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const [nameStart, nameEnd] = m.indices![2]!;
    const coreStart = m.indices![1]?.[0] ?? nameStart;
    if (isNamePart(text, nameStart, nameEnd)) continue;
    const shift = shiftOf(m[1]?.trim());
    let end = m.index + m[0].length;
    let coreEnd = end;
    if (m[3]) {
      // The core is the weekday without the possessive; the extent runs over the event it dates.
      coreEnd = nameEnd;
      if (!m[4]) end += possessedPhraseLength(text, end);
    }
    found.push({
      start: m.index,
      end,
      coreStart,
      coreEnd,
      reference: { kind: 'weekday', weekday: WEEKDAYS[m[2]!.toLowerCase()]!, shift },
      tense: shift === 'last' ? 'past' : shift === 'next' ? 'future' : null,
      priority: 1,
    });
  }
  return found;
}
