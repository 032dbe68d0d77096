import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './browser.ts';
import { hostileArticle, hostileUrl, INJECTED, LITERALS, OUTLET, TITLE } from './hostile-site.ts';
import { watchPage, type PageWatch } from './page-watch.ts';

/**
 * A source full of HTML, markdown, our own directive syntax and front-matter fences goes through the
 * real pipeline; every page that shows its words must show them as typed and run none of them.
 */
describe('markup in a source reaches every page as literal text', () => {
  let browser: Browser;
  const article = hostileArticle();
  const speakers = [...new Set(article.statements.map((s) => s.speaker.id))];
  const pages = [
    '/',
    `/articles/${article.slug}/`,
    ...article.statements.map((s) => `/statements/${s.id}/`),
    '/speakers/',
    ...speakers.map((id) => `/speakers/${id}/`),
    ...['/timeline/', '/talking-points/'].filter((path) => existsSync(`src/pages${path.replace(/\/$/, '')}`)),
  ];

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function open(path: string): Promise<{ page: Page; watch: PageWatch }> {
    const page = await (await browser.newContext()).newPage();
    const watch = await watchPage(page);
    const response = await page.goto(hostileUrl(path));
    expect(response?.ok(), path).toBe(true);
    await page.waitForLoadState('load');
    return { page, watch };
  }

  async function expectNothingInjected(page: Page, watch: PageWatch, path: string) {
    expect(watch.dialogs, path).toEqual([]);
    expect(await page.locator(INJECTED).count(), `${path}: ${INJECTED}`).toBe(0);
    // Emphasis made from the source's asterisks would hold exactly these words.
    const emphasised = await page.$$eval('strong, em, b, i', (elements) => elements.map((e) => e.textContent?.trim()));
    expect(emphasised.filter((text) => text === 'unbreakable' || text === 'deepen'), path).toEqual([]);
    const scripts = await page.$$eval('script', (elements) => elements.map((e) => e.textContent ?? ''));
    expect(scripts.filter((text) => /alert\(/.test(text) && !text.startsWith('{')), path).toEqual([]);
  }

  test.each(pages)('%s shows no dialog and holds no injected element', async (path) => {
    const { page, watch } = await open(path);
    await expectNothingInjected(page, watch, path);
    await page.context().close();
  });

  test('the article page shows every hostile passage character for character, title and outlet included', async () => {
    const { page } = await open(`/articles/${article.slug}/`);
    const text = await page.locator('main').textContent();
    for (const literal of LITERALS) expect(text).toContain(literal);
    expect(text).toContain('title: forged');
    expect(text).toContain(OUTLET);
    expect(await page.title()).toContain(TITLE);
    expect(await page.locator('main h1').count()).toBe(1);
    await page.context().close();
  });

  test('each statement page quotes its statement exactly as the annotator found it', async () => {
    for (const statement of article.statements) {
      const { page } = await open(`/statements/${statement.id}/`);
      expect(await page.locator('blockquote').textContent()).toContain(statement.text);
      await page.context().close();
    }
  });

  test('search finds the hostile quote and shows it as text in the results', async () => {
    const { page, watch } = await open('/search/?q=unbreakable');
    const results = page.locator('#search-results > li');
    await results.first().waitFor();
    expect(await results.first().textContent()).toContain(LITERALS[0]);
    await expectNothingInjected(page, watch, '/search/?q=unbreakable');
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('the data downloads give the words exactly, in JSON and in CSV', async () => {
    const json = (await (await fetch(hostileUrl('/data/statements.json'))).json()) as Array<{ id: string; text: string }>;
    const csv = await (await fetch(hostileUrl('/data/statements.csv'))).text();
    for (const statement of article.statements) {
      expect(json.find((s) => s.id === statement.id)?.text).toBe(statement.text);
      const field = /[",\r\n]/.test(statement.text) ? `"${statement.text.replaceAll('"', '""')}"` : statement.text;
      expect(csv).toContain(`,${field},`);
    }
  });
});
