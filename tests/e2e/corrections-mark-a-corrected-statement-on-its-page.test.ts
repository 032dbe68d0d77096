import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, fixtureStatements, openPage, siteUrl } from './browser.ts';

describe('corrections mark a corrected statement on its page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the statement an editor corrected says so, with what changed and the editor’s note', async () => {
    const page = await openPage(browser, '/statements/s-af530fc2/');
    const mark = page.locator('.corrected-mark');
    const text = await mark.innerText();
    expect(text).toContain('corrected by an editor');
    expect(text).toContain('date corrected by an editor');
    expect(text).toContain('The report gives the month of the remarks');
    await page.context().close();
  });

  test('a statement nobody corrected carries no mark', async () => {
    const page = await openPage(browser, '/statements/s-21e51b78/');
    await expect(page.locator('.corrected-mark').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('the JSON download says which statements were corrected', async () => {
    const data = (await (await fetch(siteUrl('/data/statements.json'))).json()) as Array<{ id: string; corrected: unknown }>;
    const corrected = fixtureStatements().filter((s) => s.corrected).map((s) => s.id);
    expect(corrected).toEqual(['s-af530fc2']);
    expect(data.filter((row) => row.corrected).map((row) => row.id)).toEqual(corrected);
  });
});
