/**
 * Page-weight budgets, read from the built fixture site: what each page makes a reader download
 * before they do anything, and what the first search costs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, openPage } from './browser.ts';
import { SITE_DIR } from './paths.ts';

export const PAGE_BUDGETS = { cssGzipBytes: 15 * 1024, timelineJsGzipBytes: 40 * 1024, firstSearchBytes: 100 * 1024 } as const;

function htmlPages(): string[] {
  return readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

function readPage(path: string): string {
  return readFileSync(join(SITE_DIR, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
}

function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

function siteFile(url: string): Buffer {
  return readFileSync(join(SITE_DIR, new URL(url, 'http://site.invalid/').pathname));
}

/** Executable scripts of a page (JSON-LD is data), with their code and the modules they import. */
function pageScripts(html: string): Buffer[] {
  const found: Buffer[] = [];
  const seen = new Set<string>();
  const addModule = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = siteFile(url);
    found.push(code);
    // Static imports between Astro's chunks load with the page, so they count towards it.
    for (const m of code.toString('utf8').matchAll(/\bimport\s*(?:[\w${},*\s]+from\s*)?["']([^"']+\.js)["']/g)) addModule(new URL(m[1]!, new URL(url, 'http://site.invalid/')).pathname);
  };
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/ld\+json"/.test(attrs!)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs!)?.[1];
    if (src) addModule(src);
    else found.push(Buffer.from(body!));
  }
  return found;
}

function pageCss(html: string): Buffer {
  const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => siteFile(/href="([^"]+)"/.exec(m[0])![1]!));
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!));
  return Buffer.concat([...sheets, ...inline]);
}

describe('page weight stays within the budgets', () => {
  const pages = htmlPages();

  test('article and statement pages ship no JavaScript; the header search is a plain form until used', () => {
    const reading = pages.filter((p) => p.startsWith('/articles/') || p.startsWith('/statements/'));
    expect(reading.length).toBeGreaterThan(2);
    for (const path of reading) expect(pageScripts(readPage(path)).map((s) => s.length), path).toEqual([]);
  });

  test('every page ships at most 15 KB of gzipped CSS', () => {
    const heaviest = pages.map((path) => ({ path, bytes: gzipBytes(pageCss(readPage(path))) })).sort((a, b) => b.bytes - a.bytes);
    console.log(`page weight: heaviest CSS ${heaviest[0]!.bytes} B gzipped on ${heaviest[0]!.path}`);
    expect(heaviest[0]!.bytes, heaviest[0]!.path).toBeLessThanOrEqual(PAGE_BUDGETS.cssGzipBytes);
  });

  test.skipIf(!existsSync(join(SITE_DIR, 'timeline', 'index.html')))('the timeline page ships at most 40 KB of gzipped JavaScript, its imports included', () => {
    const scripts = pageScripts(readPage('/timeline/'));
    const bytes = gzipBytes(Buffer.concat(scripts));
    console.log(`page weight: timeline JavaScript ${bytes} B gzipped in ${scripts.length} files`);
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGETS.timelineJsGzipBytes);
  });

  describe('the first search', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await connectBrowser();
    });
    afterAll(async () => {
      await browser.close();
    });

    test('transfers under 100 KB, counting text as a host would gzip it', async () => {
      const page = await openPage(browser, '/search/');
      const transfers: Array<{ path: string; bytes: number }> = [];
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        pending.push(
          Promise.all([response.body(), response.request().sizes()]).then(
            ([body, sizes]) => {
              // A file the browser already had (the facet counts' Pagefind instance loads the same
              // files as the results') crosses no network.
              if (sizes.responseBodySize < 0) return;
              // Pagefind's index files are gzipped already; its script and JSON are not.
              const compressed = body[0] === 0x1f && body[1] === 0x8b;
              transfers.push({ path, bytes: compressed ? body.length : gzipBytes(body) });
            },
            () => undefined,
          ),
        );
      });
      await page.fill('#search-q', 'unprecedented');
      await page.press('#search-q', 'Enter');
      await page.locator('#search-results li').first().waitFor();
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      await page.context().close();
      const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
      console.log(`page weight: first search ${total} B in ${transfers.length} responses`);
      expect(transfers.some((t) => t.path.startsWith('/pagefind/'))).toBe(true);
      expect(total, transfers.map((t) => `${t.path} ${t.bytes}`).join('\n')).toBeLessThan(PAGE_BUDGETS.firstSearchBytes);
    });
  });

  test('the fixture site has the pages the budgets read', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/search/');
    expect(existsSync(join(SITE_DIR, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
