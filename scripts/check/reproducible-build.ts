/**
 * `node scripts/check/reproducible-build.ts [--sources <dir> | --articles <dir>]`
 *
 * Builds the same content twice, each time from scratch into its own temporary directory (articles,
 * Astro cache, site), and fails unless the two results are byte for byte the same: same files, same
 * ids, same order, same dates. With `--sources` (default `content/sources`) the annotation is part of
 * what is compared; with `--articles` only the site build is.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildArticles, buildSite, REPO } from './build-site.ts';

export interface TreeDifference {
  path: string;
  problem: string;
}

/** SHA-256 of every file under `dir`, by path relative to it with forward slashes. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    hashes.set(relative(dir, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

/** How two trees differ: files only in one, and files whose bytes differ (with where they first do). */
export function compareTrees(a: string, b: string): TreeDifference[] {
  const left = hashTree(a);
  const right = hashTree(b);
  const differences: TreeDifference[] = [];
  for (const path of [...new Set([...left.keys(), ...right.keys()])].sort()) {
    if (!right.has(path)) differences.push({ path, problem: 'only in the first build' });
    else if (!left.has(path)) differences.push({ path, problem: 'only in the second build' });
    else if (left.get(path) !== right.get(path)) differences.push({ path, problem: firstDifference(readFileSync(join(a, path)), readFileSync(join(b, path))) });
  }
  return differences;
}

function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, i - 30), i + 30).toString('utf8'));
  return `differs from byte ${i}: ${around(a)} vs ${around(b)}`;
}

export interface ReproducibilityOptions {
  sources?: string;
  articles?: string;
}

/** Builds twice and compares; the temporary directories are removed afterwards. */
export function checkReproducible(options: ReproducibilityOptions): TreeDifference[] {
  // Inside the project: Astro bundles the pages of a build whose output lies outside the project in
  // the project's own `.astro/`, where two such builds at once would overwrite each other's code.
  mkdirSync(join(REPO, '.cache', 'tmp'), { recursive: true });
  const work = mkdtempSync(join(REPO, '.cache', 'tmp', 'reproducible-'));
  try {
    const builds = ['first', 'second'].map((name) => {
      const dir = join(work, name);
      let articles = options.articles ? resolve(options.articles) : join(dir, 'articles');
      if (!options.articles) buildArticles(resolve(options.sources ?? join(REPO, 'content', 'sources')), articles);
      buildSite(articles, join(dir, 'dist'), join(dir, 'cache'));
      return { dir, articles };
    });
    const differences = options.articles ? [] : compareTrees(builds[0].articles, builds[1].articles).map((d) => ({ ...d, path: `articles/${d.path}` }));
    return [...differences, ...compareTrees(join(builds[0].dir, 'dist'), join(builds[1].dir, 'dist')).map((d) => ({ ...d, path: `dist/${d.path}` }))];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const options: ReproducibilityOptions = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--sources' || args[i] === '--articles') options[args[i] === '--sources' ? 'sources' : 'articles'] = args[++i];
    else {
      process.stderr.write(`reproducible-build: unknown argument ${args[i]}\nusage: node scripts/check/reproducible-build.ts [--sources <dir> | --articles <dir>]\n`);
      process.exit(2);
    }
  }
  const differences = checkReproducible(options);
  for (const d of differences) process.stderr.write(`reproducible-build: ${d.path}: ${d.problem}\n`);
  process.stdout.write(`reproducible-build: ${differences.length ? `${differences.length} files differ between two builds` : 'two builds are byte-identical'}\n`);
  process.exitCode = differences.length ? 1 : 0;
}
