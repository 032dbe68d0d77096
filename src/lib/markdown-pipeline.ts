/**
 * The markdown settings shared by Astro's renderer and by the excerpt renderer below, so a paragraph
 * quoted on a statement page reads exactly as it does in the article.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent } from 'mdast';
import { remarkReadout, type ReadoutFrontmatter } from '../integrations/remark-readout.ts';

/** Parses an article body into its top-level blocks: one per source paragraph. */
export function parseBlocks(body: string): RootContent[] {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root;
  return tree.children;
}

/**
 * Renders block `index` of an article body as HTML in excerpt mode (no ids, `current` emphasised).
 */
export function renderParagraph(body: string, index: number, frontmatter: ReadoutFrontmatter, current?: string, base = '/'): string {
  const blocks = parseBlocks(body);
  const block = blocks[index];
  if (!block) return '';
  const processor = unified()
    .use(remarkReadout, { mode: 'excerpt', frontmatter, current, base })
    .use(remarkRehype)
    .use(rehypeStringify);
  const tree = processor.runSync({ type: 'root', children: [structuredClone(block)] } as Root);
  return processor.stringify(tree as never);
}
