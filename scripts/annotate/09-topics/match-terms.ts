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
  /** Per state: its transitions, the state to fall back to, and the needles ending there (with those of its fallbacks). */
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly ending: string[][] = [[]];

  constructor(needles: Iterable<string>) {
    for (const needle of needles) {
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
      this.ending[state].push(needle);
    }
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
  }

  /** The needles that occur in `text`. */
  find(text: string): Set<string> {
    const found = new Set<string>();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to = this.next[state].get(code);
      while (to === undefined && state !== 0) {
        state = this.fail[state];
        to = this.next[state].get(code);
      }
      state = to ?? 0;
      for (const needle of this.ending[state]) found.add(needle);
    }
    return found;
  }
}

/** Every needle of every term seen so far, and a finder for them; a term with a new needle rebuilds it. */
const known = new Set<string>();
let finder = new NeedleFinder([]);
/** The needles found in recent texts: a statement's words are looked up for every topic and claim type. */
const found = new Map<string, Set<string>>();
const FOUND_KEPT = 256;

function needlesIn(terms: readonly string[], text: string): Set<string> {
  let added = false;
  for (const term of terms) {
    const needle = needleOf(term);
    if (!known.has(needle)) {
      known.add(needle);
      added = true;
    }
  }
  if (added) {
    finder = new NeedleFinder(known);
    found.clear();
  }
  let present = found.get(text);
  if (!present) {
    if (found.size >= FOUND_KEPT) found.clear();
    present = finder.find(text.toLowerCase());
    found.set(text, present);
  }
  return present;
}

/** The first of `terms` (in list order) that occurs in `text`; stops at the first match of each. */
export function firstTerm(terms: readonly string[], text: string): string | undefined {
  const present = needlesIn(terms, text);
  return terms.find((term) => {
    const needle = needleOf(term);
    if (needle !== '' && !present.has(needle)) return false;
    const pattern = termPattern(term);
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}
