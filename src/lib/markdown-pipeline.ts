/**
 * The markdown settings shared by Astro's renderer and by the excerpt renderer below, so a paragraph
 * quoted on a statement page reads exactly as it does in the article.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'mdast';
import { remarkReadout, type ReadoutFrontmatter } from '../integrations/remark-readout.ts';
import { bodyOf, derivedFrom, type ArticleEntry } from './articles.ts';

const parser = unified().use(remarkParse).use(remarkDirective).freeze();

/** Parses an article body into its top-level blocks: one per source paragraph. */
export function parseBlocks(body: string): RootContent[] {
  return (parser.parse(body) as Root).children;
}

/**
 * An article's whole body as HTML in article mode (statement anchors, notes, numbered blocks), as
 * the article page shows it.
 */
export function renderArticleBody(body: string, frontmatter: ReadoutFrontmatter, base = '/'): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkReadout, { mode: 'article', frontmatter, base })
    .use(remarkRehype)
    // Subheadings get the ids Astro's own markdown gives headings, so they can be linked to.
    .use(rehypeHeadingIds)
    .use(rehypeStringify);
  return String(processor.processSync(body));
}

/** Renders block `index` of an article body on its own (the reference `renderParagraph` must equal). */
export function renderParagraphUncached(body: string, index: number, frontmatter: ReadoutFrontmatter, current?: string, base = '/'): string {
  const block = parseBlocks(body)[index];
  if (!block) return '';
  const processor = unified()
    .use(remarkReadout, { mode: 'excerpt', frontmatter, current, base })
    .use(remarkRehype)
    .use(rehypeStringify);
  const tree = processor.runSync({ type: 'root', children: [block] } as Root);
  return processor.stringify(tree as never);
}

/** Every block of an article body rendered in excerpt mode with no statement emphasised, in one pass. */
function blocksHtml(body: string, frontmatter: ReadoutFrontmatter, base: string): string[] {
  const processor = unified().use(remarkReadout, { mode: 'excerpt', frontmatter, base }).use(remarkRehype).use(rehypeStringify);
  // One block per tree, as `renderParagraphUncached` renders it.
  return parseBlocks(body).map((block) => processor.stringify(processor.runSync({ type: 'root', children: [block] } as Root) as never));
}

/** Statement ids are `s-` and hex digits: safe inside a pattern as they are. */
const STATEMENT_ID = /^[A-Za-z0-9_-]+$/;

/**
 * Renders block `index` of an article as HTML in excerpt mode (no ids, `current` emphasised). The
 * blocks are rendered once per article while it is kept (`derivedFrom`): statement pages are
 * rendered article by article and each quotes a paragraph of its article, so a statement page costs
 * the same whatever the length of its article.
 */
export function renderParagraph(entry: Pick<ArticleEntry, 'filePath'>, index: number, frontmatter: ReadoutFrontmatter, current?: string, base = '/'): string {
  if (current !== undefined && !STATEMENT_ID.test(current)) return renderParagraphUncached(bodyOf(entry), index, frontmatter, current, base);
  const html = derivedFrom(entry, `excerpt blocks for ${base}`, (body) => blocksHtml(body, frontmatter, base))[index];
  if (html === undefined) return '';
  if (current === undefined) return html;
  // The emphasis `remark-readout` gives the current statement: one more class on its marks.
  return emphasise(html, current);
}

/** Adds `is-current` to the class of every `<mark class="…" data-statement="current"`, by plain string search. */
function emphasise(html: string, current: string): string {
  const needle = `" data-statement="${current}"`;
  let out = '';
  let from = 0;
  for (let at = html.indexOf(needle); at !== -1; at = html.indexOf(needle, at + needle.length)) {
    const open = html.lastIndexOf('<mark class="', at);
    if (open === -1 || html.slice(open + '<mark class="'.length, at).includes('"')) continue;
    out += `${html.slice(from, at)} is-current`;
    from = at;
  }
  return out + html.slice(from);
}
