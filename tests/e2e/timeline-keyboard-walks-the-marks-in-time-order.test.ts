import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage } from './browser.ts';

describe('timeline keyboard walks the marks in time order', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('Tab reaches one mark; arrows, Home and End move in time order; focus shows the quote; Enter opens it', async () => {
    const page = await openPage(browser, '/timeline/');
    await page.locator('#timeline[data-ready]').waitFor();
    // Only one mark is in the tab order.
    expect(await page.locator('svg a.tl-mark[tabindex="0"]').count()).toBe(1);

    const current = () => page.evaluate(() => {
      const el = document.activeElement!;
      return { id: el.getAttribute('data-statement-id') ?? el.getAttribute('data-event-id'), start: el.getAttribute('data-start') };
    });
    await page.locator('svg a.tl-mark[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const seen = [await current()];
    const total = await page.locator('svg a.tl-mark').count();
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await current());
    }
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    const starts = seen.map((s) => s.start!);
    expect([...starts].sort()).toEqual(starts);
    await page.keyboard.press('ArrowRight');
    expect((await current()).id).toBe(seen.at(-1)!.id);
    await page.keyboard.press('Home');
    expect((await current()).id).toBe(seen[0]!.id);
    await page.keyboard.press('End');
    expect((await current()).id).toBe(seen.at(-1)!.id);
    await page.keyboard.press('ArrowLeft');
    expect((await current()).id).toBe(seen.at(-2)!.id);

    // Focus shows the quote, speaker and date.
    const focused = page.locator('svg a.tl-mark:focus');
    const statementId = await page.locator('svg a[data-statement-id]').first().getAttribute('data-statement-id');
    await page.locator(`svg a[data-statement-id="${statementId}"]`).focus();
    const tip = page.locator('#timeline-tooltip');
    await expect(tip.isVisible()).resolves.toBe(true);
    const label = (await focused.getAttribute('aria-label'))!;
    const tipText = await tip.innerText();
    expect(label).toContain(tipText.split('\n')[0]!);

    await page.keyboard.press('Enter');
    await page.waitForURL(`**/statements/${statementId}/`);
    await page.context().close();
  });
});
