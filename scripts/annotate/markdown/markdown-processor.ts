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
import type { Root } from 'mdast';
import type { Unsafe } from 'mdast-util-to-markdown';

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
 * mdast-util-directive escapes a `:` that would start a text directive only in phrasing, not inside
 * the label of a leaf directive, so `::noise[Photo:Xinhua]` would read back as a `:Xinhua` directive.
 * These are its own phrasing rules applied to leaf labels as well.
 */
const leafLabelColons: Unsafe[] = [
  { after: '[^\\s\\p{P}\\p{S}]', before: '[^:]', character: ':', inConstruct: ['leafDirectiveLabel'], unicode: true },
  { afterNode: 'textDirective', character: ':', inConstruct: ['leafDirectiveLabel'] },
];

/** remark-directive registers its writer without options; ours, added after it, takes precedence. */
function directiveAttributeStyle(this: Processor<Root>): void {
  const data = this.data();
  (data.toMarkdownExtensions ??= []).push(directiveOutput, { unsafe: leafLabelColons });
}

export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkDirective).use(directiveAttributeStyle).use(remarkStringify, stringifyOptions);
}
