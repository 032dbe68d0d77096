import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage, siteUrl } from './browser.ts';

describe('timeline marks equal the dated statements', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('one statement mark per dated statement in /data/statements.json, and the events on their own track', async () => {
    const statements = (await (await fetch(siteUrl('/data/statements.json'))).json()) as Array<{ id: string; date: unknown }>;
    const datedIds = statements.filter((s) => s.date !== null).map((s) => s.id).sort();
    const page = await openPage(browser, '/timeline/');
    await page.locator('#timeline[data-ready]').waitFor();
    const markIds = await page.locator('svg [data-statement-id]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-statement-id')));
    expect(markIds.sort()).toEqual(datedIds);
    const eventIds = await page.locator('.tl-lane-events ~ *, svg [data-event-id]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')).filter(Boolean));
    expect(eventIds.sort()).toEqual(['e-b31407858a', 'e-de10ac8275']);
    // Every mark is at least a 24×24 px target.
    const sizes = await page.locator('svg a.tl-mark .tl-hit').evaluateAll((hits) => hits.map((h) => h.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});

describe('timeline chart draws days as dots and vague dates as faded spans', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the rendered structure of the fixture chart', async () => {
    const page = await openPage(browser, '/timeline/');
    await page.locator('#timeline[data-ready]').waitFor();
    const structure = await page.locator('svg.timeline-chart').evaluate((svg) => ({
      lanes: [...svg.querySelectorAll('.tl-lane-label')].map((label) => label.textContent),
      marks: [...svg.querySelectorAll('a.tl-mark')]
        .map((mark) => {
          const id = mark.getAttribute('data-statement-id') ?? mark.getAttribute('data-event-id');
          const shape = mark.querySelector('.tl-point, .tl-span')!;
          return `${id} ${shape.tagName}${mark.getAttribute('data-precision') ? ` ${mark.getAttribute('data-precision')}` : ''} -> ${mark.getAttribute('href')}`;
        })
        .sort(),
    }));
    expect(structure).toEqual({
      lanes: ['Events', 'China', 'Russia', 'Others'],
      marks: [
        'e-b31407858a path -> /articles/china-and-russia-reaffirm-deepened-relations/',
        'e-de10ac8275 path -> /articles/beijing-welcomes-putins-remarks-on-ties/',
        's-1e6d06b9 circle -> /statements/s-1e6d06b9/',
        's-21e51b78 circle -> /statements/s-21e51b78/',
        's-6a1bbe4c circle -> /statements/s-6a1bbe4c/',
        's-7764dbf8 circle -> /statements/s-7764dbf8/',
        's-86ae7f07 circle -> /statements/s-86ae7f07/',
        's-a90f892c rect week -> /statements/s-a90f892c/',
        's-af530fc2 rect month -> /statements/s-af530fc2/',
        's-afb1d155 circle -> /statements/s-afb1d155/',
        's-ce313ae2 circle -> /statements/s-ce313ae2/',
        's-d6dd769f circle -> /statements/s-d6dd769f/',
      ],
    });
    await page.context().close();
  });
});
