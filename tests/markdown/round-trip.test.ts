import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate } from '../../scripts/annotate/index.ts';
import { stripAnnotations, toArticleMarkdown } from '../../scripts/annotate/markdown/index.ts';
import { anyText, bodyWithRandomAnnotations, trickyText } from './arbitraries.ts';
import { seedSources } from './seeds.ts';

const FACTS = { published: '2022-10-29', title: 'A title', outlet: 'Global Times', url: 'https://example.com/a', language: 'en' };
const OPTIONS = { slug: 'an-article', source: 'content/sources/an-article.md' };

function roundTrip(body: string): string {
  return stripAnnotations(toArticleMarkdown(body, FACTS, annotate(body, FACTS), OPTIONS));
}

describe('stripAnnotations(toArticleMarkdown(body)) gives back the body', () => {
  for (const seed of seedSources()) {
    it(`for the seed ${seed.name}`, () => {
      const markdown = toArticleMarkdown(seed.body, seed.facts, annotate(seed.body, seed.facts), { slug: seed.slug, source: seed.name });
      expect(stripAnnotations(markdown)).toBe(seed.body);
    });
  }

  it.each([
    ['an empty body', ''],
    ['a body of blank lines', '\n \r\n\t\n'],
    ['a NUL character', 'a\u0000b'],
    ['lone surrogates', 'x\ud800y\udfff'],
    ['non-breaking spaces at the edges of a line', '\u00a0x\u00a0\ny'],
    ['markdown block syntax at the start of lines', '# h\n> q\n- l\n1. n\n---\n***\n    code\n```\n<div>\n[a]: /b'],
    ['HTML and links', 'see <script>alert(1)</script> and [x](javascript:alert(1)) &amp; &#65;'],
    ['our own directive syntax', ':statement[x]{id=y} ::noise[Photo:Xinhua]{type="credit"} a:b'],
    ['a backslash before a line end', 'ends with \\\nnext \\'],
    ['every line ending', 'a\r\nb\rc\n\nd\r\n\r\n'],
  ])('for %s', (_name, body) => {
    expect(roundTrip(body)).toBe(body);
  });

  it('for any text, annotated by the pipeline', () => {
    fc.assert(fc.property(anyText, (body) => roundTrip(body) === body), { numRuns: 300 });
  });

  it('for text mixing quotes, line endings, markdown, HTML and directives, annotated by the pipeline', () => {
    fc.assert(fc.property(trickyText, (body) => roundTrip(body) === body), { numRuns: 300 });
  });

  it('for annotations that start and end anywhere, including inside words and across one another', () => {
    fc.assert(
      fc.property(bodyWithRandomAnnotations, ({ body, result }) => stripAnnotations(toArticleMarkdown(body, FACTS, result, OPTIONS)) === body),
      { numRuns: 300 },
    );
  });
});
