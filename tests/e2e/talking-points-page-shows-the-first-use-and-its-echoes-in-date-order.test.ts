import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, openPage, siteUrl } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** A page whose Content-Security-Policy lets the test inject axe-core (the site's own never allows inline scripts). */
async function openForAxe(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  return page;
}

describe('the talking-points page shows the first use and its echoes in date order', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('“unprecedented level” is first used by Putin and echoed by Li Zhanshu the next day', async () => {
    const page = await openPage(browser, '/talking-points/');
    const point = page.locator('#tp-unprecedented-level');
    await expect(point.locator('h2').innerText()).resolves.toBe('“unprecedented level”');
    const uses = await point.locator('.talking-point-uses > li').allInnerTexts();
    expect(uses).toHaveLength(2);
    expect(uses[0]).toMatch(/^First use: Vladimir Putin, 27 Oct 2022/);
    expect(uses[1]).toMatch(/^Echo: Li Zhanshu, 28 Oct 2022/);
    await point.locator('.talking-point-uses > li').nth(1).locator('a[href^="/statements/"]').click();
    await page.waitForURL(/\/statements\/s-6a1bbe4c\/$/);
    await page.context().close();
  });

  test('has no accessibility violations', async () => {
    const page = await openForAxe(browser, '/talking-points/');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  test('a statement page lists its echoes, and its topics and claim type with why each label was given', async () => {
    const page = await openForAxe(browser, '/statements/s-86ae7f07/');
    const echoes = page.locator('section.echoes');
    await expect(echoes.locator('h2').innerText()).resolves.toBe('Echoes');
    const uses = await echoes.locator('.echo-uses > li').allInnerTexts();
    expect(uses[0]).toMatch(/^This statement/);
    expect(uses[1]).toMatch(/^Li Zhanshu \(28 Oct 2022, /);
    const claimType = page.locator('dt:text-is("Claim type") + dd');
    await expect(claimType.locator('.label-name').innerText()).resolves.toBe('Assessment');
    await expect(claimType.locator('.why-reason').isVisible()).resolves.toBe(false);
    await claimType.locator('summary').click();
    await expect(claimType.locator('.why-reason').innerText()).resolves.toBe('the words contain “unprecedented”');
    const topics = await page.locator('dt:text-is("Topics") + dd .label-name').allInnerTexts();
    expect(topics).toContain('Bilateral trust and ties');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
