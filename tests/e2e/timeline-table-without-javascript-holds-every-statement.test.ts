import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, fixtureArticles, fixtureStatements, siteUrl } from './browser.ts';

describe('timeline table without JavaScript holds every statement', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('every statement and event in date order; the chart controls stay hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(siteUrl('/timeline/'));
    const rows = page.locator('#timeline-table tbody tr');
    const ids = await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-statement-id') ?? row.getAttribute('data-event-id')));
    const statements = fixtureStatements().map((s) => s.id);
    const events = fixtureArticles().flatMap((a) => (a.events ?? []).map((e) => e.id));
    expect(ids.filter((id) => id!.startsWith('s-')).sort()).toEqual([...statements].sort());
    expect(ids.filter((id) => id!.startsWith('e-')).sort()).toEqual([...events].sort());
    const dates = await page.locator('#timeline-table tbody tr .tt-date').allInnerTexts();
    const days = dates.map((d) => (d.startsWith('week of ') ? Date.parse(d.slice(8)) : Date.parse(d.length <= 14 && !/\d{1,2} /.test(d) ? `1 ${d}` : d)));
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    await expect(page.locator('#timeline').isVisible()).resolves.toBe(false);
    // The table is the chart's long description.
    expect(await page.locator('#timeline-table caption').getAttribute('id')).toBe('timeline-table-caption');
    await context.close();
  });
});
