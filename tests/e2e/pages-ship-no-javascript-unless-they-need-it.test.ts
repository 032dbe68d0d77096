import { describe, expect, test } from 'vitest';
import { siteUrl } from './browser.ts';

describe('pages ship no JavaScript unless they need it', () => {
  for (const path of ['/', '/articles/china-and-russia-reaffirm-deepened-relations/', '/statements/s-86ae7f07/', '/speakers/', '/speakers/li-zhanshu/', '/about/']) {
    test(path, async () => {
      const html = await (await fetch(siteUrl(path))).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.filter((attrs) => !attrs.includes('application/ld+json'))).toEqual([]);
      // The header search is a plain form.
      expect(html).toMatch(/<form[^>]*action="\/search\/"[^>]*method="get"/);
    });
  }

  test('the search page loads one small script', async () => {
    const html = await (await fetch(siteUrl('/search/'))).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const [, attrs, inline] = scripts[0]!;
    const src = /src="([^"]+)"/.exec(attrs!)?.[1];
    const js = src ? await (await fetch(siteUrl(src))).text() : inline!;
    expect(js.length).toBeLessThan(8_000);
  });
});
