import { describe, expect, it } from 'vitest';
import { headersFor, parsePolicy, readHeadersFile } from './headers-file.ts';

describe('public/_headers', () => {
  const page = headersFor('/statements/s-1/');

  it('sends every page with HSTS for two years, no framing, no MIME sniffing and a referrer policy', () => {
    expect(page['Strict-Transport-Security']).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(Number(/max-age=(\d+)/.exec(page['Strict-Transport-Security'])![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(parsePolicy(page['Content-Security-Policy']).get('frame-ancestors')).toEqual(["'none'"]);
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('applies to the data downloads, the search index and the 404 page as well', () => {
    for (const path of ['/data/statements.json', '/no-such-page/']) expect(headersFor(path)).toEqual(page);
    // The search index adds only how long it may be cached.
    const { 'Cache-Control': caching, ...rest } = headersFor('/pagefind/pagefind.js');
    expect(rest).toEqual(page);
    expect(caching).toMatch(/^public, max-age=\d+$/);
    expect(headersFor('/pagefind/fragment/en_abc.pf_fragment')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves scripts and styles to the hashed policy in each page, since a browser enforces both', () => {
    const policy = parsePolicy(page['Content-Security-Policy']);
    // Any of these would also govern scripts or styles and block what the page's own policy allows.
    for (const directive of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem', 'worker-src', 'connect-src']) {
      expect(policy.has(directive), directive).toBe(false);
    }
    expect([...policy.keys()].sort()).toEqual(['base-uri', 'form-action', 'frame-ancestors', 'object-src']);
  });

  it('never relaxes a policy with unsafe-inline or unsafe-eval', () => {
    for (const rule of readHeadersFile()) expect(JSON.stringify(rule.headers)).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});
