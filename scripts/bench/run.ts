/**
 * `npm run bench [-- --full] [--sizes 10,100] [--seed <n>] [--no-search]`
 *
 * Builds synthetic corpora of 10, 100 and 1,000 articles (and 10,000 with `--full`) through the
 * whole pipeline in `.cache/bench/`, and prints per stage how long it took and how much memory its
 * largest process held: annotation, the Astro build and the Pagefind index (which is fed while the
 * pages render; what the bench reports is the time it adds after the last page).
 * For each size it also measures the incremental case (one source changed: only it is annotated
 * again) and a plain baseline (the same articles, un-annotated, as markdown pages of a bare Astro
 * project), reported as our overhead. On the largest corpus of at most 1,000 articles it measures
 * search latency in Chromium. The figures go to `reports/bench.json` too.
 *
 * A benchmark, not a test: it fails only when a stage fails. Figures are wall-clock times on a
 * shared machine and vary from run to run.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateCorpus } from '../synthetic/generate-corpus.ts';
import { serveStatic } from '../../tests/e2e/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/paths.ts';

const REPO = resolve(import.meta.dirname, '../..');
const WORK = join(REPO, '.cache', 'bench');
const NODE = existsSync(join(REPO, 'node_modules/.bin/node')) ? join(REPO, 'node_modules/.bin/node') : process.execPath;
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
// GNU time reports the peak resident memory of a process and of the children it waited for (Pagefind
// runs as a child of the Astro build).
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** What `npm run build:site` gives Astro: a larger young generation spends less time collecting garbage, and a
 * heap of 12 GiB holds the 10,000-article site. */
const SITE_BUILD_NODE_OPTIONS = '--max-semi-space-size=64 --max-old-space-size=12288';

/** Targets from the performance issue; printed next to the figures. */
export const TARGETS = { annotatePerSecond: 200, fullBuild1kSeconds: 60, scale10kOver1k: 12, searchMs: 150 };

interface Options {
  sizes: number[];
  seed: number;
  search: boolean;
}

