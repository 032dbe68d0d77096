import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, siteUrl } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('timeline page is accessible and small', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const phone of [false, true]) {
    test(`axe-core finds nothing and nothing overflows at ${phone ? '375' : '1280'} px, with a mark focused`, async () => {
      // The site's CSP forbids inline scripts; the axe-core injection is the test's, not the page's.
      const context = await browser.newContext({
        bypassCSP: true,
        viewport: phone ? { width: 375, height: 740 } : { width: 1280, height: 900 },
        ...(phone ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      await page.goto(siteUrl('/timeline/'));
      await page.locator('#timeline[data-ready]').waitFor();
      await page.locator('svg a.tl-mark').first().focus();
      const svg = page.locator('svg.timeline-chart');
      expect(await svg.getAttribute('aria-label')).toMatch(/^Timeline of \d+ dated statements/);
      expect(await svg.getAttribute('aria-describedby')).toBe('timeline-table-caption');
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }

  test('the page loads one script, at most 40 KB gzipped', async () => {
    const html = await (await fetch(siteUrl('/timeline/'))).text();
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources).toHaveLength(1);
    const js = Buffer.from(await (await fetch(siteUrl(sources[0]!))).arrayBuffer());
    // Imports of other chunks would escape the count.
    expect(js.toString('utf8')).not.toMatch(/\bimport\s*[("'{*]/);
    expect(gzipSync(js).length).toBeLessThanOrEqual(40 * 1024);
  });
});
