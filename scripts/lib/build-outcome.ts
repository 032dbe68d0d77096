import type { Speaker } from '../annotate/types.ts';

/** What it takes to build one article; plain data, so that it can be sent to another thread. */
export interface BuildJob {
  slug: string;
  /** The source file. */
  path: string;
  /** The directory of articles. */
  out: string;
  /** Where the editor's corrections (`<slug>.yml`) are. */
  correctionsDir: string;
  /** The annotator's version, as written in `generatorVersion:`. */
  version: string;
  force: boolean;
}

/** A line for standard output (1) or standard error (2). */
export type PrintedLine = readonly [stream: 1 | 2, text: string];

export interface BuildOutcome {
  status: 'annotated' | 'unchanged' | 'failed';
  /** What to print for this source, in order. */
  lines: PrintedLine[];
  /**
   * The speakers of the article now on disk, when this build wrote it or read its front matter, so
   * that the report of new speakers does not read the file again.
   */
  speakers?: Speaker[];
}

/** The outcome of a source that failed; `message` follows `error: `, after the lines printed before. */
export function failure(message: string, lines: readonly PrintedLine[] = []): BuildOutcome {
  return { status: 'failed', lines: [...lines, [2, `build-articles: error: ${message}\n`]] };
}
