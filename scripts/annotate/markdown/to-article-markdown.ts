import type { AnnotateOptions } from '../index.ts';
import type { AnnotationResult } from '../types.ts';
import { articleFrontMatter } from './article-front-matter.ts';
import { buildBodyTree } from './build-body-tree.ts';
import { markdownProcessor } from './markdown-processor.ts';
import { planAnnotations } from './plan-annotations.ts';

export interface ArticleMarkdownOptions {
  slug: string;
  /** Path of the source file relative to the repository root. */
  source: string;
  /** Identifies the annotator; defaults to the package's version. */
  generatorVersion?: string;
}

/** One processor for every article: setting one up costs more than writing a short article. */
let processor: ReturnType<typeof markdownProcessor> | undefined;

/** Used when the caller does not say which annotator produced the result. */
export const DEFAULT_GENERATOR_VERSION = '0.1.0';

/**
 * An annotated article: YAML front matter holding the source facts and the whole annotation result,
 * then the body as markdown with directives over statements, speakers, cues, dates, claims and noise.
 *
 * `stripAnnotations` of the output gives back `body` exactly, for any text. Markdown alone cannot
 * carry everything, so:
 * - the whitespace between and around paragraphs (blank lines, `\r\n`, indentation) is kept in the
 *   front matter's `gaps`, and each block is one paragraph with that whitespace already excluded;
 * - every character that markdown would read as syntax is escaped by mdast-util-to-markdown, with the
 *   extra rules in `markdown-processor.ts` where its directive escaping falls short, and spaces or
 *   tabs at the edges of a block are written as character references;
 * - U+0000, which CommonMark reads as U+FFFD however it is written, becomes `:char{code="0"}`.
 * The property tests in `tests/markdown/` check this on random text.
 */
export function toArticleMarkdown(body: string, facts: AnnotateOptions, result: AnnotationResult, options: ArticleMarkdownOptions): string {
  const frontMatter = articleFrontMatter(body, facts, result, {
    slug: options.slug,
    source: options.source,
    generatorVersion: options.generatorVersion ?? DEFAULT_GENERATOR_VERSION,
  });
  const tree = buildBodyTree(body, result, planAnnotations(body, result));
  const markdown = tree.children.length ? (processor ??= markdownProcessor().freeze()).stringify(tree) : '';
  return `---\n${frontMatter}---\n${markdown}`;
}
