/** Shared helpers for the end-to-end tests: the browser connection, the site address, the fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { FIXTURE_ARTICLES } from './paths.ts';
import type { Article } from '../../src/schemas/article.ts';

export function siteUrl(path: string): string {
  return new URL(path, inject('baseUrl')).href;
}

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

/**
 * A fresh page, phone-sized when asked. `bypassCSP` lets a test inject a checker script (axe) that
 * the site's Content-Security-Policy would otherwise refuse, as it should.
 */
export async function openPage(browser: Browser, path: string, options: { phone?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    viewport: options.phone ? { width: 375, height: 740 } : { width: 1280, height: 900 },
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  const response = await page.goto(siteUrl(path));
  if (!response || !response.ok()) throw new Error(`GET ${path} answered ${response?.status()}`);
  return page;
}

/** The fixture articles' front matter, as the site reads it. */
export function fixtureArticles(): Article[] {
  return readdirSync(FIXTURE_ARTICLES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      // gray-matter's YAML engine would turn an unquoted date into a Date; ours are quoted.
      return matter(readFileSync(join(FIXTURE_ARTICLES, f), 'utf8')).data as Article;
    });
}

export function fixtureStatements() {
  return fixtureArticles().flatMap((a) => a.statements.map((s) => ({ ...s, article: a.slug, outlet: a.outlet })));
}
