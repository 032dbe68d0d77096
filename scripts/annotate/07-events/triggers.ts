import type { EventKind } from '../types.ts';

/**
 * The words that name a diplomatic occasion. Each pattern matches the naming phrase itself; the
 * guards next to it keep ordinary uses of the same words out ("meet the needs", "the summit of
 * Everest", "talks about prices"), which the false-positive tests hold in place.
 */
export interface Trigger {
  kind: EventKind;
  pattern: RegExp;
  /** Rejects a match by what follows it in the sentence. */
  rejectAfter?: RegExp;
  /** Rejects a match by what comes before it in the sentence. */
  rejectBefore?: RegExp;
  /** The match only names an event when the sentence also names a person ("X and Y will meet"). */
  needsPerson?: boolean;
}

// A capitalised word that is not a sentence-initial article or determiner.
const NAME = String.raw`(?!(?:A|An|The|This|That|These|Those|Their|His|Her|Its|Our|Such|No|Every|Each|Any|Last|Next)\b)\p{Lu}[\p{L}'’.-]*`;
const NAMES = String.raw`${NAME}(?:\s+(?:of\s+the\s+|of\s+)?${NAME})*`;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
// Either case of the first letter, so the pattern can stay case-sensitive for the capitalised names after it.
const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS.map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`).join('|')})`;

/** Objects of "meet" that are needs and targets, not people. */
const METAPHORIC_MEET =
  /^\s+(?:the\s+|their\s+|its\s+|our\s+|these\s+|those\s+|all\s+|growing\s+|rising\s+)?(?:needs?|demands?|targets?|goals?|expectations?|standards?|requirements?|criteria|challenges?|deadlines?|obligations?|conditions?|end|ends|costs?|threshold|quota|commitments?)\b/i;

export const TRIGGERS: readonly Trigger[] = [
  {
    kind: 'call',
    pattern: /\b(?:(?:tele)?phone|video)\s+(?:conversation|call|talks|conference)s?\b|\bspoke\s+(?:by|over\s+the)\s+(?:tele)?phone\b/giu,
  },
  {
    kind: 'briefing',
    pattern: /\b(?:(?:regular|daily|routine|weekly)\s+)?(?:media|press|news)\s+(?:briefing|conference)s?\b/giu,
  },
  {
    kind: 'congress',
    pattern: new RegExp(String.raw`\b${ORDINAL}\s+(?:\p{Lu}{2,5}\s+)?(?:National|Party)\s+Congress(?:\s+of\s+the\s+(?:\p{Lu}{2,5}|Communist\s+Party(?:\s+of\s+${NAME})?)(?:\s+\(\p{Lu}{2,5}\))?)?`, 'gu'),
  },
  {
    kind: 'summit',
    pattern: new RegExp(String.raw`\b(?:(?:${NAME}|regional|bilateral|annual|virtual|leaders'?)\s+)*summit\b(?:\s+of\s+the\s+${NAMES}(?:\s+\(\p{Lu}{2,5}\))?)?`, 'gu'),
    rejectAfter: /^\s+(?:of|on)\s+(?:the\s+)?(?:Mount\b|Mt\.?|Everest|K2|the\s+mountain|the\s+hill|the\s+peak|a\s+mountain|a\s+hill)/iu,
    rejectBefore: /\b(?:reached|reach|climbed|climb|climbing|to)\s+the\s+$/iu,
  },
  {
    kind: 'signing',
    pattern: /\b(?:signed|sign|signing|will\s+sign|to\s+sign)\s+(?:an?|the|a\s+joint|two|three|several|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreements?|treaty|treaties|deals?|memorand(?:um|a)|joint\s+statements?|declarations?|contracts?|accords?)\b|\bsigning\s+ceremony\b/giu,
  },
  {
    kind: 'visit',
    pattern: new RegExp(String.raw`\b(?:(?:state|official|working|two-day|three-day|four-day|five-day)\s+visit\s+to\s+${NAMES}|(?:state|official|working)\s+visit\b|(?:paid|pay|pays|paying|make|made|making)\s+an?\s+(?:official\s+|state\s+)?visit\s+to\s+${NAMES}|visit(?:ed|ing|s)?\s+to\s+${NAMES}|visit(?:ed|ing|s)?\s+(?:${NAME}\s+)?(?:Beijing|Moscow|China|Russia|Washington|Kyiv|Kiev|New\s+Delhi|Tehran|Pyongyang|Astana|Samarkand|Tashkent|Minsk|Ankara|Paris|Berlin|London|Tokyo))`, 'gu'),
  },
  {
    kind: 'meeting',
    pattern: new RegExp(String.raw`\b(?:(?:${NAME}\s+)+(?:Club\s+)?meeting\b|meeting\s+(?:with|between)\b|(?:bilateral|trilateral|ministerial|high-level|annual|plenary|closed-door|face-to-face|in-person)\s+(?:meeting|talks)\b|(?:held|hold|holds|holding)\s+(?:\p{Ll}+\s+){0,2}?talks\b|talks\s+(?:with|between)\b|met(?=\s+(?:with\s+)?(?:\p{Lu}|his\b|her\b|their\b|the\s+visiting|visiting|a\s+delegation|the\s+(?:\p{Lu}|delegation|ambassador|president|prime|foreign|head)))|(?:to|will|would|could|shall|may|might|did)\s+meet\b|meets?\s+with\b)`, 'gu'),
    rejectAfter: METAPHORIC_MEET,
    needsPerson: true,
  },
  {
    kind: 'other',
    pattern: new RegExp(String.raw`\b(?:plenary\s+session\s+of\s+the\s+${NAMES}(?:\s+(?:international\s+)?discussion\s+club)?|(?:${NAME}\s+)+Forum\b)`, 'gu'),
  },
];

/** Words that show an event is still to come in its sentence. */
export const FUTURE_MARKERS =
  /\b(?:scheduled|set\s+to|due\s+to|expected\s+to|plans?\s+to|planned|planning\s+to|will|shall|is\s+to|are\s+to|prepare\s+to|preparing\s+to|upcoming|forthcoming|next\s+(?:week|month|year))\b/i;
