/**
 * Reads the tense a date expression is used in from the words around it: "said on Monday" is past,
 * "will meet on Monday" is future. The nearest tense cue in the same sentence wins, because news
 * sentences often mix a past reporting verb with a future event ("said on Monday that talks will
 * resume on Friday") and each date belongs with the verb next to it.
 */

import {
  CLAUSE_OPENERS,
  FUTURE_BEFORE_TO,
  FUTURE_CUES,
  FUTURE_IN_PAST_CUES,
  INFINITIVE_VERBS,
  NON_FINAL_ABBREVIATIONS,
  NOT_PAST_ED,
  PAST_CUES,
  PLANNING_VERBS,
  PRESENT_CUES,
  VERB_GROUP_FILLERS,
} from './lexicon.ts';
import type { Tense } from './model.ts';

interface Token {
  word: string;
  lower: string;
  start: number;
}

/** How far, in words plus clause penalties, each side is searched for a cue. */
const WINDOW = 10;

/** Extra distance for crossing a comma or a clause-opening word. */
const CLAUSE_PENALTY = 2;

const TOKEN = /[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*|[.!?;,]/g;

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const word = m[0].replace(/’/g, "'");
    tokens.push({ word, lower: word.toLowerCase(), start: m.index });
  }
  return tokens;
}

/** A full stop ends a sentence unless it closes an abbreviation or an initial. */
function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.word === '!' || t.word === '?') return true;
  if (t.word !== '.') return false;
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (NON_FINAL_ABBREVIATIONS.has(prev.lower)) return false;
  return !/^[A-Z]$/.test(prev.word);
}

type Cue = Tense | 'future-in-past';

function isPastParticiple(t: Token | undefined): boolean {
  if (!t) return false;
  if (PAST_CUES.has(t.lower) && !['earlier', 'previously', 'since', 'already'].includes(t.lower)) return true;
  return isEdVerb(t);
}

function isEdVerb(t: Token): boolean {
  return t.word === t.lower && t.lower.length >= 4 && t.lower.endsWith('ed') && !NOT_PAST_ED.has(t.lower);
}

/** The auxiliary that governs the verb at i ("will" in "will also be held"), if any. */
function governingAuxiliary(tokens: Token[], i: number): Cue | null {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = tokens[j]!.lower;
    if (VERB_GROUP_FILLERS.has(w)) continue;
    if (w === 'will' || w === 'shall' || w === "'ll" || w === 'to') return 'future';
    if (FUTURE_IN_PAST_CUES.has(w)) return 'future-in-past';
    if (w === 'has' || w === 'have' || w === 'had' || w === 'was' || w === 'were') return 'past';
    if (w === 'is' || w === 'are' || w === 'am') return 'present';
    return null;
  }
  return null;
}

function nextWord(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    if (!VERB_GROUP_FILLERS.has(tokens[j]!.lower)) return tokens[j];
  }
  return undefined;
}

/**
 * The tense the word at i signals, looking at its neighbours for verb groups. `side` says whether
 * the word comes before or after the date, which matters for "agreed to meet on Friday" (the date
 * belongs to the meeting) against "on Friday, they agreed to meet" (it belongs to the agreement).
 */
function cueAt(tokens: Token[], i: number, side: 'left' | 'right'): Cue | null {
  const t = tokens[i]!;
  const w = t.lower;
  const next = tokens[i + 1]?.lower;
  if (PLANNING_VERBS.has(w) && next === 'to' && side === 'left') return 'future-in-past';
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') return 'future';
  if (w === 'set' && next === 'for') return 'future';
  if (FUTURE_CUES.has(w)) {
    const aux = governingAuxiliary(tokens, i);
    return aux === 'past' && w !== 'next' && w !== 'tomorrow' && w !== 'upcoming' ? 'future-in-past' : 'future';
  }
  if (FUTURE_IN_PAST_CUES.has(w)) return 'future-in-past';
  if (w === 'to' && next !== undefined && INFINITIVE_VERBS.has(next)) {
    // "agreed to meet on Friday" plans from the past: the meeting may be either side of publication.
    const governor = tokens[i - 1];
    if (side === 'right') return null;
    return governor && (PAST_CUES.has(governor.lower) || isEdVerb(governor)) && !FUTURE_CUES.has(governor.lower) ? 'future-in-past' : 'future';
  }
  if (w === 'has' || w === 'have' || w === 'is' || w === 'are' || w === 'am') {
    const following = nextWord(tokens, i);
    if ((w === 'has' || w === 'have') && isPastParticiple(following)) return 'past';
    if (following && following.lower.endsWith('ing') && (w === 'is' || w === 'are' || w === 'am')) return 'present';
  }
  if (PAST_CUES.has(w) || isEdVerb(t)) {
    const aux = governingAuxiliary(tokens, i);
    return aux ?? 'past';
  }
  if (PRESENT_CUES.has(w)) return 'present';
  return null;
}

function toTense(cue: Cue): Tense {
  return cue === 'future-in-past' ? 'unknown' : cue;
}

/**
 * The tense of the clause around text[start, end), or null when no cue is near. "Future in the
 * past" ("said he would visit on Friday") comes back as 'unknown'.
 */
export function detectTense(text: string, start: number, end: number): Tense | null {
  const from = Math.max(0, start - 300);
  const to = Math.min(text.length, end + 300);
  const tokens = tokenize(text, from, to);
  // A date belongs to its own sentence: skip the rest of a paragraph.
  const firstInside = tokens.findIndex((t) => t.start >= start);
  const leftEnd = firstInside === -1 ? tokens.length : firstInside;
  const rightStart = tokens.findIndex((t) => t.start >= end);

  const search = (indices: Iterable<number>, side: 'left' | 'right'): { cue: Cue; distance: number } | null => {
    let distance = 0;
    for (const i of indices) {
      if (distance >= WINDOW || endsSentence(tokens, i) || tokens[i]!.word === ';') return null;
      const cue = cueAt(tokens, i, side);
      if (cue) return { cue, distance };
      distance += CLAUSE_OPENERS.has(tokens[i]!.lower) ? CLAUSE_PENALTY : tokens[i]!.word === ',' ? CLAUSE_PENALTY : 1;
    }
    return null;
  };
  const leftward = function* (): Generator<number> {
    for (let i = leftEnd - 1; i >= 0; i--) yield i;
  };
  const rightward = function* (): Generator<number> {
    if (rightStart === -1) return;
    for (let i = rightStart; i < tokens.length; i++) yield i;
  };
  const left = search(leftward(), 'left');
  const right = search(rightward(), 'right');
  if (left && (!right || left.distance <= right.distance)) return toTense(left.cue);
  if (right) return toTense(right.cue);
  return null;
}
