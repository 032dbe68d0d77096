import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage, siteUrl } from './browser.ts';

describe('timeline marks get their words from the period files', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the page loads the marks without words, then the words of the periods in view, and every mark says its quote', async () => {
    const statements = (await (await fetch(siteUrl('/data/statements.json'))).json()) as Array<{ id: string; text: string; date: unknown }>;
    const marks = await (await fetch(siteUrl('/data/timeline/marks.json'))).text();
    for (const s of statements) expect(marks).not.toContain(s.text);

    const page = await openPage(browser, '/timeline/');
    const loaded: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/data/')) loaded.push(path);
    });
    await page.reload();
    await page.locator('#timeline[data-ready]').waitFor();
    // A reload may take the marks from the memory cache without a request event: ask only that nothing else was loaded.
    const words = loaded.filter((path) => path !== '/data/timeline/marks.json');
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((path) => /^\/data\/timeline\/words\/\d{4}(-\d{2})?\.json$/.test(path))).toBe(true);

    const labels = await page.locator('svg a.tl-mark[data-statement-id]').evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('data-statement-id')!, node.getAttribute('aria-label')!] as const),
    );
    const byId = new Map(statements.map((s) => [s.id, s.text]));
    expect(labels.length).toBe(statements.filter((s) => s.date !== null).length);
    for (const [id, label] of labels) expect(label.endsWith(`: ${byId.get(id)}`)).toBe(true);

    await page.locator('svg a.tl-mark[data-statement-id]').first().focus();
    const quote = await page.locator('#timeline-tooltip q').innerText();
    expect(byId.get((await page.locator('svg a.tl-mark[data-statement-id]').first().getAttribute('data-statement-id'))!)).toContain(quote.replace(/…$/, ''));
    await page.context().close();
  });
});