function parseArguments(args: readonly string[]): Options {
  const options: Options = { sizes: [10, 100, 1_000], seed: 1, search: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--full') options.sizes = [10, 100, 1_000, 10_000];
    else if (arg === '--sizes') options.sizes = (args[++i] ?? '').split(',').map(Number);
    else if (arg === '--seed') options.seed = Number(args[++i]);
    else if (arg === '--no-search') options.search = false;
    else throw new Error(`unknown argument ${arg}; usage: npm run bench -- [--full] [--sizes 10,100] [--seed <n>] [--no-search]`);
  }
  if (!options.sizes.length || options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes positive whole numbers');
  return options;
}

interface Run {
  seconds: number;
  peakMiB: number | null;
  stdout: string;
}

/** Runs a Node script to completion, timing it and taking its peak memory; throws when it fails. */
function run(script: string, args: string[], env: Record<string, string> = {}): Run {
  const command = TIME ?? NODE;
  const commandArgs = TIME ? ['-f', 'bench-peak-rss-kb %M', NODE, script, ...args] : [script, ...args];
  const started = performance.now();
  const result = spawnSync(command, commandArgs, {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  const kb = /bench-peak-rss-kb (\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMiB: kb ? Number(kb) / 1024 : null, stdout: result.stdout };
}

function annotatedCounts(stdout: string): { annotated: number; unchanged: number; failed: number } {
  const m = /(\d+) annotated, (\d+) unchanged, (\d+) failed/.exec(stdout);
  if (!m) throw new Error(`build-articles printed no summary:\n${stdout.slice(-2000)}`);
  return { annotated: Number(m[1]), unchanged: Number(m[2]), failed: Number(m[3]) };
}

function countFiles(dir: string, suffix: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(suffix)) n++;
  return n;
}

function directoryBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  return bytes;
}

/** The largest HTML page of a built site: no page may grow with the corpus. */
function largestPage(dir: string): { path: string; KiB: number } {
  let best = { path: '', bytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    if (bytes > best.bytes) best = { path: path.slice(dir.length).replace(/index\.html$/, ''), bytes };
  }
  return { path: best.path, KiB: best.bytes / 1024 };
}

/** What the timeline chart loads: its marks first, then one words file per period it shows. */
function timelineData(dir: string): { marksKiB: number; marksGzipKiB: number; largestWordsKiB: number; wordsFiles: number } {
  const marks = readFileSync(join(dir, 'data', 'timeline', 'marks.json'));
  const wordsDir = join(dir, 'data', 'timeline', 'words');
  const words = existsSync(wordsDir) ? readdirSync(wordsDir).map((name) => statSync(join(wordsDir, name)).size) : [];
  return { marksKiB: marks.length / 1024, marksGzipKiB: gzipSync(marks).length / 1024, largestWordsKiB: Math.max(0, ...words) / 1024, wordsFiles: words.length };
}

export interface SizeResult {
  articles: number;
  statements: number;
  pages: number;
  annotate: { seconds: number; perArticleMs: number; articlesPerSecond: number; peakMiB: number | null };
  astro: { seconds: number; perPageMs: number; peakMiB: number | null };
  pagefind: { seconds: number; pages: number; indexMiB: number };
  fullBuildSeconds: number;
  incremental: { annotated: number; unchanged: number; seconds: number };
  baseline: { seconds: number; pages: number; overhead: number };
  largestPage: { path: string; KiB: number };
  timeline: { marksKiB: number; marksGzipKiB: number; largestWordsKiB: number; wordsFiles: number };
}

/** A bare Astro project (no integrations, no annotation) with one markdown page per source. */
function buildBaseline(sources: string, dir: string): { seconds: number; pages: number } {
  rmSync(dir, { recursive: true, force: true });
  const pages = join(dir, 'src', 'pages', 'articles');
  mkdirSync(pages, { recursive: true });
  cpSync(sources, pages, { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  const result = run(ASTRO, ['build', '--root', dir]);
  return { seconds: result.seconds, pages: countFiles(join(dir, 'dist'), '.html') };
}

function benchSize(n: number, seed: number): SizeResult {
  const dir = join(WORK, String(n));
  rmSync(dir, { recursive: true, force: true });
  const sources = join(dir, 'sources');
  const articles = join(dir, 'articles');
  const dist = join(dir, 'dist');
  const slugs = generateCorpus(n, sources, seed);

  // A fixed annotator version: the pipeline's own version hashes its code, which may change while a
  // long run is under way, and would then re-annotate everything in the incremental step.
  const annotateArgs = ['--sources', sources, '--out', articles, '--strict', '--generator-version', 'bench'];
  const annotate = run('scripts/build-articles.ts', annotateArgs);
  const counts = annotatedCounts(annotate.stdout);
  if (counts.annotated !== n) throw new Error(`expected ${n} articles annotated, got ${counts.annotated}`);
  const statements = [...annotate.stdout.matchAll(/\((\d+) statements/g)].reduce((sum, m) => sum + Number(m[1]), 0);

  // A cold build: no content-layer cache from an earlier run.
  const astro = run(ASTRO, ['build'], { READOUT_ARTICLES_DIR: articles, READOUT_OUT_DIR: dist, READOUT_CACHE_DIR: join(dir, 'astro-cache'), NODE_OPTIONS: SITE_BUILD_NODE_OPTIONS });
  const indexed = /indexed (\d+) statement pages in ([\d.]+) s/.exec(astro.stdout);
  if (!indexed) throw new Error(`the build did not report its Pagefind index:\n${astro.stdout.slice(-2000)}`);
  const pagefindSeconds = Number(indexed[2]);
  const pages = countFiles(dist, '.html');

  // One source edited: the content hash cache must re-annotate it alone.
  appendFileSync(join(sources, `${slugs[Math.floor(n / 2)]}.md`), '\nThe talks will continue next week, a spokesperson said on Friday.\n');
  const second = run('scripts/build-articles.ts', annotateArgs);
  const incremental = annotatedCounts(second.stdout);

  const fullBuildSeconds = annotate.seconds + astro.seconds;
  const baseline = buildBaseline(sources, join(dir, 'baseline'));
  const renderSeconds = astro.seconds - pagefindSeconds;
  return {
    articles: n,
    statements,
    pages,
    annotate: { seconds: annotate.seconds, perArticleMs: (annotate.seconds * 1000) / n, articlesPerSecond: n / annotate.seconds, peakMiB: annotate.peakMiB },
    astro: { seconds: renderSeconds, perPageMs: (renderSeconds * 1000) / pages, peakMiB: astro.peakMiB },
    pagefind: { seconds: pagefindSeconds, pages: Number(indexed[1]), indexMiB: directoryBytes(join(dist, 'pagefind')) / 1024 / 1024 },
    fullBuildSeconds,
    incremental: { ...incremental, seconds: second.seconds },
    baseline: { ...baseline, overhead: fullBuildSeconds / baseline.seconds },
    largestPage: largestPage(dist),
    timeline: timelineData(dist),
  };
}

export interface SearchLatency {
  articles: number;
  query: string;
  firstMs: number;
  warmMs: number[];
  warmMedianMs: number;
  /** Pagefind's transfers until the first results show. */
  firstSearchKiB: number;
  /** The same once the facet counts are up to date too. */
  firstSearchWithCountsKiB: number;
}

/**
 * Times the search page from the last keystroke (Enter, since the form searches on submit) to the
 * first result in the list: once cold (Pagefind's script, WebAssembly and index fragments load)
 * and then for further queries on the same page.
 */
export async function searchLatency(dist: string, articles: number): Promise<SearchLatency> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Each Pagefind response, in the order they arrive, with its size as a host would send it.
    const transfers: Promise<number>[] = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      transfers.push(
        Promise.all([response.body(), response.request().sizes()]).then(
          // A file served from the browser's cache crosses no network. Pagefind's index files are
          // gzipped already; its script and JSON would be gzipped by a host.
          ([body, sizes]) => (sizes.responseBodySize < 0 ? 0 : body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length),
          () => 0,
        ),
      );
    });
    const sum = async (list: Promise<number>[]) => (await Promise.all(list)).reduce((a, b) => a + b, 0);
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    const timeQuery = async (query: string): Promise<number> => {
      // The last search is over (its results and counts are in) before the next one is typed.
      await page.waitForSelector('.facets[aria-busy="false"]');
      await page.fill('#search-q', query);
      await page.evaluate(() => {
        const w = window as unknown as { benchKey?: number; benchDone?: Promise<number> };
        const list = document.querySelector('#search-results')!;
        list.replaceChildren();
        w.benchDone = new Promise<number>((done) => {
          new MutationObserver((_, observer) => {
            if (list.children.length) {
              observer.disconnect();
              done(performance.now());
            }
          }).observe(list, { childList: true });
        });
        document.querySelector('#search-q')!.addEventListener('keydown', () => (w.benchKey = performance.now()), { once: true });
      });
      await page.press('#search-q', 'Enter');
      return page.evaluate(async () => {
        const w = window as unknown as { benchKey: number; benchDone: Promise<number> };
        return (await w.benchDone) - w.benchKey;
      });
    };
    const firstMs = await timeQuery('unprecedented');
    // What the first results needed; the facet counts load after them.
    const firstSearchKiB = (await sum(transfers.slice())) / 1024;
    await page.waitForSelector('.facets[aria-busy="false"]');
    await page.waitForLoadState('networkidle');
    const firstSearchWithCountsKiB = (await sum(transfers.slice())) / 1024;
    const warmMs: number[] = [];
    for (const query of ['dialogue', 'tariffs', 'rail corridor', 'fisheries dispute', 'partner', 'promises', 'confrontation']) warmMs.push(await timeQuery(query));
    const sorted = [...warmMs].sort((a, b) => a - b);
    return { articles, query: 'unprecedented', firstMs, warmMs, warmMedianMs: sorted[Math.floor(sorted.length / 2)]!, firstSearchKiB, firstSearchWithCountsKiB };
  } finally {
    await browser.close();
    await server.close();
  }
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);
const mib = (value: number | null) => (value === null ? 'n/a' : `${fmt(value, 0)} MiB`);

