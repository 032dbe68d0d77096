import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimTypeOf, topicsOf } from '../../scripts/annotate/09-topics/label-topics.ts';
import { firstTerm, termPattern } from '../../scripts/annotate/09-topics/match-terms.ts';
import { loadTaxonomy } from '../../scripts/annotate/09-topics/taxonomy.ts';

const taxonomy = loadTaxonomy();
const TERMS = [...taxonomy.topics.flatMap((topic) => topic.terms), ...taxonomy.claimTypes.flatMap((rule) => [...rule.cues, ...rule.terms])];

/** The lookup as it reads: for each term in turn, its longest word in the lowercased text, then its pattern. */
function termByTerm(terms: readonly string[], text: string): string | undefined {
  const lower = text.toLowerCase();
  return terms.find((term) => {
    const needle = term.toLowerCase().split(/[\s…]+/).map((word) => word.replace(/\*$/, '')).sort((a, b) => b.length - a.length)[0] ?? '';
    if (!lower.includes(needle)) return false;
    const pattern = termPattern(term);
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/** Words of the taxonomy cut anywhere, joined by spaces, punctuation and letters whose case is odd (İ, ſ, K, ß). */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TERMS) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TERMS), fc.nat(30), fc.nat(30)).map(([term, a, b]) => term.slice(Math.min(a, b), Math.max(a, b))) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ', ', '. ', '-', "'", '’', '“', '\n', '…', 'İ', 'ſ', 'K', 'ß', 'ﬁ', 'Σ', 'I', 'S', 'U', 'A') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const text = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));
const someTerms = fc.subarray(TERMS, { minLength: 1 }).chain((terms) => fc.shuffledSubarray(terms, { minLength: terms.length }));

describe('looking up taxonomy terms', () => {
  it('finds, in one pass over the text, the same first term as looking for each term in turn', () => {
    fc.assert(
      fc.property(someTerms, text, (terms, words) => {
        expect(firstTerm(terms, words)).toBe(termByTerm(terms, words));
        expect(firstTerm(terms, words.toUpperCase())).toBe(termByTerm(terms, words.toUpperCase()));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds terms made of any characters, added to the lists at any time', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 30 }), (terms, words) => {
        const inText = [...terms, words.slice(2, 6) || 'x'];
        expect(firstTerm(inText, words)).toBe(termByTerm(inText, words));
      }),
      { numRuns: 1000 },
    );
  });

  it('labels the topics and claim type of a statement as looking for each term in turn does', () => {
    fc.assert(
      fc.property(text, text, (words, context) => {
        const expected = taxonomy.topics.flatMap((topic) => (termByTerm(topic.terms, words) ? [topic.id] : []));
        const topics = topicsOf(taxonomy, words, context).map((topic) => topic.id);
        if (expected.length) expect(topics).toEqual(expected);
        else expect(topics).toEqual(taxonomy.topics.flatMap((topic) => (termByTerm(topic.terms, context) ? [topic.id] : [])));
        const rule = taxonomy.claimTypes.find((r) => termByTerm(r.cues, context) || termByTerm(r.terms, words));
        expect(claimTypeOf(taxonomy, words, context).value).toBe(rule?.id ?? taxonomy.defaults.statement);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same terms after so many made-up lists that it forgets the words it knew and starts again', () => {
    const words = 'China and Russia will strengthen strategic cooperation despite the sanctions, he said';
    const lists = taxonomy.topics.map((topic) => topic.terms);
    const before = lists.map((terms) => firstTerm(terms, words));
    for (let i = 0; i < 100; i++) {
      const madeUp = Array.from({ length: 120 }, (_, j) => `word${i}x${j}`);
      expect(firstTerm(madeUp, `a text with word${i}x7 in it`)).toBe(`word${i}x7`);
    }
    expect(lists.map((terms) => firstTerm(terms, words))).toEqual(before);
    expect(lists.map((terms) => firstTerm(terms, words))).toEqual(lists.map((terms) => termByTerm(terms, words)));
    expect(firstTerm(['word5x', 'other 5'], 'see other 5')).toBe('other 5');
    expect(firstTerm(['word5x3', 'word5x30'], 'see word5x30')).toBe('word5x30');
  });
});
