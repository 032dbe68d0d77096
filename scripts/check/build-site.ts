/**
 * Builds the site the way `npm run build` does, but from any directory of sources or articles into
 * any output directory, with its own Astro cache: the checks build throwaway copies without touching
 * `content/articles/` or `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
const NODE = existsSync(join(REPO, 'node_modules', '.bin', 'node')) ? join(REPO, 'node_modules', '.bin', 'node') : process.execPath;

function run(args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(NODE, args, { cwd: REPO, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.map((a) => a.replace(REPO, '.')).join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

/**
 * Annotates `sources` into `articles` from scratch. The annotator's version is fixed, so that two
 * builds compare the content and not the moment someone edited the pipeline.
 */
export function buildArticles(sources: string, articles: string): string {
  return run([join(REPO, 'scripts', 'build-articles.ts'), '--sources', sources, '--out', articles, '--force', '--strict', '--generator-version', 'checked-build']);
}

/** `astro build` of the articles in `articles` into `out`, Pagefind index included. */
export function buildSite(articles: string, out: string, cache: string): string {
  return run([join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    READOUT_ARTICLES_DIR: resolve(articles),
    READOUT_OUT_DIR: resolve(out),
    READOUT_CACHE_DIR: resolve(cache),
  });
}
