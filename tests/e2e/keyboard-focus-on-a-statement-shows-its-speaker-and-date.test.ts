import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage } from './browser.ts';

describe('keyboard focus on a statement shows its speaker and date', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('on a phone-sized screen the note appears only when the statement has focus', async () => {
    const page = await openPage(browser, '/articles/china-and-russia-reaffirm-deepened-relations/', { phone: true });
    const note = page.locator('#note-s-86ae7f07');
    await expect(note.isVisible()).resolves.toBe(false);
    // Tab from the top of the page until the first statement is reached, as a keyboard user would.
    let focused = '';
    for (let i = 0; i < 40 && focused !== 's-86ae7f07'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('s-86ae7f07');
    await expect(note.isVisible()).resolves.toBe(true);
    const text = await note.innerText();
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('Russia');
    expect(text).toContain('27 Oct 2022');
    // Assistive technology gets the same note as the statement's description.
    await expect(page.locator('#s-86ae7f07').getAttribute('aria-describedby')).resolves.toBe('note-s-86ae7f07');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  test('on a wide screen every note is in the margin without any pointer or focus', async () => {
    const page = await openPage(browser, '/articles/beijing-welcomes-putins-remarks-on-ties/');
    const notes = page.locator('.article-text .st-note');
    const count = await notes.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) await expect(notes.nth(i).isVisible()).resolves.toBe(true);
    await expect(page.locator('#note-s-a90f892c').innerText()).resolves.toContain('week of 24 Oct 2022');
    await expect(page.locator('#note-s-af530fc2').innerText()).resolves.toContain('October 2022');
    await page.context().close();
  });
});
