/**
 * Scoring of annotated statements against hand-written gold annotations.
 *
 * Everything here is pure: strings and objects in, numbers and lists out. File access lives in
 * `eval.ts`. The annotation rules the gold follows are in `tests/fixtures/GUIDELINES.md`.
 */
import { load } from 'js-yaml';

export type Kind = 'direct' | 'indirect' | 'mixed';

const KINDS: readonly Kind[] = ['direct', 'indirect', 'mixed'];

/** One statement as written in a `<slug>.gold.yml` file. */
export interface GoldEntry {
  text: string;
  /** 1-based; required only when `text` occurs more than once in the body. */
  occurrence?: number;
  kind: Kind;
  speaker: string;
  /** Other names a reader would accept for the same speaker (mostly groups and institutions). */
  aliases?: string[];
  /** `2022-10-28`, `2022-W43`, `2022-10`, `2022`, or null when the text gives no time. */
  date: string | null;
  note?: string;
}

/** A gold statement with its offsets in the body resolved. */
export interface GoldStatement extends GoldEntry {
  start: number;
  end: number;
}

/** The part of a system statement the scorer reads (a subset of `Statement` in `scripts/annotate/types.ts`). */
export interface SystemStatement {
  text: string;
  start: number;
  end: number;
  kind: Kind;
  speaker: { name: string } | null;
  date: { value: string } | null;
}

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/;

/**
 * Reads a gold file. Dates are kept as strings: js-yaml's default (core) schema does not turn
 * `2022-10-28` into a Date, and a Date would lose the week and month forms anyway.
 * Throws with every problem listed, so a broken gold file stops the evaluation instead of
 * silently scoring against less.
 */
