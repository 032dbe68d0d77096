import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Processor } from 'unified';
import { defaultHandlers } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { buildBodyTree } from '../../scripts/annotate/markdown/build-body-tree.ts';
import { markdownProcessor } from '../../scripts/annotate/markdown/markdown-processor.ts';
import { planAnnotations } from '../../scripts/annotate/markdown/plan-annotations.ts';
import { anyText, bodyWithRandomAnnotations, trickyText } from '../markdown/arbitraries.ts';
import { seedSources } from '../markdown/seeds.ts';

/** Our processor with mdast-util-to-markdown's own text handler put back, which tries every unsafe pattern on every text. */
function referenceProcessor() {
  // A plugin, so that it runs after those of `markdownProcessor` and its handler wins.
  return markdownProcessor().use(function defaultTextHandler(this: Processor) {
    (this.data().toMarkdownExtensions ??= []).push({ handlers: { text: defaultHandlers.text } });
  });
}

const ours = markdownProcessor();
const reference = referenceProcessor();
const FACTS = { published: '2022-10-29', title: 'A title', outlet: 'Global Times', url: 'https://example.com/a', language: 'en' };

it('compares with a processor that really uses the default handler', () => {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] };
  let called = 0;
  const spy = markdownProcessor().use(function spyOnText(this: Processor) {
    (this.data().toMarkdownExtensions ??= []).push({ handlers: { text: (...args: Parameters<typeof defaultHandlers.text>) => (called++, defaultHandlers.text(...args)) } });
  });
  expect(spy.stringify(tree)).toBe(reference.stringify(tree));
  expect(called).toBe(1);
});

function same(tree: Root): void {
  expect(ours.stringify(tree)).toBe(reference.stringify(tree));
}

describe('escaping the text of an article', () => {
  it('writes, byte for byte, what mdast-util-to-markdown writes when it tries every unsafe pattern on every text', () => {
    fc.assert(
      fc.property(bodyWithRandomAnnotations, ({ body, result }) => same(buildBodyTree(body, result, planAnnotations(body, result)))),
      { numRuns: 500 },
    );
  });

  it('writes the same for any text and for text full of markdown syntax, annotated by the pipeline', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, trickyText), (body) => {
        const result = annotate(body, FACTS);
        same(buildBodyTree(body, result, planAnnotations(body, result)));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same for every pair of characters a text can start with, after a directive or another text, where the serializer peeks at it', () => {
    const characters = [...' \t\n\r!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~aZ09\u00a0\u3000é'].concat(['😀', '\u0000', '&amp;', '&#65;', '1.', '1)', '---', '```']);
    for (const first of characters) {
      for (const second of characters) {
        const value = `${first}${second}x`;
        const directive = (children: PhrasingContent[]): TextDirective => ({ type: 'textDirective', name: 'speaker', attributes: { ref: 'a' }, children });
        same({
          type: 'root',
          children: [
            { type: 'paragraph', children: [{ type: 'text', value: 'a' }, directive([{ type: 'text', value: 'b' }]), { type: 'text', value }] },
            { type: 'paragraph', children: [directive([{ type: 'text', value }]), { type: 'text', value }, directive([directive([{ type: 'text', value }]), { type: 'text', value }])] },
            // Two texts side by side: how the first ends depends on how the second starts.
            ...[first, ' ', '\t', '!', '\\', '&', '<', ':', '_', '*'].map((end): Root['children'][number] => ({ type: 'paragraph', children: [{ type: 'text', value: `a${end}` }, { type: 'text', value }] })),
            { type: 'paragraph', children: [{ type: 'text', value }, { type: 'text', value: second }, { type: 'text', value: `${second}${first}` }] },
          ],
        });
      }
    }
  });

  it('writes the same for every seed article', () => {
    for (const seed of seedSources()) {
      const result = annotate(seed.body, seed.facts);
      same(buildBodyTree(seed.body, result, planAnnotations(seed.body, result)));
    }
  });
});
