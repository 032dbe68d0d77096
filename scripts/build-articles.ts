/**
 * `npm run build:articles [-- --sources <dir> --out <dir> --strict --force]`
 *
 * Annotates every `content/sources/*.md` and `*.txt` into `content/articles/<slug>.md`, where the slug
 * is the source's file name without its extension.
 *
 * - A source that cannot be read or annotated is reported (file, line, problem) and the others still
 *   build; the exit code is 0 unless `--strict` is given.
 * - Articles are written to a temporary file and renamed into place, so none is ever half written.
 * - An article is rebuilt only when its source body (by SHA-256), its publication facts or the
 *   annotator (`generatorVersion`) changed, or with `--force`; otherwise it is reported unchanged.
 * - Articles whose source is gone are deleted, but only files that carry `generator: readout`.
 * - Two sources with one slug (`a.md` and `a.txt`) are both refused.
 * - A publication date in the future is a warning, not an error: the article is built, so that the
 *   same sources give the same site whatever the day of the build.
 *
 * - The editor's corrections (`content/corrections/<slug>.yml`, beside the sources) are applied after
 *   annotation; one that no longer fits the text is reported as a warning and left out. Editing the
 *   corrections, the speaker registry or the taxonomy rebuilds the articles they concern.
 * - Speakers that `content/speakers.yml` does not know are listed in `reports/new-speakers.json`.
 *
 * `--generator-version <v>` replaces the annotator's computed version; tests use it so that an edit
 * to the pipeline made while they run does not count as a new annotator.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { annotate } from './annotate/index.ts';
import { withAnalysisData } from './annotate/08-registry/data-digest.ts';
import { findNewSpeakers, newSpeakersSummary } from './annotate/08-registry/new-speakers.ts';
import type { CorrectionsRecord, Speaker } from './annotate/types.ts';
import { applyCorrections } from './corrections/apply-corrections.ts';
import { CorrectionsFileError, readCorrections } from './corrections/corrections-file.ts';
import { GENERATOR, sourceHash, toArticleMarkdown } from './annotate/markdown/index.ts';
import { generatorVersion } from './lib/generator-version.ts';
import { readArticleHeader } from './lib/read-article-header.ts';
import { readSource, SourceError, type Source } from './lib/read-source.ts';
import { TEMP_FILE, writeFileAtomic } from './lib/write-file-atomic.ts';

const REPO = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run build:articles -- [--sources <dir>] [--out <dir>] [--reports <dir>] [--strict] [--force] [--generator-version <v>]';
const SOURCE_EXTENSIONS = new Set(['.md', '.txt']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The facts an article page shows; a change to any of them rebuilds the article. */
const FACT_KEYS = ['title', 'outlet', 'url', 'published', 'language'] as const;

interface BuildOptions {
  sources: string;
  out: string;
  strict: boolean;
  force: boolean;
  generatorVersion?: string;
  /** Where the report of new speakers goes: `reports/`, or beside `--out` when that is given. */
  reports?: string;
}

class UsageError extends Error {}

