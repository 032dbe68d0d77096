import { matchesOf } from '../09-topics/match-terms.ts';
import type { TalkingPointPhrase } from '../09-topics/taxonomy.ts';
import { STOPWORDS } from './stopwords.ts';

/** A statement as the talking-point finder sees it. */
export interface PhraseSource {
  statement: string;
  /** Canonical speaker id: two articles' "Putin" are one speaker. */
  speaker: string;
  speakerName: string;
  article: string;
  /** First day the statement's date can mean (YYYY-MM-DD), for ordering. */
  day: string;
  /** Its position in the article, to order two uses of one day. */
  number: number;
  text: string;
}

/** One use of a talking point: a statement and the words in it that match. */
export interface PhraseUse extends PhraseSource {
  words: string;
}

export interface TalkingPoint {
  id: string;
  label: string;
  /** Listed in the taxonomy, or found because it recurs. */
  origin: 'taxonomy' | 'recurring';
  /** Every use in date order: the first use, then its echoes. */
  uses: PhraseUse[];
  speakers: number;
  articles: number;
}

export interface TalkingPointOptions {
  phrases: readonly TalkingPointPhrase[];
  /** Recurring phrases (lower case) too common to report. */
  ignore: readonly string[];
  /** Word counts of recurring phrases looked for. */
  minWords?: number;
  maxWords?: number;
}

function byDate(a: PhraseUse, b: PhraseUse): number {
  return a.day.localeCompare(b.day) || a.article.localeCompare(b.article) || a.number - b.number;
}

function summarise(id: string, label: string, origin: TalkingPoint['origin'], uses: PhraseUse[]): TalkingPoint {
  const sorted = [...uses].sort(byDate);
  return { id, label, origin, uses: sorted, speakers: new Set(sorted.map((use) => use.speaker)).size, articles: new Set(sorted.map((use) => use.article)).size };
}

function tokens(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length }));
}

/**
 * Word runs of the given lengths that neither open nor close on a stopword, do not cross a sentence end
 * and are not names.
 */
function phrasesOf(text: string, min: number, max: number): Map<string, string> {
  const found = new Map<string, string>();
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    for (let n = min; n <= max && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (STOPWORDS.has(run[0].word) || STOPWORDS.has(run[n - 1].word)) continue;
      if (/[.!?;]/.test(text.slice(run[0].end, run[n - 1].start))) break;
      // A name ("Vladimir Putin", "Xi Jinping") recurs because people are named, not because language travels.
      if (run.every((w) => /^\p{Lu}/u.test(text[w.start]))) continue;
      const key = run.map((w) => w.word).join(' ');
      if (!found.has(key)) found.set(key, text.slice(run[0].start, run[n - 1].end));
    }
  }
  return found;
}

/**
 * Talking points: the taxonomy's phrases, and any other phrase that recurs, used by at least two
 * speakers (a recurring phrase also in at least two articles). Uses are in date order, so the first is
 * where the language is first seen and the rest are its echoes.
 */
export function findTalkingPoints(sources: readonly PhraseSource[], options: TalkingPointOptions): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  for (const phrase of options.phrases) {
    const uses = sources.flatMap((source) => {
      const match = phrase.match.flatMap((pattern) => matchesOf(pattern, source.text)).sort((a, b) => a.start - b.start)[0];
      return match ? [{ ...source, words: match.text }] : [];
    });
    const point = summarise(phrase.id, phrase.label, 'taxonomy', uses);
    if (point.speakers >= 2) points.push(point);
  }

  const min = options.minWords ?? 2;
  const max = options.maxWords ?? 4;
  const ignore = new Set(options.ignore);
  const usesByPhrase = new Map<string, PhraseUse[]>();
  for (const source of sources) {
    for (const [key, words] of phrasesOf(source.text, min, max)) {
      const list = usesByPhrase.get(key);
      if (list) list.push({ ...source, words });
      else usesByPhrase.set(key, [{ ...source, words }]);
    }
  }
  // Phrases used once or by one speaker are dropped before anything costlier is asked of them.
  const spread = (uses: readonly PhraseUse[]): boolean => new Set(uses.map((use) => use.speaker)).size >= 2 && new Set(uses.map((use) => use.article)).size >= 2;
  const recurring = [...usesByPhrase]
    .filter(([key, uses]) => uses.length >= 2 && !ignore.has(key) && spread(uses))
    // A phrase the taxonomy follows already is reported once, under its own name.
    .filter(([key]) => !options.phrases.some((phrase) => phrase.match.some((pattern) => matchesOf(pattern, key).length > 0)))
    .map(([key, uses]) => summarise(`recurring-${key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, key, 'recurring', uses));
  // "level of trust" inside "unprecedented level of trust", used by the very same statements, is one
  // phrase: only phrases with the same statements are compared, so the cost grows with the corpus.
  const byStatements = new Map<string, TalkingPoint[]>();
  for (const point of recurring) {
    const key = point.uses.map((use) => use.statement).sort().join(' ');
    const group = byStatements.get(key);
    if (group) group.push(point);
    else byStatements.set(key, [point]);
  }
  for (const point of recurring) {
    const group = byStatements.get(point.uses.map((use) => use.statement).sort().join(' '))!;
    if (!group.some((other) => other !== point && other.label.length > point.label.length && ` ${other.label} `.includes(` ${point.label} `))) points.push(point);
  }
  return points.sort((a, b) => b.speakers - a.speakers || a.uses[0].day.localeCompare(b.uses[0].day) || a.label.localeCompare(b.label));
}

/** The talking points a statement uses, each with the statement's place among the uses. */
export function talkingPointsOf(points: readonly TalkingPoint[], statement: string): { point: TalkingPoint; index: number }[] {
  return points.flatMap((point) => {
    const index = point.uses.findIndex((use) => use.statement === statement);
    return index === -1 ? [] : [{ point, index }];
  });
}
