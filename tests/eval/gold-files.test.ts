import { describe, expect, it } from 'vitest';
import { devCases, seedCases } from '../../scripts/eval/eval.ts';

// Loading a case resolves every gold span against its article and throws, naming the file and the
// statement, when a text is not an exact substring or is ambiguous; these tests surface that.
describe('gold annotation files', () => {
  it('resolve against their development articles', () => {
    const cases = devCases();
    expect(cases.length).toBeGreaterThanOrEqual(14);
    for (const c of cases) {
      expect(c.gold.length, c.slug).toBeGreaterThan(0);
      expect(c.facts.published, c.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const g of c.gold) expect(c.body.slice(g.start, g.end)).toBe(g.text);
    }
  });

  it('resolve against their seed articles, when seed gold exists', () => {
    for (const c of seedCases()) {
      for (const g of c.gold) expect(c.body.slice(g.start, g.end)).toBe(g.text);
    }
  });
});
