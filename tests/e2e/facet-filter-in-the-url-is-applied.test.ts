import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage } from './browser.ts';

describe('facet filter in the URL is applied', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('speaker filter narrows the query and shows as checked', async () => {
    const page = await openPage(browser, '/search/?q=unprecedented&speaker=Vladimir+Putin');
    await page.locator('#search-results > li').first().waitFor();
    const texts = await page.locator('#search-results > li').allInnerTexts();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Vladimir Putin');
    await expect(page.locator('input[name="speaker"][value="Vladimir Putin"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('unprecedented');
    await page.context().close();
  });

  test('filters without words browse, sorted by date, and changes are written back to the URL', async () => {
    const page = await openPage(browser, '/search/?kind=direct&sort=date-asc');
    await page.locator('#search-results > li').first().waitFor();
    const texts = await page.locator('#search-results > li').allInnerTexts();
    // Li Zhanshu's direct quote and Wang Wenbin's two, all direct.
    expect(texts).toHaveLength(3);
    await page.check('input[name="country"][value="China"]');
    await page.waitForURL(/country=China/);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['direct']);
    await page.uncheck('input[name="kind"][value="direct"]');
    await page.waitForURL((url) => !url.searchParams.has('kind'));
    await page.context().close();
  });
});