function parseArguments(args: readonly string[]): BuildOptions {
  const options: BuildOptions = { sources: join(REPO, 'content', 'sources'), out: join(REPO, 'content', 'articles'), strict: false, force: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--sources' || arg === '--out') {
      const value = args[++i];
      if (!value) throw new UsageError(`${arg} needs a directory`);
      options[arg === '--sources' ? 'sources' : 'out'] = resolve(value);
    } else if (arg === '--reports') {
      const value = args[++i];
      if (!value) throw new UsageError(`${arg} needs a directory`);
      options.reports = resolve(value);
    } else if (arg === '--generator-version') {
      const value = args[++i];
      if (!value) throw new UsageError(`${arg} needs a value`);
      options.generatorVersion = value;
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

/** A path as printed and as stored in `source:`: relative to the repository, with forward slashes. */
function display(path: string): string {
  const rel = relative(REPO, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

function main(args: readonly string[]): number {
  let options: BuildOptions;
  try {
    options = parseArguments(args);
  } catch (error) {
    process.stderr.write(`build-articles: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!existsSync(options.sources) || !statSync(options.sources).isDirectory()) {
    process.stderr.write(`build-articles: ${display(options.sources)}: no such directory of sources\n`);
    return 2;
  }

  const counts = { annotated: 0, unchanged: 0, failed: 0, removed: 0 };
  const fail = (message: string) => {
    counts.failed++;
    process.stderr.write(`build-articles: error: ${message}\n`);
  };
  const version = options.generatorVersion ?? withAnalysisData(generatorVersion(REPO));
  const correctionsDir = join(dirname(options.sources), 'corrections');
  const warn = (record: CorrectionsRecord, file: string) => {
    for (const entry of record.stale) {
      process.stderr.write(`build-articles: warning: ${file}: correction ${entry.index + 1} (“${entry.note}”) no longer fits the text and was not applied: ${entry.problem}\n`);
    }
  };
  const bySlug = new Map<string, string[]>();
  for (const name of readdirSync(options.sources).sort()) {
    const path = join(options.sources, name);
    if (name.startsWith('.') || !SOURCE_EXTENSIONS.has(extname(name)) || !statSync(path).isFile()) continue;
    const slug = name.slice(0, -extname(name).length);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  }
  mkdirSync(options.out, { recursive: true });

  for (const [slug, paths] of bySlug) {
    if (paths.length > 1) {
      for (const path of paths) {
        const others = paths.filter((other) => other !== path).map(display).join(', ');
        fail(`${display(path)}: its slug "${slug}" is also the slug of ${others}; rename one so that each article has its own page`);
      }
      continue;
    }
    const path = paths[0];
    if (!SLUG.test(slug)) {
      fail(`${display(path)}: the file name gives the slug "${slug}", which is not a URL slug (lowercase letters, digits and single hyphens)`);
      continue;
    }
    const target = join(options.out, `${slug}.md`);
    try {
      const source = readSource(path, { require: ['title', 'outlet', 'url', 'published'] });
      for (const warning of source.warnings) {
        process.stderr.write(`build-articles: warning: ${display(path)}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.problem}\n`);
      }
      const existing = existsSync(target) ? readArticleHeader(target) : null;
      if (existsSync(target) && existing?.generator !== GENERATOR) {
        fail(`${display(target)}: exists but was not written by this build (no "generator: ${GENERATOR}" in its front matter); move it away to build ${display(path)}`);
        continue;
      }
      const sourcePath = display(path);
      const corrections = readCorrections(correctionsDir, slug, display);
      const appliedBefore = existing?.corrections as CorrectionsRecord | undefined;
      if (!options.force && existing && isCurrent(existing, source, sourcePath, version) && (appliedBefore?.hash ?? null) === (corrections?.hash ?? null)) {
        counts.unchanged++;
        process.stdout.write(`unchanged  ${sourcePath}\n`);
        if (corrections && appliedBefore) warn(appliedBefore, corrections.path);
        continue;
      }
      const machine = annotate(source.body, source.facts);
      // After annotation and before writing: the annotate CLI and the eval keep the machine's own output.
      const corrected = corrections ? applyCorrections(source.body, machine, corrections) : null;
      if (corrected) warn(corrected.record, corrections!.path);
      const result = corrected?.result ?? machine;
      writeFileAtomic(target, toArticleMarkdown(source.body, source.facts, result, { slug, source: sourcePath, generatorVersion: version }));
      counts.annotated++;
      const edits = corrected ? `, ${corrected.record.applied} corrections${corrected.record.stale.length ? `, ${corrected.record.stale.length} not applied` : ''}` : '';
      process.stdout.write(`annotated  ${sourcePath} -> ${display(target)} (${result.statements.length} statements, ${result.claims.length} claims${edits})\n`);
    } catch (error) {
      if (error instanceof CorrectionsFileError) fail(error.message);
      else if (error instanceof SourceError) fail(`${display(error.file)}${error.line === undefined ? '' : `:${error.line}`}: ${error.problem}`);
      else fail(`${display(path)}: annotation failed: ${(error as Error).stack ?? error}`);
    }
  }

  for (const name of readdirSync(options.out).sort()) {
    const path = join(options.out, name);
    // Left by a build that was killed between writing and renaming.
    if (TEMP_FILE.test(name)) {
      rmSync(path, { force: true });
      continue;
    }
    if (extname(name) !== '.md' || bySlug.has(name.slice(0, -3))) continue;
    if (readArticleHeader(path)?.generator !== GENERATOR) continue;
    rmSync(path);
    counts.removed++;
    process.stdout.write(`removed    ${display(path)} (its source is gone)\n`);
  }

  reportNewSpeakers(options);
  process.stdout.write(`${counts.annotated} annotated, ${counts.unchanged} unchanged, ${counts.failed} failed, ${counts.removed} removed\n`);
  return options.strict && counts.failed > 0 ? 1 : 0;
}

/** Lists the speakers of every article on disk that the registry does not know, and prints a summary. */
function reportNewSpeakers(options: BuildOptions): void {
  const articles = readdirSync(options.out)
    .filter((name) => extname(name) === '.md')
    .sort()
    .flatMap((name) => {
      const header = readArticleHeader(join(options.out, name));
      return header?.generator === GENERATOR ? [{ slug: String(header.slug), speakers: (header.speakers ?? []) as Speaker[] }] : [];
    });
  const speakers = findNewSpeakers(articles);
  const defaultOut = resolve(join(REPO, 'content', 'articles'));
  const dir = options.reports ?? (options.out === defaultOut ? join(REPO, 'reports') : join(dirname(options.out), 'reports'));
  const file = join(dir, 'new-speakers.json');
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(file, `${JSON.stringify({ speakers }, null, 2)}\n`);
  process.stdout.write(`${newSpeakersSummary(speakers, display(file))}\n`);
}

/** True when the article on disk was made from this very source by this very annotator. */
function isCurrent(header: Record<string, unknown>, source: Source, sourcePath: string, version: string): boolean {
  if (header.generatorVersion !== version || header.sourceHash !== sourceHash(source.body)) return false;
  if (header.slug !== source.slug || header.source !== sourcePath) return false;
  return FACT_KEYS.every((key) => (header[key] ?? '') === (key === 'language' ? (source.facts.language ?? 'en') : (source.facts[key] ?? '')));
}

process.exitCode = main(process.argv.slice(2));
