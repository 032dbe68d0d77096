/**
 * One source of `npm run build:articles`: read it, decide whether its article is current, and if not
 * annotate it and write the article. Nothing is printed here: the lines are returned, so that a build
 * spread over several threads prints them in source order, exactly as a build on one thread does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../annotate/index.ts';
import type { CorrectionsRecord, Speaker } from '../annotate/types.ts';
import { failure, type BuildJob, type BuildOutcome, type PrintedLine } from './build-outcome.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import { CorrectionsFileError, readCorrections } from '../corrections/corrections-file.ts';
import { GENERATOR, sourceHash, toArticleMarkdown } from '../annotate/markdown/index.ts';
import { displayPath as display } from './display-path.ts';
import { readArticleHeader } from './read-article-header.ts';
import { readSource, SourceError, type Source } from './read-source.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** The facts an article page shows; a change to any of them rebuilds the article. */
const FACT_KEYS = ['title', 'outlet', 'url', 'published', 'language'] as const;

export function buildSource(job: BuildJob): BuildOutcome {
  const { slug, path } = job;
  const lines: PrintedLine[] = [];
  const warn = (record: CorrectionsRecord, file: string) => {
    for (const entry of record.stale) {
      lines.push([2, `build-articles: warning: ${file}: correction ${entry.index + 1} (“${entry.note}”) no longer fits the text and was not applied: ${entry.problem}\n`]);
    }
  };
  const target = join(job.out, `${slug}.md`);
  try {
    const source = readSource(path, { require: ['title', 'outlet', 'url', 'published'] });
    for (const warning of source.warnings) {
      lines.push([2, `build-articles: warning: ${display(path)}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.problem}\n`]);
    }
    const existing = existsSync(target) ? readArticleHeader(target) : null;
    if (existsSync(target) && existing?.generator !== GENERATOR) {
      return failure(`${display(target)}: exists but was not written by this build (no "generator: ${GENERATOR}" in its front matter); move it away to build ${display(path)}`, lines);
    }
    const sourcePath = display(path);
    const corrections = readCorrections(job.correctionsDir, slug, display);
    const appliedBefore = existing?.corrections as CorrectionsRecord | undefined;
    if (!job.force && existing && isCurrent(existing, source, sourcePath, job.version) && (appliedBefore?.hash ?? null) === (corrections?.hash ?? null)) {
      lines.push([1, `unchanged  ${sourcePath}\n`]);
      if (corrections && appliedBefore) warn(appliedBefore, corrections.path);
      return { status: 'unchanged', lines, speakers: (existing.speakers ?? []) as Speaker[] };
    }
    const machine = annotate(source.body, source.facts);
    // After annotation and before writing: the annotate CLI and the eval keep the machine's own output.
    const corrected = corrections ? applyCorrections(source.body, machine, corrections) : null;
    if (corrected) warn(corrected.record, corrections!.path);
    const result = corrected?.result ?? machine;
    writeFileAtomic(target, toArticleMarkdown(source.body, source.facts, result, { slug, source: sourcePath, generatorVersion: job.version }));
    const edits = corrected ? `, ${corrected.record.applied} corrections${corrected.record.stale.length ? `, ${corrected.record.stale.length} not applied` : ''}` : '';
    lines.push([1, `annotated  ${sourcePath} -> ${display(target)} (${result.statements.length} statements, ${result.claims.length} claims${edits})\n`]);
    return { status: 'annotated', lines, speakers: result.speakers };
  } catch (error) {
    if (error instanceof CorrectionsFileError) return failure(error.message, lines);
    if (error instanceof SourceError) return failure(`${display(error.file)}${error.line === undefined ? '' : `:${error.line}`}: ${error.problem}`, lines);
    return failure(`${display(path)}: annotation failed: ${(error as Error).stack ?? error}`, lines);
  }
}

/** True when the article on disk was made from this very source by this very annotator. */
function isCurrent(header: Record<string, unknown>, source: Source, sourcePath: string, version: string): boolean {
  if (header.generatorVersion !== version || header.sourceHash !== sourceHash(source.body)) return false;
  if (header.slug !== source.slug || header.source !== sourcePath) return false;
  return FACT_KEYS.every((key) => (header[key] ?? '') === (key === 'language' ? (source.facts.language ?? 'en') : (source.facts[key] ?? '')));
}
