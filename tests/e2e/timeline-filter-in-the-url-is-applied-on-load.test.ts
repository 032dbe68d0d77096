import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, fixtureStatements, openPage } from './browser.ts';

describe('timeline filter in the URL is applied on load', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('speaker, period and lanes from the address', async () => {
    const page = await openPage(browser, '/timeline/?from=2022-10-20&to=2022-10-31&speaker=wang-wenbin&lanes=speaker');
    await page.locator('#timeline[data-ready]').waitFor();
    const wang = fixtureStatements().filter((s) => s.speaker.id === 'wang-wenbin' && s.date).map((s) => s.id).sort();
    const marks = await page.locator('svg [data-statement-id]').evaluateAll((m) => m.map((e) => e.getAttribute('data-statement-id')));
    expect(marks.sort()).toEqual(wang);
    // Wang Wenbin took part in the briefing; Putin's Valdai meeting is filtered out.
    expect(await page.locator('svg [data-event-id]').evaluateAll((m) => m.map((e) => e.getAttribute('data-event-id')))).toEqual(['e-de10ac8275']);
    await expect(page.locator('#tc-speaker').inputValue()).resolves.toBe('wang-wenbin');
    await expect(page.locator('input[name="lanes"][value="speaker"]').isChecked()).resolves.toBe(true);
    expect(await page.locator('svg.timeline-chart').getAttribute('data-from')).toBe('2022-10-20');
    expect(await page.locator('svg.timeline-chart').getAttribute('data-to')).toBe('2022-10-31');
    expect(await page.locator('.tl-lane-label').allTextContents()).toEqual(['Events', 'Wang Wenbin']);
    // The table hides the rows the filter leaves out.
    expect(await page.locator('#timeline-table tbody tr[data-statement-id]:visible').count()).toBe(wang.length);

    // Changing a filter writes it back.
    await page.selectOption('#tc-kind', 'direct');
    await page.waitForFunction(() => {
      const params = new URLSearchParams(location.search);
      return params.get('kind') === 'direct' && params.get('speaker') === 'wang-wenbin' && params.get('from') === '2022-10-20';
    });
    await page.context().close();
  });
});
