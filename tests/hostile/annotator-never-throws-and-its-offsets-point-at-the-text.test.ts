import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate } from '../../scripts/annotate/index.ts';
import { stripAnnotations, toArticleMarkdown } from '../../scripts/annotate/markdown/index.ts';
import { anyText, trickyText } from '../markdown/arbitraries.ts';
import { newsLikeText } from './news-like-text.ts';

const FACTS = { published: '2022-10-29', title: 'A title', outlet: 'Global Times', url: 'https://example.com/a', language: 'en' };
const RUNS = { numRuns: 200 };

/** Every span the result reports is the very text at its offsets, and lies inside the body. */
function offsetsHold(body: string): boolean {
  const result = annotate(body, FACTS);
  const spans = [
    ...result.statements.map((s) => ({ start: s.start, end: s.end, text: s.text })),
    ...result.claims.map((c) => ({ start: c.start, end: c.end, text: c.text })),
    ...result.statements.flatMap((s) => (s.speakerMention ? [s.speakerMention] : [])),
  ];
  for (const span of spans) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= body.length)) throw new Error(`span ${span.start}-${span.end} lies outside a body of ${body.length}`);
    if (body.slice(span.start, span.end) !== span.text) throw new Error(`span ${span.start}-${span.end} reads ${JSON.stringify(body.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`);
  }
  return true;
}

function roundTrips(body: string): boolean {
  const markdown = toArticleMarkdown(body, FACTS, annotate(body, FACTS), { slug: 'a', source: 'content/sources/a.md' });
  return stripAnnotations(markdown) === body;
}

describe('the annotator on arbitrary text', () => {
  it('finds statements in the news-like generator, so the properties below are not vacuous', () => {
    const samples = fc.sample(newsLikeText, { numRuns: 50, seed: 7 });
    const withStatements = samples.filter((body) => annotate(body, FACTS).statements.length > 0);
    expect(withStatements.length).toBeGreaterThan(25);
  });

  it('never throws, whatever the characters', () => {
    fc.assert(fc.property(fc.oneof(anyText, trickyText, newsLikeText), (body) => Array.isArray(annotate(body, FACTS).statements)), RUNS);
  });

  it('gives every statement, claim and speaker mention the exact words at its offsets', () => {
    fc.assert(fc.property(newsLikeText, offsetsHold), RUNS);
    fc.assert(fc.property(trickyText, offsetsHold), RUNS);
  });

  it('writes markdown that gives back the text when the annotations are stripped', () => {
    fc.assert(fc.property(newsLikeText, roundTrips), RUNS);
  });
});
