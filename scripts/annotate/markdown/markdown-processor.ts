/**
 * The one markdown dialect articles are written in: CommonMark plus generic directives, no GFM.
 * Writing and reading share these settings so that what `toArticleMarkdown` prints, `stripAnnotations`
 * and the site's renderer read back the same way.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import remarkDirective from 'remark-directive';
import { directiveToMarkdown } from 'mdast-util-directive';
import type { Nodes, Text } from 'mdast';
import type { Handle, Unsafe } from 'mdast-util-to-markdown';

/** Spelled-out attributes (`id="s-…"` rather than the `#s-…` shortcut) so that every id is greppable as `id="…"`. */
const directiveOutput = directiveToMarkdown({ preferShortcut: false, preferUnquoted: false, quote: '"', collapseEmptyAttributes: true });

const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  rule: '-',
  quote: '"',
  // Resource links are never produced; keep bare text from being turned into autolinks on output.
  resourceLink: true,
};

/**
 * mdast-util-directive writes a leaf directive's label outside the `phrasing` construct, so none of
 * the escapes that apply to paragraph text (`&nbsp;`, `*`, `<`, a `:` starting a text directive…)
 * were applied to it, and `::noise[Photo:Xinhua]` would read back as a `:Xinhua` directive. A noise
 * line's label is paragraph text like any other; writing it inside `phrasing` escapes it as such.
 */
const leafDirective = directiveOutput.handlers!.leafDirective as Handle;
const leafDirectiveAsPhrasing: Handle = (node, parent, state, info) => {
  const exit = state.enter('phrasing');
  try {
    return leafDirective(node, parent, state, info);
  } finally {
    exit();
  }
};

/**
 * Two gaps in mdast-util-directive's escaping of a `:` that would start a text directive, both found
 * by the round-trip property tests:
 * - its rule has the condition "not after a colon", and mdast-util-to-markdown drops an escape whose
 *   before-condition is next to an escaped character (it assumes the escape breaks the condition), so
 *   `*:x` came out as `\*:x` and read back as `*` and a directive `:x`;
 * - micromark reads UTF-16 code units, so `:😀` starts a directive named by the surrogates, while the
 *   rule looks at whole code points and lets emoji and other astral symbols through;
 * - micromark turns a tab into special codes that its name reader does not take for whitespace, so
 *   `:\tChina` starts a directive named `\tChina`.
 * Ours escape every colon before a character that can start a name; `::x` becomes `:\:x`, the same text.
 */
const colonBeforeName: Unsafe[] = [
  { character: ':', after: '[^\\s\\p{P}\\p{S}]', inConstruct: ['phrasing'], unicode: true },
  { character: ':', after: '[\\t\\uD800-\\uDFFF]', inConstruct: ['phrasing'] },
];

interface UnsafeIndex {
  /** The ASCII characters of the patterns, as four 32-bit masks (codes 0–31, 32–63, 64–95, 96–127). */
  masks: [number, number, number, number];
  /** Characters of the patterns that are not one ASCII code unit, looked for one by one. */
  others: string[];
  /** The patterns to offer, by the characters found. */
  chosen: Map<string, Unsafe[]>;
}

const unsafeIndexes = new WeakMap<Unsafe[], UnsafeIndex>();

/** The patterns of `all` whose character occurs in `value`, found in one pass over it (most texts hold few). */
function unsafeIn(all: Unsafe[], value: string): Unsafe[] {
  let index = unsafeIndexes.get(all);
  if (!index) {
    index = { masks: [0, 0, 0, 0], others: [], chosen: new Map() };
    for (const { character } of all) {
      const code = character.charCodeAt(0);
      if (character.length === 1 && code < 128) index.masks[code >> 5] |= 1 << (code & 31);
      else if (!index.others.includes(character)) index.others.push(character);
    }
    unsafeIndexes.set(all, index);
  }
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32) m0 |= 1 << code;
    else if (code < 64) m1 |= 1 << (code - 32);
    else if (code < 96) m2 |= 1 << (code - 64);
    else if (code < 128) m3 |= 1 << (code - 96);
  }
  const { masks, others, chosen } = index;
  let key = `${m0 & masks[0]},${m1 & masks[1]},${m2 & masks[2]},${m3 & masks[3]}`;
  for (let i = 0; i < others.length; i++) if (value.includes(others[i])) key += `,${i}`;
  let patterns = chosen.get(key);
  if (!patterns) {
    if (chosen.size >= 4096) chosen.clear();
    const found = (character: string) => {
      const code = character.charCodeAt(0);
      if (character.length === 1 && code < 128) return ([m0, m1, m2, m3][code >> 5] & (1 << (code & 31))) !== 0;
      return value.includes(character);
    };
    patterns = all.filter((pattern) => found(pattern.character));
    chosen.set(key, patterns);
  }
  return patterns;
}

/**
 * mdast-util-to-markdown's own handler for text, which escapes it with `state.safe`, except that `safe`
 * is shown only the unsafe patterns whose character occurs in the text and its neighbours: it tries
 * each pattern it is given (92 of them) on every text, and a pattern matches only where its character
 * is. The output is the same; the work is a fraction.
 */
export const text: Handle = (node: Text, parent, state, info) => {
  const siblings = parent && 'children' in parent ? (parent.children as Nodes[]) : [];
  const index = state.indexStack[state.indexStack.length - 1];
  const all = state.unsafe;
  state.unsafe = unsafeIn(all, (info.before || '') + node.value + (info.after || ''));
  try {
    return state.safe(node.value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
  } finally {
    state.unsafe = all;
  }
};

/** remark-directive registers its writer without options; ours, added after it, takes precedence. */
function directiveAttributeStyle(this: Processor): void {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push(directiveOutput, { handlers: { leafDirective: leafDirectiveAsPhrasing, text }, unsafe: colonBeforeName });
}

export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkDirective).use(directiveAttributeStyle).use(remarkStringify, stringifyOptions);
}
