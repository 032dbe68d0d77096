import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { DUMP_OPTIONS, dumpYaml } from '../../scripts/annotate/markdown/dump-yaml.ts';
import { articleFrontMatter } from '../../scripts/annotate/markdown/article-front-matter.ts';
import { anyText, trickyText } from '../markdown/arbitraries.ts';
import { seedSources } from '../markdown/seeds.ts';

/** Strings YAML reads as something else, or writes quoted, or over several lines. */
const YAMLISH = [
  '', ' ', 'yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'False', 'null', 'Null', '~', '12', '-3', '+4', '0x1F', '0o17', '017', '1_000', '1e3', '.5', '.inf', '-.Inf',
  '.nan', 'NaN', '2022-10-29', '2022-10-29T10:00:00Z', '12:30', '<<', '=', '- a', '-a', '? a', '?a', ': a', ':a', 'a: b', 'a:b', 'a :b', 'a #b', 'a#b', '#a', '&a', '*a',
  '!a', '|a', '>a', "'a'", '"a"', '%a', '@a', '`a', '[a]', '{a}', 'a,b', '---', '--- a', '...', 'a ', ' a', 'a  b', '\t', 'a\tb', '\n', '\n\n', 'a\nb', 'a\n', '\na',
  'a\n\nb\n', '  a\nb', 'a\r\nb', '\r', '\u00a0', 'a\u00a0b', '\u0085', '\u2028', '\ufeff', '\uffff', '\ud800', '😀', 'é', 'ſ', 'İ', 'a’s words', '“quoted”',
  'x'.repeat(1100), `${'y'.repeat(1030)}: z`, '\u3000', '\u2003\u3000', '\u1680', 'a\u3000', '\u3000a', '\u202f', 'https://example.com/a#b', 'Photo:Xinhua', 'a:', 'a::b',
  'a: #b', 'a#', 'a #', '(a)', '.a', '/a', '$a', '_a', '=a', '==', '~a', '<a', '+a', '0', '00', '1.', '1:2', '2015-03-09 10:00', "it's", "'", "''",
];

/** Characters that decide how YAML writes a string: indicators, spaces of every kind, quotes, digits. */
const DECIDING = [...':#-?,[]{}&*!|>\'"%@`=~.+<0123456789 aZé\u00a0\u2003\u3000\u2028\t\n\r\ufeff\uffff\ud83d\ude00'];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...YAMLISH) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...YAMLISH, 'said', 'the', 'Wang Yi', 'on Friday', ' ', ': ', '#'), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: trickyText },
  { weight: 1, arbitrary: anyText },
  { weight: 2, arbitrary: fc.string() },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...DECIDING), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
);
const scalar = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e21, 2 ** 53, 2 ** 53 - 1, -(2 ** 53) + 1, 0.1, true, false, null, undefined) },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
);
const keyName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('id', 'text', 'start', 'end', 'speaker', 'speakerMention', 'date', 'value', 'precision', 'topics', 'claimType', 'x_1') },
  { weight: 1, arbitrary: fc.constantFrom('y', 'no', '12', 'a b', 'a:b', '', '-a', '__proto__', 'é', '_x', 'Yes') },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(keyName, tie('value'), { maxKeys: 6 }),
}));

describe('dumpYaml', () => {
  it('writes what yaml.dump writes, byte for byte, for any nesting of objects, arrays and scalars', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(keyName, value, { maxKeys: 8 }), fc.array(value, { maxLength: 6 })), (data) => {
        expect(dumpYaml(data)).toBe(yaml.dump(data, DUMP_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes every string as yaml.dump does, whatever its characters', () => {
    fc.assert(
      fc.property(text, (string) => {
        expect(dumpYaml({ string, list: [string] })).toBe(yaml.dump({ string, list: [string] }, DUMP_OPTIONS));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes what yaml.dump writes for multi-line strings at every depth, which js-yaml writes as literal blocks', () => {
    for (const text of ['a\nb', 'a\n', 'a\n\n', '  a\nb', 'a\r\nb', 'a\n---\nb']) {
      const data = { top: text, list: [text, [text], { deep: [{ deeper: text }] }], map: { inner: text } };
      expect(dumpYaml(data)).toBe(yaml.dump(data, DUMP_OPTIONS));
      expect(dumpYaml([text])).toBe(yaml.dump([text], DUMP_OPTIONS));
    }
  });

  it('leaves to js-yaml the values that are not plain data, and fails where it fails', () => {
    const odd = [{ when: new Date(0) }, { set: new Set([1]) }, { bytes: new Uint8Array([1, 2]) }, [Object.create(null)], { big: { n: 1, m: [new Boolean(true)] } }, 'a string', 12, null];
    for (const data of odd) expect(dumpYaml(data)).toBe(yaml.dump(data, DUMP_OPTIONS));
    expect(() => dumpYaml({ f: () => 1 })).toThrow(/unacceptable kind of an object to dump/);
  });

  it('writes the front matter of every seed article as yaml.dump does', () => {
    for (const seed of seedSources()) {
      const result = annotate(seed.body, seed.facts);
      const options = { slug: seed.slug, source: seed.name, generatorVersion: '1' };
      const front = articleFrontMatter(seed.body, seed.facts, result, options);
      expect(yaml.load(front)).toEqual(yaml.load(yaml.dump(yaml.load(front), DUMP_OPTIONS)));
      expect(front).toBe(yaml.dump(yaml.load(front), DUMP_OPTIONS));
    }
  });
});
