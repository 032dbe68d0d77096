/**
 * Terms of the taxonomy as patterns: whole words, any case; `*` ends a term with any ending; `…`
 * stands for up to eight words within one sentence ("more just … order").
 */

const GAP = "(?:[\\s,;:'’\"“”-]+[^\\s.!?;]+){0,8}?[\\s,;:'’\"“”-]+";

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new Map<string, RegExp>();

/** The pattern of one term (compiled once). */
export function termPattern(term: string): RegExp {
  let pattern = compiled.get(term);
  if (!pattern) {
    const parts = term.split('…').map((part) => part.trim()).filter(Boolean);
    const source = parts
      .map((part) => {
        const open = part.endsWith('*');
        const words = (open ? part.slice(0, -1) : part).split(/\s+/).map(literal).join('\\s+');
        return open ? `${words}[\\p{L}\\p{N}-]*` : words;
      })
      .join(GAP);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
    compiled.set(term, pattern);
  }
  return pattern;
}

export interface TermMatch {
  term: string;
  start: number;
  end: number;
  text: string;
}

/** Every match of a term in a text, in order. */
export function matchesOf(term: string, text: string): TermMatch[] {
  const pattern = termPattern(term);
  pattern.lastIndex = 0;
  const found: TermMatch[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ term, start: match.index, end: match.index + match[0].length, text: match[0] });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

const needles = new Map<string, string>();

/** The longest plain word of a term: text without it cannot match, and looking costs little. */
function needleOf(term: string): string {
  let needle = needles.get(term);
  if (needle === undefined) {
    needle = term
      .toLowerCase()
      .split(/[\s…]+/)
      .map((word) => word.replace(/\*$/, ''))
      .sort((a, b) => b.length - a.length)[0] ?? '';
    needles.set(term, needle);
  }
  return needle;
}

/**
 * Every needle that occurs in a text, found in one pass however many needles there are (Aho–Corasick
 * over UTF-16 code units): the same answer as `text.includes(needle)` for each of them.
 */
class NeedleFinder {
  /** Per state: its transitions, the state to fall back to, and the needles (by number) ending there or at its fallbacks. */
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly ending: number[][] = [[]];
  /** For ASCII, the state every state goes to on every code, fallbacks included: one lookup per character (when not too large). */
  private readonly ascii: Int32Array | null = null;

  constructor(needles: readonly string[]) {
    needles.forEach((needle, id) => {
      let state = 0;
      for (let i = 0; i < needle.length; i++) {
        const code = needle.charCodeAt(i);
        let to = this.next[state].get(code);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.ending.push([]);
          this.next[state].set(code, to);
        }
        state = to;
      }
      this.ending[state].push(id);
    });
    // Breadth first, so that a state's fallback is complete before the states below it need it.
    const queue = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, to] of this.next[state]) {
        let back = this.fail[state];
        while (back !== 0 && !this.next[back].has(code)) back = this.fail[back];
        const target = this.next[back].get(code);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.ending[to].push(...this.ending[this.fail[to]]);
        queue.push(to);
      }
    }
    // In the same breadth-first order, a state's fallback row is filled before its own.
    if (this.next.length > ASCII_TABLE_STATES) return;
    const ascii = (this.ascii = new Int32Array(this.next.length * 128));
    for (const state of [0, ...queue]) {
      for (let code = 0; code < 128; code++) {
        const to = this.next[state].get(code);
        ascii[state * 128 + code] = to ?? (state === 0 ? 0 : ascii[this.fail[state] * 128 + code]);
      }
    }
  }

  /** Marks in `found` (1 at its number) every needle that occurs in `text`. */
  find(text: string, found: Uint8Array): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128 && this.ascii) state = this.ascii[state * 128 + code];
      else {
        let to = this.next[state].get(code);
        while (to === undefined && state !== 0) {
          state = this.fail[state];
          to = this.next[state].get(code);
        }
        state = to ?? 0;
      }
      const ending = this.ending[state];
      for (let k = 0; k < ending.length; k++) found[ending[k]] = 1;
    }
  }
}

/** A table for ASCII takes 512 bytes a state: enough for a taxonomy's few thousand states. */
const ASCII_TABLE_STATES = 20_000;

/**
 * Every needle of every term list seen so far, by number, and a finder for the first `inFinder` of
 * them; those added since are looked for one by one until there are as many as the finder holds
 * (so that lists made up on the fly do not rebuild it every time).
 */
const needleIds = new Map<string, number>();
const needleList: string[] = [];
let finder: NeedleFinder | null = null;
let inFinder = 0;
/** Per list of terms: the number of each term's needle (-1 for none), and the list and the numbering as they were then. */
const listNeedles = new WeakMap<readonly string[], { terms: string[]; ids: Int32Array; numbering: number }>();
/** The needles found in recent texts: a statement's words are looked up for every topic and claim type. */
const foundIn = new Map<string, Uint8Array>();
const FOUND_KEPT = 256;
/** A taxonomy has a few hundred needles; past this many (lists made up on the fly), the numbering starts again. */
const NEEDLES_KEPT = 10_000;
let numbering = 0;

function needlesOfList(terms: readonly string[]): Int32Array {
  const known = listNeedles.get(terms);
  if (known && known.numbering === numbering && known.terms.length === terms.length && known.terms.every((term, i) => term === terms[i])) return known.ids;
  if (needleIds.size >= NEEDLES_KEPT) {
    needleIds.clear();
    needleList.length = 0;
    finder = null;
    inFinder = 0;
    foundIn.clear();
    numbering++;
  }
  const ids = Int32Array.from(terms, (term) => {
    const needle = needleOf(term);
    if (needle === '') return -1;
    let id = needleIds.get(needle);
    if (id === undefined) {
      id = needleIds.size;
      needleIds.set(needle, id);
      needleList.push(needle);
      // What was found in a text so far does not say whether this needle is in it.
      foundIn.clear();
    }
    return id;
  });
  listNeedles.set(terms, { terms: [...terms], ids, numbering });
  return ids;
}

/**
 * Makes the needles of all these lists known at once, so that the finder is built once for them all
 * rather than again for each list that brings new ones.
 */
export function prepareTerms(lists: Iterable<readonly string[]>): void {
  for (const terms of lists) needlesOfList(terms);
}

function needlesIn(text: string): Uint8Array {
  let found = foundIn.get(text);
  if (!found) {
    if (!finder || needleList.length - inFinder > Math.max(64, inFinder)) {
      finder = new NeedleFinder(needleList);
      inFinder = needleList.length;
    }
    if (foundIn.size >= FOUND_KEPT) foundIn.clear();
    const lower = text.toLowerCase();
    found = new Uint8Array(needleList.length);
    finder.find(lower, found);
    for (let id = inFinder; id < needleList.length; id++) if (lower.includes(needleList[id])) found[id] = 1;
    foundIn.set(text, found);
  }
  return found;
}

/** The first of `terms` (in list order) that occurs in `text`; stops at the first match of each. */
export function firstTerm(terms: readonly string[], text: string): string | undefined {
  const ids = needlesOfList(terms);
  const found = needlesIn(text);
  for (let i = 0; i < terms.length; i++) {
    // A term's longest word must be in the text (any case) for the term to be.
    if (ids[i] !== -1 && found[ids[i]] === 0) continue;
    const pattern = termPattern(terms[i]);
    pattern.lastIndex = 0;
    if (pattern.test(text)) return terms[i];
  }
  return undefined;
}
