/**
 * Runs once before the end-to-end tests: builds the fixture site, serves it on a loopback port and
 * starts a single headless Chromium that every test file connects to.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from './static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIXTURE_ARTICLES, SITE_DIR, CACHE_DIR, HOSTILE_DIR, HOSTILE_SITE_DIR, HOSTILE_SOURCES } from './paths.ts';
import { buildArticles, buildSite } from '../../scripts/check/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    /** The site built through the real pipeline from `tests/fixtures/hostile/sources`. */
    hostileBaseUrl: string;
  }
}

function buildFixtureSite(): void {
  // Astro 7 needs Node >= 22.12; the project pins one in node_modules.
  const pinned = resolve('node_modules/.bin/node');
  const node = existsSync(pinned) ? pinned : process.execPath;
  rmSync(SITE_DIR, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    env: {
      ...process.env,
      READOUT_ARTICLES_DIR: FIXTURE_ARTICLES,
      READOUT_OUT_DIR: SITE_DIR,
      READOUT_CACHE_DIR: CACHE_DIR,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building the fixture site failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`e2e: built the fixture site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The hostile sources go through the whole pipeline (annotation, then the site), so that what
 * reaches the pages is what the annotator and the markdown writer really make of them.
 */
function buildHostileSite(): void {
  rmSync(HOSTILE_DIR, { recursive: true, force: true });
  const started = Date.now();
  buildArticles(HOSTILE_SOURCES, resolve(HOSTILE_DIR, 'articles'));
  buildSite(resolve(HOSTILE_DIR, 'articles'), HOSTILE_SITE_DIR, resolve(HOSTILE_DIR, 'astro'));
  console.log(`e2e: built the hostile site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run \`node scripts/setup-tests.ts\` (as root) first.`);
  }
  if (process.env.READOUT_E2E_REUSE_BUILD !== '1' || !existsSync(resolve(SITE_DIR, 'index.html'))) buildFixtureSite();
  if (process.env.READOUT_E2E_REUSE_BUILD !== '1' || !existsSync(resolve(HOSTILE_SITE_DIR, 'index.html'))) buildHostileSite();
  const server: RunningServer = await serveStatic(SITE_DIR);
  const hostileServer: RunningServer = await serveStatic(HOSTILE_SITE_DIR);
  const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, host: '127.0.0.1' });
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('hostileBaseUrl', hostileServer.url);
  return async () => {
    await browser.close();
    await server.close();
    await hostileServer.close();
  };
}
