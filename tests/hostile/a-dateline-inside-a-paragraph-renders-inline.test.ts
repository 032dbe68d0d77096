import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkReadout } from '../../src/integrations/remark-readout.ts';

function render(markdown: string, mode: 'article' | 'excerpt'): string {
  return String(unified().use(remarkParse).use(remarkDirective).use(remarkReadout, { mode, frontmatter: {} }).use(remarkRehype).use(rehypeStringify).processSync(markdown));
}

describe('page furniture inside a paragraph of text', () => {
  it.each(['article', 'excerpt'] as const)('is an inline element in %s mode, never a paragraph inside a paragraph', (mode) => {
    const html = render(':noise[BEIJING, Oct. 28 (Xinhua) --]{type="dateline"} Wang said so.', mode);
    expect(html).toMatch(/^<p[^>]*><span class="noise noise-dateline" data-noise="dateline"><span class="noise-label">Dateline<\/span> BEIJING, Oct\. 28 \(Xinhua\) --<\/span> Wang said so\.<\/p>$/);
  });

  it('stays a block of its own when it is a line of its own', () => {
    expect(render('::noise[Photo:Xinhua]{type="credit"}', 'article')).toMatch(/^<p class="noise noise-credit" data-noise="credit"/);
  });
});
