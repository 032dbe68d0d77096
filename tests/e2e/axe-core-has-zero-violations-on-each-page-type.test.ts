import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, openPage } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

const PAGES = [
  '/',
  '/articles/china-and-russia-reaffirm-deepened-relations/',
  '/statements/s-21e51b78/',
  '/speakers/',
  '/speakers/vladimir-putin/',
  '/search/?q=unprecedented',
  '/about/',
  '/no-such-page/',
];

describe('axe-core has zero violations on each page type', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const path of PAGES) {
    for (const phone of [false, true]) {
      test(`${path} at ${phone ? '375 px' : '1280 px'}`, async () => {
        const page = path === '/no-such-page/' ? await openMissing(browser, path, phone) : await openPage(browser, path, { phone, bypassCSP: true });
        if (path.startsWith('/search/')) await page.locator('#search-results > li').first().waitFor();
        expect(await violations(page)).toEqual([]);
        // Readable at 375 px: nothing pushes the page sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      });
    }
  }
});

async function openMissing(browser: Browser, path: string, phone: boolean): Promise<Page> {
  // axe is injected as a script of its own, which the site's Content-Security-Policy rightly refuses.
  const context = await browser.newContext({ bypassCSP: true, viewport: phone ? { width: 375, height: 740 } : { width: 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(new URL(path, (await import('vitest')).inject('baseUrl')).href);
  expect(response?.status()).toBe(404);
  return page;
}
