/** The event a possessive date dates: "Friday's media briefing", "yesterday's vote". */

import { NOT_PAST_ED, PAST_CUES, PHRASE_STOP_WORDS } from './lexicon.ts';

/** Most words of the event a possessive date dates ("Friday's regular press conference"). */
const MAX_PHRASE_WORDS = 3;

/** Length of the noun phrase after a possessive date, ending before verbs and function words. */
export function possessedPhraseLength(text: string, from: number): number {
  const word = /^(\s+)([a-z]+(?:-[a-z]+)*)/;
  let offset = from;
  let end = from;
  for (let i = 0; i < MAX_PHRASE_WORDS; i++) {
    const m = word.exec(text.slice(offset));
    if (!m) break;
    const w = m[2]!;
    const verbLike = PAST_CUES.has(w) || (w.endsWith('ed') && !NOT_PAST_ED.has(w) && i > 0);
    if (PHRASE_STOP_WORDS.has(w) || verbLike) break;
    offset += m[0].length;
    end = offset;
  }
  return end - from;
}
