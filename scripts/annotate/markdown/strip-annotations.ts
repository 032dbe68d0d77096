import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import type { Nodes, Root } from 'mdast';
import { CHAR_DIRECTIVE } from './build-body-tree.ts';
import { markdownProcessor } from './markdown-processor.ts';

/**
 * The source body an annotated article was made from: every block's text with the directives
 * replaced by their content, joined with the `gaps` recorded in the front matter (the whitespace
 * between and around paragraphs, which markdown's blank lines cannot carry).
 */
export function stripAnnotations(markdown: string): string {
  // gray-matter keeps a cache keyed by the text and shares the parsed object; ours is read fresh.
  const parsed = matter(markdown, { engines: { yaml: (text: string) => yaml.load(text) as object } } as never);
  const gaps = (parsed.data as { gaps?: unknown }).gaps;
  if (!Array.isArray(gaps) || gaps.some((gap) => typeof gap !== 'string')) throw new Error('The front matter has no list of gaps.');
  const tree = markdownProcessor().parse(parsed.content) as Root;
  const blocks = tree.children.map(plainText);
  if (blocks.length !== gaps.length - 1) {
    throw new Error(`The body has ${blocks.length} blocks but the front matter has ${gaps.length} gaps (expected blocks + 1).`);
  }
  return gaps[0] + blocks.map((block, index) => block + gaps[index + 1]).join('');
}

function plainText(node: Nodes): string {
  if (node.type === 'textDirective' && node.name === CHAR_DIRECTIVE && node.children.length === 0) {
    return String.fromCodePoint(Number.parseInt(node.attributes?.code ?? '', 16));
  }
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
