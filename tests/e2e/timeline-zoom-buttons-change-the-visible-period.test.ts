import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, openPage, siteUrl } from './browser.ts';

async function period(page: Page) {
  return page.locator('svg.timeline-chart').evaluate((svg) => [svg.getAttribute('data-from')!, svg.getAttribute('data-to')!]);
}

const days = ([from, to]: string[]) => (Date.parse(to!) - Date.parse(from!)) / 86_400_000;

describe('timeline zoom buttons change the visible period', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('zoom in narrows it, earlier moves it back, show all restores it, and the URL follows', async () => {
    // With reduced motion each press moves the view at once, so every reading is a final one.
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl('/timeline/'));
    await page.locator('#timeline[data-ready]').waitFor();
    const whole = await period(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await period(page);
    expect(zoomed).not.toEqual(whole);
    expect(days(zoomed)).toBeLessThan(days(whole) * 0.75);
    await page.waitForFunction((from) => new URLSearchParams(location.search).get('from') === from, zoomed[0]);
    await page.getByRole('button', { name: 'Earlier' }).click();
    expect((await period(page))[0]! < zoomed[0]!).toBe(true);
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForFunction(([from, to]) => {
      const svg = document.querySelector('svg.timeline-chart')!;
      return svg.getAttribute('data-from') === from && svg.getAttribute('data-to') === to;
    }, whole);
    expect(await period(page)).toEqual(whole);
    await page.context().close();
  });

  test('the keyboard zooms too, and the wheel', async () => {
    const page = await openPage(browser, '/timeline/');
    await page.locator('#timeline[data-ready]').waitFor();
    const whole = await period(page);
    await page.locator('svg a.tl-mark').first().focus();
    await page.keyboard.press('+');
    await page.waitForFunction((w) => document.querySelector('svg.timeline-chart')!.getAttribute('data-from') !== w, whole[0]);
    const keyed = await period(page);
    expect(days(keyed)).toBeLessThan(days(whole));
    const box = (await page.locator('svg.timeline-chart').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((k) => document.querySelector('svg.timeline-chart')!.getAttribute('data-from') !== k, keyed[0]);
    expect(days(await period(page))).toBeLessThan(days(keyed));
    await page.context().close();
  });
});
