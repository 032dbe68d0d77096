import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage, siteUrl } from './browser.ts';

describe('search for "unprecedented" returns the matching statements', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('from the header search box to both statements, highlighted, with speaker and date', async () => {
    const page = await openPage(browser, '/about/');
    await page.fill('#site-search', 'unprecedented');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(siteUrl('/search/?q=unprecedented'));
    const results = page.locator('#search-results > li');
    await results.first().waitFor();
    await expect(page.locator('#search-status')).toBeDefined();
    const texts = await results.allInnerTexts();
    expect(texts).toHaveLength(2);
    const joined = texts.join('\n');
    expect(joined).toContain('Vladimir Putin');
    expect(joined).toContain('Li Zhanshu');
    expect(joined).toContain('27 Oct 2022');
    expect(joined).toContain('28 Oct 2022');
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(['unprecedented', 'unprecedented']);
    // Facet counts follow the query, once the filter index has loaded after the results.
    await page.locator('.facets[aria-busy="false"]').waitFor();
    await expect(page.locator('label[for^="f-speaker-"]', { hasText: 'Li Zhanshu' }).innerText()).resolves.toContain('(1)');
    await page.context().close();
  });

  test('a result leads to its statement page, and from there to its place in the article', async () => {
    const page = await openPage(browser, '/search/?q=unprecedented&speaker=Li+Zhanshu');
    const link = page.locator('#search-results > li a').first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(siteUrl('/statements/s-6a1bbe4c/'));
    await page.click('text=See it in the article');
    await page.waitForURL(siteUrl('/articles/china-and-russia-reaffirm-deepened-relations/#s-6a1bbe4c'));
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('s-6a1bbe4c');
    await page.context().close();
  });
});
