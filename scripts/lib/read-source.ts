/**
 * Reads one source article (`content/sources/<slug>.md`) for the annotator: checks the encoding,
 * splits off the YAML front matter and checks the publication facts, so that the CLI and the build
 * report the same problems in the same words.
 *
 * The body is the text after the front matter, exactly as in the file, except that a leading UTF-8
 * byte order mark is dropped first: every offset the annotator reports counts from the first
 * character after the BOM and the closing `---` line.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import * as yaml from 'js-yaml';
import type { AnnotateOptions } from '../annotate/index.ts';
import { dateProblem, futureDateProblem } from './date-problem.ts';
import { decodeUtf8 } from './decode-utf8.ts';

/** A source that cannot be annotated, with the file and, when known, the 1-based line. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;

  constructor(file: string, problem: string, line?: number) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/**
 * The largest source read, in bytes. A news article is tens of kilobytes; a file many times larger is
 * a whole feed or a dump saved by mistake, and the annotator's cost grows faster than the text.
 */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Something worth telling about a source that is still annotated. */
export interface SourceWarning {
  line: number | undefined;
  problem: string;
}

export type FactName = 'title' | 'outlet' | 'url' | 'published' | 'language';

export interface ReadSourceOptions {
  /** Publication date to use instead of the front matter's (YYYY-MM-DD). */
  published?: string;
  /** Facts the front matter must give; `published` is always required (here or in `published`). */
  require?: readonly FactName[];
  /** Refuse files larger than this many bytes (default `MAX_SOURCE_BYTES`). */
  maxBytes?: number;
  /** The day to compare publication dates with (YYYY-MM-DD); by default today, wherever it is already today. */
  today?: string;
}

export interface Source {
  /** The article text after any BOM and front matter. */
  body: string;
  facts: AnnotateOptions;
  /** The file name without its extension. */
  slug: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Oddities that do not stop the annotation, such as a publication date in the future. */
  warnings: SourceWarning[];
}

const FACTS: readonly FactName[] = ['title', 'outlet', 'url', 'published', 'language'];

export function readSource(path: string, options: ReadSourceOptions = {}): Source {
  const slug = basename(path, extname(path));
  if (options.published !== undefined) {
    const problem = dateProblem(options.published);
    if (problem) throw new SourceError(path, `the publication date given instead of the front matter's ${problem}`);
  }

  const bytes = readBytes(path, options.maxBytes ?? MAX_SOURCE_BYTES);
  if (bytes.length === 0) throw new SourceError(path, 'the file is empty');
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) throw new SourceError(path, `the file ${decoded.problem}`, decoded.line);
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new SourceError(path, 'the file contains a NUL character; it is not a text file', lineAt(text, nul));

  const { data, keyLines, body, bodyLine } = splitFrontMatter(path, text);
  if (!body.trim()) throw new SourceError(path, data ? 'the article body after the front matter is empty' : 'the file has no text', bodyLine);

  const facts: Partial<Record<FactName, string>> = {};
  for (const name of FACTS) {
    const value = data?.[name];
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') throw new SourceError(path, `front matter: ${name} must be a single value, not a list or a mapping`, keyLines.get(name));
    facts[name] = String(value);
  }

  const published = options.published ?? facts.published;
  if (published === undefined) {
    throw new SourceError(path, 'front matter: published is missing (give the publication date as published: \'YYYY-MM-DD\', or pass --published)');
  }
  if (options.published === undefined) {
    const problem = dateProblem(data?.published);
    if (problem) throw new SourceError(path, `front matter: published ${problem}`, keyLines.get('published'));
  }
  for (const name of options.require ?? []) {
    if (name !== 'published' && !facts[name]?.trim()) throw new SourceError(path, `front matter: ${name} is missing`);
  }
  if (options.require?.includes('url') && facts.url && !URL.canParse(facts.url)) {
    throw new SourceError(path, `front matter: url "${facts.url}" is not a valid address`, keyLines.get('url'));
  }
  // The site links to this address; `javascript:` or `data:` there would run or show whatever it holds.
  if (facts.url && URL.canParse(facts.url) && !['http:', 'https:'].includes(new URL(facts.url).protocol)) {
    throw new SourceError(path, `front matter: url "${facts.url}" must be an http or https address`, keyLines.get('url'));
  }

  const warnings: SourceWarning[] = [];
  // Only a warning: refusing it would make the same sources build on one day and fail on another.
  const future = futureDateProblem(published, options.today);
  if (future) warnings.push({ line: options.published === undefined ? keyLines.get('published') : undefined, problem: `published ${future}` });

  return { body, facts: { ...facts, published }, slug, bodyLine, warnings };
}

function readBytes(path: string, maxBytes: number): Uint8Array {
  try {
    // Checked before reading, so that a huge file is refused without being loaded.
    const size = statSync(path).size;
    if (size > maxBytes) {
      throw new SourceError(path, `the file is ${megabytes(size)}, larger than the ${megabytes(maxBytes)} an article may have; is it more than one article?`);
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceError(path, 'no such file');
    if (code === 'EISDIR') throw new SourceError(path, 'is a directory, not a file');
    if (code === 'EACCES' || code === 'EPERM') throw new SourceError(path, 'the file cannot be read (permission denied)');
    throw new SourceError(path, `the file cannot be read (${code ?? (error as Error).message})`);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/**
 * Front matter is a first line `---`, YAML, and a line `---`; without the first line the whole text
 * is the body. The YAML is read with the core schema: no timestamps, so an unquoted
 * `published: 2022-02-30` stays the text it is and is checked as such instead of becoming March 2.
 */
function splitFrontMatter(path: string, text: string) {
  const keyLines = new Map<string, number>();
  const lines = [...text.matchAll(/([^\r\n]*)(\r\n|\n|\r|$)/g)];
  const isFence = (line: RegExpExecArray) => /^---[ \t]*$/.test(line[1]);
  if (!lines.length || !isFence(lines[0]) || !lines[0][2]) return { data: null, keyLines, body: text, bodyLine: 1 };
  const closing = lines.findIndex((line, index) => index > 0 && isFence(line));
  if (closing === -1) throw new SourceError(path, 'the front matter opened on line 1 is never closed (no line "---" after it)', 1);
  const open = lines[0][0];
  const end = lines[closing].index;
  const after = end + lines[closing][0].length;

  const source = text.slice(open.length, end);
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: path });
  } catch (error) {
    const yamlError = error as yaml.YAMLException;
    const line = yamlError.mark ? yamlError.mark.line + 2 : undefined;
    throw new SourceError(path, `the front matter is not valid YAML: ${yamlError.reason ?? yamlError.message}`, line);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new SourceError(path, 'the front matter must be YAML "key: value" lines', 2);
  }
  source.split(/\r\n|\n|\r/).forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, index + 2);
  });
  return { data: (data ?? {}) as Record<string, unknown>, keyLines, body: text.slice(after), bodyLine: lineAt(text, after) };
}
