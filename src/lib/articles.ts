/**
 * The annotated articles the site is built from, read straight from `content/articles/` (or
 * `READOUT_ARTICLES_DIR`) and checked against the article schema.
 *
 * Not an Astro content collection: a collection keeps every article's data, markdown and rendered
 * HTML in one data store that it writes out as a single JSON string, which grows past what a
 * JavaScript string can hold at about 10,000 articles. Here each article's front matter is parsed
 * and checked once, its markdown is read again only when a page needs it, and its HTML is made by
 * the page that shows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { articleSchema, type Article } from '../schemas/article.ts';

export interface ArticleEntry {
  /** The file name without `.md`. */
  id: string;
  data: Article;
  /** The file, relative to the working directory as given. */
  filePath: string;
}

/** Where the annotated articles are read from; tests and benchmarks point this elsewhere. */
export function articlesDir(): string {
  return process.env.READOUT_ARTICLES_DIR || 'content/articles';
}

/** A file's front matter text and the markdown after it, split as gray-matter splits them. */
export function splitFrontMatter(text: string, file: string): { front: string; body: string } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = /^---\r?\n/.exec(source);
  if (!open) throw new Error(`${file}: no front matter (the file must start with a "---" line)`);
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(source);
  if (!end) throw new Error(`${file}: the front matter has no closing "---" line`);
  return { front: source.slice(open[0].length, end.index + 1), body: source.slice(end.index + end[0].length) };
}

/** Reads and checks one article; the error names the file and each field that is wrong. */
export function readArticle(filePath: string): ArticleEntry {
  const { front } = splitFrontMatter(readFileSync(filePath, 'utf8'), filePath);
  let raw: unknown;
  try {
    raw = yaml.load(front);
  } catch (error) {
    throw new Error(`${filePath}: the front matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
    throw new Error(`${filePath}: the front matter does not match the article schema:\n${problems.join('\n')}`);
  }
  return { id: filePath.replace(/^.*[\\/]/, '').replace(/\.md$/, ''), data: parsed.data, filePath };
}

/** Every article of the directory, in file-name order. */
export function readArticles(dir = articlesDir()): ArticleEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort()
    .map((name) => readArticle(join(dir, name)));
}

/**
 * The last few articles' markdown and what is derived from it (the excerpt HTML of their blocks),
 * kept because a statement page and its neighbours quote the same article: pages are rendered
 * article by article, so a few suffice whatever the size of the site.
 */
interface KeptArticle {
  filePath: string;
  body: string;
  derived: Map<string, unknown>;
}
const kept: KeptArticle[] = [];
const ARTICLES_KEPT = 8;

function keptArticle(entry: Pick<ArticleEntry, 'filePath'>): KeptArticle {
  const found = kept.find((item) => item.filePath === entry.filePath);
  if (found) return found;
  const { body } = splitFrontMatter(readFileSync(resolve(entry.filePath), 'utf8'), entry.filePath);
  if (kept.length >= ARTICLES_KEPT) kept.shift();
  const article = { filePath: entry.filePath, body, derived: new Map<string, unknown>() };
  kept.push(article);
  return article;
}

/** An article's markdown body (the annotated text after the front matter), read when it is needed. */
export function bodyOf(entry: Pick<ArticleEntry, 'filePath'>): string {
  return keptArticle(entry).body;
}

/** A value made from an article's body once while the article is kept (`key` names what it is). */
export function derivedFrom<T>(entry: Pick<ArticleEntry, 'filePath'>, key: string, make: (body: string) => T): T {
  const article = keptArticle(entry);
  if (!article.derived.has(key)) article.derived.set(key, make(article.body));
  return article.derived.get(key) as T;
}