export function parseGoldYaml(source: string, label = 'gold'): GoldEntry[] {
  const data = load(source) as unknown;
  if (!data || typeof data !== 'object' || !Array.isArray((data as { statements?: unknown }).statements)) {
    throw new Error(`${label}: expected a top-level "statements:" list`);
  }
  const problems: string[] = [];
  const entries: GoldEntry[] = [];
  (data as { statements: unknown[] }).statements.forEach((raw, i) => {
    const where = `${label}: statement ${i + 1}`;
    if (!raw || typeof raw !== 'object') {
      problems.push(`${where}: not a mapping`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const date = r.date instanceof Date ? r.date.toISOString().slice(0, 10) : r.date;
    if (typeof r.text !== 'string' || r.text.length === 0) problems.push(`${where}: "text" must be a non-empty string`);
    if (!KINDS.includes(r.kind as Kind)) problems.push(`${where}: "kind" must be direct, indirect or mixed`);
    if (typeof r.speaker !== 'string' || r.speaker.trim() === '') problems.push(`${where}: "speaker" is missing`);
    if (date !== null && (typeof date !== 'string' || !DATE_PATTERN.test(date))) {
      problems.push(`${where}: "date" must be null or YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY (got ${JSON.stringify(r.date)})`);
    }
    if (r.occurrence !== undefined && !(Number.isInteger(r.occurrence) && (r.occurrence as number) >= 1)) {
      problems.push(`${where}: "occurrence" must be a positive integer`);
    }
    if (r.aliases !== undefined && !(Array.isArray(r.aliases) && r.aliases.every((a) => typeof a === 'string'))) {
      problems.push(`${where}: "aliases" must be a list of names`);
    }
    entries.push({
      text: r.text as string,
      occurrence: r.occurrence as number | undefined,
      kind: r.kind as Kind,
      speaker: r.speaker as string,
      aliases: r.aliases as string[] | undefined,
      date: (date ?? null) as string | null,
      note: typeof r.note === 'string' ? r.note : undefined,
    });
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return entries;
}

function occurrencesOf(body: string, text: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) found.push(at);
  return found;
}

/**
 * Finds each gold span in the body. A text that is not an exact substring, or that occurs more than
 * once without an `occurrence`, is an annotation error and throws (all errors at once).
 */
export function resolveGoldSpans(body: string, entries: GoldEntry[], label = 'gold'): GoldStatement[] {
  const problems: string[] = [];
  const resolved: GoldStatement[] = [];
  entries.forEach((entry, i) => {
    const where = `${label}: statement ${i + 1} (${JSON.stringify(clip(entry.text, 60))})`;
    const hits = occurrencesOf(body, entry.text);
    if (hits.length === 0) {
      problems.push(`${where}: text is not an exact substring of the body`);
      return;
    }
    if (hits.length > 1 && entry.occurrence === undefined) {
      problems.push(`${where}: text occurs ${hits.length} times; add "occurrence"`);
      return;
    }
    const n = entry.occurrence ?? 1;
    if (n > hits.length) {
      problems.push(`${where}: occurrence ${n} asked for, but the text occurs ${hits.length} time(s)`);
      return;
    }
    const start = hits[n - 1];
    resolved.push({ ...entry, start, end: start + entry.text.length });
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return resolved;
}

/** Characters shared by two half-open ranges. */
export function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A system statement counts for a gold one when it covers at least half of the gold span. */
export const MIN_GOLD_COVERAGE = 0.5;

export interface Match {
  gold: number;
  system: number;
  overlap: number;
}

/**
 * One-to-one matching, greedy by overlap: the pair sharing the most characters is taken first, so
 * a long system span covering two gold quotes is credited to the one it covers most.
 */
export function matchStatements(gold: GoldStatement[], system: SystemStatement[]): Match[] {
  const candidates: Match[] = [];
  gold.forEach((g, gi) => {
    const length = Math.max(1, g.end - g.start);
    system.forEach((s, si) => {
      const overlap = overlapLength(g, s);
      if (overlap > 0 && overlap >= MIN_GOLD_COVERAGE * length) candidates.push({ gold: gi, system: si, overlap });
    });
  });
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      Math.abs(gold[a.gold].start - system[a.system].start) - Math.abs(gold[b.gold].start - system[b.system].start) ||
      a.gold - b.gold ||
      a.system - b.system,
  );
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedSystem.has(c.system)) continue;
    usedGold.add(c.gold);
    usedSystem.add(c.system);
    matches.push(c);
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

/**
 * Words that say what someone is rather than who: dropped before names are compared, so
 * "President Xi Jinping" and "Xi Jinping" are the same name.
 */
const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'madam', 'dr', 'prof', 'professor', 'sir', 'dame', 'the',
  'president', 'vice', 'premier', 'prime', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'minister', 'secretary', 'general', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'ambassador', 'envoy', 'councilor', 'councillor', 'senator', 'governor', 'deputy',
  'leader', 'chief', 'comrade',
]);

/** Words that mark a speaker as a group, institution or document rather than a person. */
const COLLECTIVE_WORDS = new Set([
  'ministry', 'ministries', 'government', 'office', 'kremlin', 'media', 'agency', 'experts',
  'analysts', 'officials', 'observers', 'sources', 'reports', 'report', 'statement', 'readout',
  'committee', 'council', 'department', 'embassy', 'side', 'party', 'bank', 'laboratory', 'union',
]);

/** Lower-cased name words without accents, punctuation, hyphens or possessive endings. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Name words with titles removed (kept whole if the name is nothing but titles). */
export function coreNameWords(name: string): string[] {
  const words = nameWords(name);
  const core = words.filter((w) => !TITLE_WORDS.has(w));
  return core.length > 0 ? core : words;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Same word, allowing one-letter transliteration variants of longer words (Sergei/Sergey,
 * Dmitri/Dmitry) when the first letter agrees; short words (Yi, Un) must be identical.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 4 && b.length >= 4 && a[0] === b[0] && editDistanceAtMostOne(a, b);
}

function covers(words: string[], required: string[]): boolean {
  return required.every((r) => words.some((w) => sameWord(w, r)));
}

/**
 * A system name is right when, titles aside, it contains every word of the gold name (or of one of
 * its aliases): "Foreign Minister Wang Yi" is right for "Wang Yi", "Wang" alone is not.
 */
export function speakerMatches(goldName: string, systemName: string | null | undefined, aliases: string[] = []): boolean {
  if (!systemName) return false;
  const system = coreNameWords(systemName);
  return [goldName, ...aliases].some((name) => {
    const required = coreNameWords(name);
    return required.length > 0 && covers(system, required);
  });
}

function looksLikePerson(name: string): boolean {
  const words = nameWords(name);
  return words.length > 0 && !words.some((w) => COLLECTIVE_WORDS.has(w));
}

/**
 * A wrong speaker that is another person sharing the gold speaker's surname: Kim Jong-un for
 * Kim Yo-jong, Venus for Serena Williams, Wang Wenbin for Wang Yi. The surname may stand first
 * or last, so both ends of the gold name count. A system name that is only part of the gold name
 * ("Xi" for "Xi Jinping") is incomplete, not a different person.
 */
export function isSameSurnameConfusion(goldName: string, systemName: string | null | undefined): boolean {
  if (!systemName || speakerMatches(goldName, systemName)) return false;
  if (!looksLikePerson(goldName) || !looksLikePerson(systemName)) return false;
  const gold = coreNameWords(goldName);
  const system = coreNameWords(systemName);
  if (gold.length < 2) return false;
  const surnames = [gold[0], gold[gold.length - 1]];
  const sharesSurname = system.some((w) => surnames.some((s) => sameWord(w, s)));
  const hasOtherWord = system.some((w) => !gold.some((g) => sameWord(w, g)));
  return sharesSurname && hasOtherWord;
}

export interface GoldRef {
  text: string;
  start: number;
  kind: Kind;
  speaker: string;
  date: string | null;
}

export interface SystemRef {
  text: string;
  start: number;
  kind: Kind;
  speaker: string | null;
  date: string | null;
}

export interface PairError {
  gold: GoldRef;
  system: SystemRef;
}

export interface Tally {
  gold: number;
  system: number;
  matched: number;
  speakerCorrect: number;
  sameSurnameConfusions: number;
  kindCorrect: number;
  /** Matched statements whose gold date is not null. */
  dated: number;
  dateCorrect: number;
  /** Matched statements the gold leaves undated but the system dates (often a publication-date fallback). */
  spuriousDates: number;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number | null;
  kindAccuracy: number | null;
  dateAccuracy: number | null;
}

export interface ArticleScore {
  slug: string;
  tally: Tally;
  figures: Figures;
  misses: GoldRef[];
  falsePositives: SystemRef[];
  wrongSpeakers: PairError[];
  confusions: PairError[];
  wrongKinds: PairError[];
  wrongDates: PairError[];
}

function goldRef(g: GoldStatement): GoldRef {
  return { text: g.text, start: g.start, kind: g.kind, speaker: g.speaker, date: g.date };
}

function systemRef(s: SystemStatement): SystemRef {
  return { text: s.text, start: s.start, kind: s.kind, speaker: s.speaker?.name ?? null, date: s.date?.value ?? null };
}

/** Nothing to find and nothing found is perfect; the F1 then follows from the two. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function accuracy(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function figuresOf(t: Tally): Figures {
  const precision = ratio(t.matched, t.system);
  const recall = ratio(t.matched, t.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: accuracy(t.speakerCorrect, t.matched),
    kindAccuracy: accuracy(t.kindCorrect, t.matched),
    dateAccuracy: accuracy(t.dateCorrect, t.dated),
  };
}

export function scoreArticle(slug: string, gold: GoldStatement[], system: SystemStatement[]): ArticleScore {
  const matches = matchStatements(gold, system);
  const matchedGold = new Set(matches.map((m) => m.gold));
  const matchedSystem = new Set(matches.map((m) => m.system));
  const tally: Tally = { ...emptyTally(), gold: gold.length, system: system.length, matched: matches.length };
  const wrongSpeakers: PairError[] = [];
  const confusions: PairError[] = [];
  const wrongKinds: PairError[] = [];
  const wrongDates: PairError[] = [];
  for (const m of matches) {
    const g = gold[m.gold];
    const s = system[m.system];
    const pair = { gold: goldRef(g), system: systemRef(s) };
    if (speakerMatches(g.speaker, s.speaker?.name, g.aliases)) tally.speakerCorrect++;
    else {
      wrongSpeakers.push(pair);
      if (isSameSurnameConfusion(g.speaker, s.speaker?.name)) {
        tally.sameSurnameConfusions++;
        confusions.push(pair);
      }
    }
    if (g.kind === s.kind) tally.kindCorrect++;
    else wrongKinds.push(pair);
    const systemDate = s.date?.value ?? null;
    if (g.date !== null) {
      tally.dated++;
      if (systemDate === g.date) tally.dateCorrect++;
      else wrongDates.push(pair);
    } else if (systemDate !== null) {
      tally.spuriousDates++;
      wrongDates.push(pair);
    }
  }
  return {
    slug,
    tally,
    figures: figuresOf(tally),
    misses: gold.filter((_, i) => !matchedGold.has(i)).map(goldRef),
    falsePositives: system.filter((_, i) => !matchedSystem.has(i)).map(systemRef),
    wrongSpeakers,
    confusions,
    wrongKinds,
    wrongDates,
  };
}

/** A tally with nothing counted yet. */
function emptyTally(): Tally {
  return { gold: 0, system: 0, matched: 0, speakerCorrect: 0, sameSurnameConfusions: 0, kindCorrect: 0, dated: 0, dateCorrect: 0, spuriousDates: 0 };
}

/** Micro-averaged totals: every statement weighs the same whichever article it is in. */
export function totalTally(scores: ArticleScore[]): Tally {
  const total = emptyTally();
  for (const s of scores) {
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += s.tally[key];
  }
  return total;
}

export interface Target {
  label: string;
  value: number | null;
  goal: string;
  met: boolean;
}

/** The figures the annotator is held to. */
export function targetsFor(total: Tally): Target[] {
  const f = figuresOf(total);
  const atLeast = (label: string, value: number | null, goal: number): Target => ({
    label,
    value,
    goal: `≥ ${goal.toFixed(2)}`,
    met: value !== null && value >= goal,
  });
  return [
    atLeast('statements F1', f.f1, 0.95),
    atLeast('speaker accuracy', f.speakerAccuracy, 0.97),
    atLeast('date accuracy', f.dateAccuracy, 0.95),
    {
      label: 'same-surname confusions',
      value: total.sameSurnameConfusions,
      goal: '= 0',
      met: total.sameSurnameConfusions === 0,
    },
  ];
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
