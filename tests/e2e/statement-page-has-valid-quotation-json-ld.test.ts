import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, fixtureArticles, openPage } from './browser.ts';

describe('statement page has valid Quotation JSON-LD', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const article of fixtureArticles()) {
    for (const s of article.statements) {
      test(`${s.id} (${s.speaker.name})`, async () => {
        const page = await openPage(browser, `/statements/${s.id}/`);
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        expect(blocks).toHaveLength(1);
        const ld = JSON.parse(blocks[0]!);
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld['@type']).toBe('Quotation');
        expect(ld.text).toBe(s.text);
        expect(['Person', 'Organization']).toContain(ld.spokenByCharacter['@type']);
        expect(ld.spokenByCharacter.name).toBe(s.speaker.name);
        expect(ld.isBasedOn['@type']).toBe('NewsArticle');
        expect(ld.isBasedOn.url).toBe(article.url);
        expect(ld.isBasedOn.datePublished).toBe(article.published);
        if (s.date) expect(ld.dateCreated).toBe(s.date.value);
        // The page itself: quote, linked speaker, the date's words, and the way back to the article.
        await expect(page.locator('.statement-quote').innerText()).resolves.toContain(s.text.split('\n')[0]);
        await expect(page.locator(`.facts a[href="/speakers/${s.speaker.id}/"]`).count()).resolves.toBe(1);
        if (s.date && s.date.source !== 'publication') await expect(page.locator('.facts').innerText()).resolves.toContain(s.date.text);
        await expect(page.locator(`a[href="/articles/${article.slug}/#${s.id}"]`).count()).resolves.toBeGreaterThan(0);
        await expect(page.locator('.context-text mark.is-current').count()).resolves.toBeGreaterThan(0);
        await page.context().close();
      });
    }
  }
});
