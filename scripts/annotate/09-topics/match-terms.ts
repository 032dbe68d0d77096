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

/** The first of `terms` (in list order) that occurs in `text`; stops at the first match of each. */
export function firstTerm(terms: readonly string[], text: string): string | undefined {
  const lower = text.toLowerCase();
  return terms.find((term) => {
    if (!lower.includes(needleOf(term))) return false;
    const pattern = termPattern(term);
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}
