import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { htmlPages } from '../../scripts/check/validate-html.ts';
import { headersFor, parsePolicy } from '../security/headers-file.ts';
import { connectBrowser, siteUrl } from './browser.ts';
import { watchPage } from './page-watch.ts';
import { SITE_DIR } from './paths.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

describe('the Content Security Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** A browser context that receives the headers of `public/_headers`, as a host that reads it sends them. */
  async function hostedContext(): Promise<BrowserContext> {
    const context = await browser.newContext();
    const origin = new URL(siteUrl('/')).origin;
    await context.route(`${origin}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(new URL(route.request().url()).pathname) } });
    });
    return context;
  }

  test('every page carries a hashed policy without unsafe-inline, allowing Pagefind its WebAssembly and workers', () => {
    const pages = htmlPages(SITE_DIR);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const content = META.exec(readFileSync(join(SITE_DIR, page), 'utf8'))?.[1];
      expect(content, page).toBeDefined();
      const policy = parsePolicy(content!);
      expect(content, page).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
      expect(policy.get('default-src'), page).toEqual(["'none'"]);
      expect(policy.get('script-src')?.slice(0, 2), page).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy.get('script-src')?.slice(2).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)), page).toBe(true);
      expect(policy.get('worker-src'), page).toEqual(["'self'", 'blob:']);
      expect(policy.get('connect-src'), page).toEqual(["'self'"]);
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
    }
  });

  test('lets the search load Pagefind and show results, with no console error and no violation', async () => {
    const context = await hostedContext();
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(siteUrl('/search/?q=unprecedented'));
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.locator('#search-results > li').count()).toBe(2);
    expect(watch.violations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test('blocks a script or an event handler that reaches the page without a hash', async () => {
    const context = await hostedContext();
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(siteUrl('/about/'));
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, boolean>;
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.handlerRan = true');
      img.src = '/no-such-image.png';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { inline: flags.inlineRan === true, handler: flags.handlerRan === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
    expect(watch.violations.filter((v) => v.startsWith('script-src'))).toHaveLength(2);
    await context.close();
  });

  test('keeps the site out of frames on other origins', async () => {
    const context = await hostedContext();
    await context.route('http://framing.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe src="${siteUrl('/about/')}"></iframe>` }),
    );
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto('http://framing.test/');
    await page.waitForTimeout(500);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium puts its own error page in the frame instead of the site.
    expect(framed?.url()).not.toBe(siteUrl('/about/'));
    expect(watch.consoleErrors.join('\n')).toMatch(/violates the following Content Security Policy directive: "frame-ancestors 'none'"/);
    await context.close();
  });

  test.skipIf(!existsSync('src/pages/timeline'))('lets the timeline draw, with no console error and no violation', async () => {
    const context = await hostedContext();
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(siteUrl('/timeline/'));
    await page.waitForLoadState('networkidle');
    expect(watch.violations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
