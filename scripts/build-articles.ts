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
 * - The sources are built on worker threads: one per core, but at most 8 and at most one for every
 *   8 sources, so that a small build stays in this thread. `--jobs <n>` sets how many (`--jobs 1`
 *   builds in this thread). Whatever the number, the lines are printed in source order and the
 *   articles are the same.
 *
 * `--generator-version <v>` replaces the annotator's computed version; tests use it so that an edit
 * to the pipeline made while they run does not count as a new annotator.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { GENERATOR } from './annotate/markdown/article-front-matter.ts';
import { withAnalysisData } from './annotate/08-registry/data-digest.ts';
import { findNewSpeakers, newSpeakersSummary } from './annotate/08-registry/new-speakers.ts';
import type { Speaker } from './annotate/types.ts';
import { failure, type BuildJob, type BuildOutcome } from './lib/build-outcome.ts';
import { BuildThreads } from './lib/build-threads.ts';
import { displayPath as display, REPO } from './lib/display-path.ts';
import { generatorVersion } from './lib/generator-version.ts';
import { readArticleHeader } from './lib/read-article-header.ts';
import { TEMP_FILE, writeFileAtomic } from './lib/write-file-atomic.ts';

const USAGE = 'usage: npm run build:articles -- [--sources <dir>] [--out <dir>] [--reports <dir>] [--strict] [--force] [--jobs <n>] [--generator-version <v>]';
const SOURCE_EXTENSIONS = new Set(['.md', '.txt']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Threads used without `--jobs`: one per core, at most this many… */
const MAX_THREADS = 8;
/** …and no more than one for every this many sources, as starting a thread costs about as much as building a few. */
const SOURCES_PER_THREAD = 8;

interface BuildOptions {
  sources: string;
  out: string;
  strict: boolean;
  force: boolean;
  generatorVersion?: string;
  /** How many threads build the sources; by default one per core. */
  jobs?: number;
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
    } else if (arg === '--jobs') {
      const value = args[++i] ?? '';
      if (!/^[0-9]+$/.test(value) || Number(value) < 1) throw new UsageError(`${arg} needs a whole number of threads above zero`);
      options.jobs = Number(value);
    } else if (arg === '--generator-version') {
      const value = args[++i];
      if (!value) throw new UsageError(`${arg} needs a value`);
      options.generatorVersion = value;
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

async function main(args: readonly string[]): Promise<number> {
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
  const version = options.generatorVersion ?? withAnalysisData(generatorVersion(REPO));
  const correctionsDir = join(dirname(options.sources), 'corrections');
  const bySlug = new Map<string, string[]>();
  for (const name of readdirSync(options.sources).sort()) {
    const path = join(options.sources, name);
    if (name.startsWith('.') || !SOURCE_EXTENSIONS.has(extname(name)) || !statSync(path).isFile()) continue;
    const slug = name.slice(0, -extname(name).length);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  }
  mkdirSync(options.out, { recursive: true });

  // One outcome per source, in source order: those refused by name now, the others once built.
  const outcomes: Array<BuildOutcome | undefined> = [];
  const jobs: BuildJob[] = [];
  const jobPlace: number[] = [];
  for (const [slug, paths] of bySlug) {
    if (paths.length > 1) {
      for (const path of paths) {
        const others = paths.filter((other) => other !== path).map(display).join(', ');
        outcomes.push(failure(`${display(path)}: its slug "${slug}" is also the slug of ${others}; rename one so that each article has its own page`));
      }
      continue;
    }
    const path = paths[0];
    if (!SLUG.test(slug)) {
      outcomes.push(failure(`${display(path)}: the file name gives the slug "${slug}", which is not a URL slug (lowercase letters, digits and single hyphens)`));
      continue;
    }
    jobPlace.push(outcomes.length);
    outcomes.push(undefined);
    jobs.push({ slug, path, out: options.out, correctionsDir, version, force: options.force });
  }

  /** Speakers of the articles this build wrote or read, by file name, for the report of new speakers. */
  const speakersOf = new Map<string, { slug: string; speakers: Speaker[] }>();
  let printed = 0;
  const printReady = () => {
    for (; printed < outcomes.length && outcomes[printed]; printed++) {
      const outcome = outcomes[printed]!;
      for (const [stream, text] of outcome.lines) (stream === 1 ? process.stdout : process.stderr).write(text);
      counts[outcome.status]++;
    }
  };
  const done = (index: number, outcome: BuildOutcome) => {
    const job = jobs[index];
    if (outcome.speakers) speakersOf.set(`${job.slug}.md`, { slug: job.slug, speakers: outcome.speakers });
    outcomes[jobPlace[index]] = outcome;
    printReady();
  };
  printReady();
  const threads = Math.min(options.jobs ?? Math.min(availableParallelism(), MAX_THREADS, Math.ceil(jobs.length / SOURCES_PER_THREAD)), jobs.length);
  if (threads > 1) await new BuildThreads(threads).build(jobs, done);
  else if (jobs.length) {
    const { buildSource } = await import('./lib/build-source.ts');
    jobs.forEach((job, index) => done(index, buildSource(job)));
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

  reportNewSpeakers(options, speakersOf);
  process.stdout.write(`${counts.annotated} annotated, ${counts.unchanged} unchanged, ${counts.failed} failed, ${counts.removed} removed\n`);
  return options.strict && counts.failed > 0 ? 1 : 0;
}

/**
 * Lists the speakers of every article on disk that the registry does not know, and prints a summary.
 * The articles this build wrote or read are in `known`; only the others are read.
 */
function reportNewSpeakers(options: BuildOptions, known: ReadonlyMap<string, { slug: string; speakers: Speaker[] }>): void {
  const articles = readdirSync(options.out)
    .filter((name) => extname(name) === '.md')
    .sort()
    .flatMap((name) => {
      const article = known.get(name);
      if (article) return [article];
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

process.exitCode = await main(process.argv.slice(2));
