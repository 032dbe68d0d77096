import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { readFixtures } from './fixtures.ts';

describe('article schema', () => {
  for (const { file, data } of readFixtures()) {
    test(`accepts ${file}`, () => {
      const result = articleSchema.safeParse(data);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });
  }

  const base = readFixtures()[0]!.data;
  const cases: Array<[string, (d: any) => void, Array<string | number>]> = [
    ['an unknown statement kind', (d) => (d.statements[0].kind = 'paraphrase'), ['statements', 0, 'kind']],
    ['an unquoted publication date', (d) => (d.published = new Date('2022-10-29')), ['published']],
    ['a date whose value does not match its precision', (d) => (d.statements[0].date = { value: '2022-10', precision: 'day', text: 'x', source: 'explicit' }), ['statements', 0, 'date', 'value']],
    ['a field the contract does not have', (d) => (d.statements[0].confidence = 0.9), ['statements', 0]],
    ['gaps of the wrong length', (d) => d.gaps.pop(), ['gaps']],
    ['a lowercase country code', (d) => (d.speakers[0].country = 'ru'), ['speakers', 0, 'country']],
  ];
  for (const [name, mutate, path] of cases) {
    test(`rejects ${name}, naming the field`, () => {
      const copy = structuredClone(base);
      mutate(copy);
      const result = articleSchema.safeParse(copy);
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.path)).toContainEqual(path);
    });
  }
});
