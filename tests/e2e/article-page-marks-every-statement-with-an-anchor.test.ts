import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, fixtureArticles, openPage } from './browser.ts';

describe('article page marks every statement with an anchor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const article of fixtureArticles()) {
    test(article.slug, async () => {
      const page = await openPage(browser, `/articles/${article.slug}/`);
      for (const s of article.statements) {
        const anchor = page.locator(`[id="${s.id}"]`);
        await expect(anchor.count()).resolves.toBe(1);
        await expect(anchor.evaluate((el) => el.tagName)).resolves.toBe('MARK');
        await expect(anchor.getAttribute('data-speaker')).resolves.toBe(s.speaker.id);
        await expect(anchor.getAttribute('tabindex')).resolves.toBe('0');
        // Every piece of the statement (it may run over paragraphs) carries its id.
        const pieces = await page.locator(`mark[data-statement="${s.id}"]`).allTextContents();
        expect(pieces.join('\n\n').replace(/\s+/g, ' ')).toBe(s.text.replace(/\s+/g, ' '));
        // Each statement is listed below the text, and the list links to its page.
        await expect(page.locator(`#list-${s.id} a[href="/statements/${s.id}/"]`).count()).resolves.toBe(1);
      }
      // Page furniture is labelled, not passed off as article text.
      const noise = article.paragraphs.filter((p) => p.type !== 'body' && p.type !== 'subheading').length;
      await expect(page.locator('.article-text .noise-label').count()).resolves.toBe(noise);
      await page.context().close();
    });
  }

  test('annotated text reads exactly as the source, spaces and escapes included', async () => {
    const page = await openPage(browser, '/articles/china-and-russia-reaffirm-deepened-relations/');
    const text = await page.locator('.article-text').evaluate((root) => {
      const clone = root.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.st-ref, .st-note, .sr-only, .noise-label').forEach((n) => n.remove());
      return [...clone.querySelectorAll('[data-paragraph]')].map((p) => p.textContent!.trim());
    });
    expect(text).toContain(
      'Russian President Vladimir Putin said on Thursday that relations between Russia and China have reached an "unprecedented level of trust", TASS reported.',
    );
    expect(text).toContain('Photo:Xinhua');
    expect(text.at(-2)).toContain('Some Western outlets call it *an axis* [sic] and even <script>alert(1)</script> a threat.');
    await expect(page.locator('.article-text script').count()).resolves.toBe(0);
    await page.context().close();
  });
});
