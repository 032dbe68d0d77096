import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkReadout } from '../../src/integrations/remark-readout.ts';
import { renderParagraph, renderParagraphUncached } from '../../src/lib/markdown-pipeline.ts';
import { join } from 'node:path';
import { FIXTURE_DIR, readFixtures } from './fixtures.ts';

function renderArticle(body: string, frontmatter: object): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkReadout, { mode: 'article', frontmatter })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(body),
  );
}

describe('remark-readout', () => {
  const [beijing, china] = readFixtures();

  test('puts each statement id on exactly one element, and data-statement on every piece', () => {
    for (const { data, body } of [beijing!, china!]) {
      const html = renderArticle(body, data);
      for (const s of data.statements) {
        expect(html.split(`id="${s.id}"`).length - 1).toBe(1);
        expect(html).toContain(`aria-describedby="note-${s.id}"`);
        expect(html).toContain(`href="#list-${s.id}"`);
      }
    }
    // The quote that runs over two paragraphs: two pieces, one anchor.
    const html = renderArticle(beijing!.body, beijing!.data);
    expect(html.match(/data-statement="s-21e51b78" data-speaker/g)).toHaveLength(2);
  });

  test('keeps escaped characters as literal text and never emits markup from the source', () => {
    const html = renderArticle(china!.body, china!.data);
    expect(html).toContain('*an axis* [sic] and even &#x3C;script>alert(1)&#x3C;/script> a threat.');
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/<em>/);
  });

  test('gives back a colon the writer left unescaped ("Photo:Xinhua")', () => {
    const html = renderArticle(china!.body, china!.data);
    expect(html).toContain('Photo:Xinhua');
  });

  test('labels page furniture and marks unattributed claims', () => {
    const html = renderArticle(china!.body, china!.data);
    expect(html).toContain('<span class="noise-label">Photo credit</span> Photo:Xinhua');
    expect(html).toContain('<h2 class="noise noise-subheading" data-noise="subheading"');
    expect(html).toMatch(/<span class="claim" data-claim="c-867ca14e" data-speaker="global-times" id="c-867ca14e"><span class="sr-only">Unattributed claim: <\/span>The friendship/);
  });

  test('notes carry speaker, country, resolved date and kind', () => {
    const html = renderArticle(beijing!.body, beijing!.data);
    const note = /<span class="st-note[^"]*" id="note-s-a90f892c"[^>]*>(.*?)<\/span><\/span>/.exec(html)?.[1] ?? '';
    const text = note.replace(/<[^>]+>/g, '');
    expect(text).toContain('a Beijing-based foreign affairs expert');
    expect(text).toContain('(Unknown country)');
    expect(text).toContain('week of 24 Oct 2022');
    expect(text).toContain('partly quoted');
  });

  test('excerpt mode renders one paragraph without ids, the current statement emphasised', () => {
    const html = renderParagraph({ filePath: join(FIXTURE_DIR, china!.file) }, 6, china!.data as never, 's-6a1bbe4c');
    expect(html).not.toMatch(/\sid="/);
    expect(html).toContain('class="st c-1 k-indirect is-current"');
    expect(html).toContain('class="st c-1 k-direct"');
    expect(html).toContain('<a class="speaker-ref" data-speaker="li-zhanshu" href="/speakers/li-zhanshu/">Li Zhanshu</a>');
  });

  test('an excerpt taken from the article rendered once reads as the paragraph rendered alone', () => {
    for (const { data, body, file } of [beijing!, china!]) {
      (data.paragraphs as unknown[]).forEach((_, i) => {
        for (const current of [undefined, ...data.statements.map((s) => s.id)]) {
          expect(renderParagraph({ filePath: join(FIXTURE_DIR, file) }, i, data as never, current)).toBe(renderParagraphUncached(body, i, data as never, current));
        }
      });
    }
  });
});
