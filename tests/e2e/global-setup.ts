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
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIXTURE_ARTICLES, SITE_DIR, CACHE_DIR } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
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

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run \`node scripts/setup-tests.ts\` (as root) first.`);
  }
  if (process.env.READOUT_E2E_REUSE_BUILD !== '1' || !existsSync(resolve(SITE_DIR, 'index.html'))) buildFixtureSite();
  const server: RunningServer = await serveStatic(SITE_DIR);
  const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, host: '127.0.0.1' });
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