export function formatTable(results: SizeResult[]): string {
  const header = ['articles', 'statements', 'pages', 'annotate s', 'ms/article', 'articles/s', 'annotate peak', 'astro s', 'ms/page', 'pagefind after render s', 'build peak', 'full build s', 'incremental', 'baseline s', 'overhead', 'largest page', 'timeline marks (gzip)', 'largest words file'];
  const rows = results.map((r) => [
    String(r.articles),
    String(r.statements),
    String(r.pages),
    fmt(r.annotate.seconds),
    fmt(r.annotate.perArticleMs),
    fmt(r.annotate.articlesPerSecond, 0),
    mib(r.annotate.peakMiB),
    fmt(r.astro.seconds),
    fmt(r.astro.perPageMs, 2),
    fmt(r.pagefind.seconds),
    mib(r.astro.peakMiB),
    fmt(r.fullBuildSeconds),
    `${r.incremental.annotated} re-annotated, ${r.incremental.unchanged} unchanged (${fmt(r.incremental.seconds)} s)`,
    fmt(r.baseline.seconds),
    `${fmt(r.baseline.overhead)}×`,
    `${fmt(r.largestPage.KiB, 0)} KiB ${r.largestPage.path}`,
    `${fmt(r.timeline.marksKiB, 0)} KiB (${fmt(r.timeline.marksGzipKiB, 0)} KiB)`,
    `${fmt(r.timeline.largestWordsKiB, 0)} KiB of ${r.timeline.wordsFiles}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function verdicts(results: SizeResult[], search: SearchLatency | null): string[] {
  const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
  const lines: string[] = [];
  const largest = results.at(-1)!;
  lines.push(`${mark(largest.annotate.articlesPerSecond >= TARGETS.annotatePerSecond)} annotation ≥ ${TARGETS.annotatePerSecond} articles/s: ${fmt(largest.annotate.articlesPerSecond, 0)} articles/s at ${largest.articles} articles`);
  const k1 = results.find((r) => r.articles === 1_000);
  if (k1) lines.push(`${mark(k1.fullBuildSeconds < TARGETS.fullBuild1kSeconds)} full build of 1,000 articles < ${TARGETS.fullBuild1kSeconds} s: ${fmt(k1.fullBuildSeconds)} s`);
  const k10 = results.find((r) => r.articles === 10_000);
  if (k1 && k10) {
    const ratio = k10.fullBuildSeconds / k1.fullBuildSeconds;
    lines.push(`${mark(ratio <= TARGETS.scale10kOver1k)} 10,000-article build ≤ ${TARGETS.scale10kOver1k}× the 1,000-article build: ${fmt(ratio)}×`);
  }
  for (const r of results) {
    const ok = r.incremental.annotated === 1 && r.incremental.unchanged === r.articles - 1;
    lines.push(`${mark(ok)} incremental at ${r.articles}: one changed source re-annotates only it (${r.incremental.annotated} annotated, ${r.incremental.unchanged} unchanged)`);
  }
  if (search) {
    lines.push(`${mark(search.warmMedianMs <= TARGETS.searchMs)} search, first results ≤ ${TARGETS.searchMs} ms after the last keystroke (${search.articles} articles): median ${fmt(search.warmMedianMs, 0)} ms over ${search.warmMs.length} queries; the very first search, which loads Pagefind, ${fmt(search.firstMs, 0)} ms and ${fmt(search.firstSearchKiB)} KiB (${fmt(search.firstSearchWithCountsKiB)} KiB with the facet counts)`);
  }
  return lines;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  console.log(`bench: ${options.sizes.join(', ')} synthetic articles (seed ${options.seed}) on ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.versions.node} for the build.`);
  console.log('bench: wall-clock figures on a shared machine; other work running at the same time makes them vary between runs.');
  const results: SizeResult[] = [];
  for (const n of options.sizes) {
    process.stdout.write(`bench: ${n} articles… `);
    const result = benchSize(n, options.seed);
    results.push(result);
    console.log(`full build ${fmt(result.fullBuildSeconds)} s`);
  }
  let search: SearchLatency | null = null;
  const searchSize = [...options.sizes].filter((n) => n <= 1_000).sort((a, b) => b - a)[0];
  if (options.search && searchSize !== undefined) {
    if (!existsSync(CHROMIUM_PATH)) console.log(`bench: ${CHROMIUM_PATH} is missing; search latency not measured.`);
    else search = await searchLatency(join(WORK, String(searchSize), 'dist'), searchSize);
  }
  console.log();
  console.log(formatTable(results));
  console.log();
  for (const line of verdicts(results, search)) console.log(line);
  mkdirSync(join(REPO, 'reports'), { recursive: true });
  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node },
    note: 'Wall-clock times on a shared machine; they vary between runs.',
    seed: options.seed,
    targets: TARGETS,
    sizes: results,
    search,
  };
  writeFileSync(join(REPO, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nbench: wrote reports/bench.json');
}

if (import.meta.main) {
  await main().catch((error: unknown) => {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
