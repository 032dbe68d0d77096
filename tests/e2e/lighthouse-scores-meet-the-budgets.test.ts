/**
 * Lighthouse, driving Debian's Chromium, on one page of each kind a reader lands on. Lighthouse's
 * own defaults apply (a throttled phone), so the figures match what anyone running it would see.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, SITE_DIR } from './paths.ts';
import { fixtureArticles, siteUrl } from './browser.ts';

export const LIGHTHOUSE_BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

const article = fixtureArticles()[0]!;
const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/articles/${article.slug}/` },
  { name: 'search', path: '/search/?q=unprecedented' },
  // The timeline page is checked once the site has one.
  ...(existsSync(join(SITE_DIR, 'timeline', 'index.html')) ? [{ name: 'timeline', path: '/timeline/' }] : []),
];

describe('Lighthouse scores meet the budgets', () => {
  let chrome: chromeLauncher.LaunchedChrome;
  beforeAll(async () => {
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await chrome?.kill();
  });

  for (const { name, path } of pages) {
    // One retry: the first audit after the browser starts can fail to paint at all (performance 0, no CLS measured).
    test(`the ${name} page scores at least ${Object.values(LIGHTHOUSE_BUDGETS).join('/')} and shifts no layout`, { timeout: 60_000, retry: 1 }, async () => {
      const result = await lighthouse(siteUrl(path), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(LIGHTHOUSE_BUDGETS),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(Object.keys(LIGHTHOUSE_BUDGETS).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)]));
      // Name the failing audits, so that a red run says what to fix.
      const failing = Object.values(categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]!))
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
      console.log(`lighthouse ${name} ${path}: ${JSON.stringify(scores)}, CLS ${audits['cumulative-layout-shift']?.numericValue}${failing.length ? `; below full marks: ${failing.join(', ')}` : ''}`);
      for (const [key, minimum] of Object.entries(LIGHTHOUSE_BUDGETS)) expect(scores[key], `${key}: ${failing.join(', ')}`).toBeGreaterThanOrEqual(minimum);
      expect(audits['cumulative-layout-shift']?.numericValue).toBe(0);
    });
  }
});
