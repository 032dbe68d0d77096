import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check/check-links.ts';
import { htmlPages, validateHtml } from '../../scripts/check/validate-html.ts';
import { HOSTILE_SITE_DIR, SITE_DIR } from './paths.ts';

/** The fixture site has every page type; the hostile one adds datelines and markup-like text. */
const SITES = [
  ['the fixture site', SITE_DIR],
  ['the hostile site', HOSTILE_SITE_DIR],
] as const;

describe.each(SITES)('%s', (_name, dir) => {
  test('has no internal link or #anchor that leads nowhere', async () => {
    const report = await checkLinks(dir);
    expect(report.checked).toBeGreaterThan(10);
    expect(report.broken).toEqual([]);
  });

  test('is valid HTML on every page', async () => {
    expect(htmlPages(dir).length).toBeGreaterThan(5);
    const problems = await validateHtml(dir);
    expect(problems.map((p) => `${p.page}:${p.line}:${p.column} ${p.message} (${p.rule})`)).toEqual([]);
  });
});
