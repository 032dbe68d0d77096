import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { claimTypeOf, topicsOf } from '../../scripts/annotate/09-topics/label-topics.ts';
import { matchesOf } from '../../scripts/annotate/09-topics/match-terms.ts';
import { loadTaxonomy, parseTaxonomy, TaxonomyFileError } from '../../scripts/annotate/09-topics/taxonomy.ts';

const taxonomy = loadTaxonomy();
const seeds = ['al-mayadeen-2022-09-13-china-russia-more-just-world-order', 'global-times-2022-10-29-china-russia-reaffirm-deepened-relations'];

describe('taxonomy terms', () => {
  it('match whole words only, in any case', () => {
    expect(matchesOf('war', 'the War in Ukraine')).toHaveLength(1);
    expect(matchesOf('war', 'a warning')).toHaveLength(0);
  });

  it('take any ending after a star', () => {
    expect(matchesOf('sanction*', 'new sanctions and sanctioned banks').map((m) => m.text)).toEqual(['sanctions', 'sanctioned']);
  });

  it('let an ellipsis stand for a few words within a sentence, but not across one', () => {
    expect(matchesOf('more just … order', 'a more just, effective and multipolar global order')[0]?.text).toBe('more just, effective and multipolar global order');
    expect(matchesOf('more just … order', 'more just. The order')).toHaveLength(0);
  });

  it('are checked when the taxonomy is read', () => {
    expect(() => parseTaxonomy('topics:\n  - { id: Bad Id, terms: [x] }\n')).toThrow(TaxonomyFileError);
    expect(() => parseTaxonomy('claimTypes:\n  - { id: rumour, terms: [x] }\n')).toThrow(/must be one of commitment/);
  });
});

describe('topics', () => {
  it('come from the words, each with the term that gave it', () => {
    expect(topicsOf(taxonomy, 'China-Russia cooperation will help build a multipolar world, resulting in the decline of US hegemony')).toEqual(
      expect.arrayContaining([
        { id: 'world-order', reason: 'the words contain “multipolar*”' },
        { id: 'us-hegemony', reason: 'the words contain “hegemony”' },
      ]),
    );
  });

  it('fall back on the paragraph, and say so', () => {
    const topics = topicsOf(taxonomy, 'it is a good start', 'The sanctions were discussed. It is a good start, he said.');
    expect(topics).toEqual([{ id: 'sanctions', reason: 'no term in the words; their paragraph contains “sanction*”' }]);
  });
});

describe('claim types', () => {
  it.each([
    ['China is willing to deepen exchanges with Russia at all levels', 'said', 'commitment', 'the words contain “willing to”'],
    ['they have reached an absolutely unprecedented level of openness', 'said', 'assessment', 'the words contain “unprecedented”'],
    ['the main responsibility lies with the Western countries that destroyed the post-war international order', 'told', 'accusation', 'the words contain “responsibility lies with”'],
    ['Western sanctions and arms deliveries to Kiev', 'criticized', 'accusation', 'the cue “criticized”'],
    ['Russia regards China as a close friend', 'said', 'position', 'the words contain “regards”'],
    ['Putin sent a congratulatory message to Xi Jinping', 'said', 'report', 'the words contain “sent a congratulatory message”'],
  ])('labels “%s” (cued by %s) as %s', (words, cue, value, reason) => {
    expect(claimTypeOf(taxonomy, words, cue)).toEqual({ value, reason });
  });

  it('default to a position for a speaker and to a report for the outlet', () => {
    expect(claimTypeOf(taxonomy, 'the sky is blue', 'said').value).toBe('position');
    expect(claimTypeOf(taxonomy, 'the sky is blue', null).value).toBe('report');
  });
});

describe.each(seeds)('the seed %s', (slug) => {
  const source = matter(readFileSync(`content/sources/${slug}.md`, 'utf8'));
  const result = annotate(source.content, { ...(source.data as { title: string; outlet: string }), published: String(source.data.published) });

  it('gives every statement topics and a claim type, each with its reason', () => {
    for (const statement of result.statements) {
      expect(statement.topics?.length, statement.text).toBeGreaterThan(0);
      for (const topic of statement.topics!) expect(topic.reason).toMatch(/contains? “/);
      expect(statement.claimType?.reason, statement.text).toMatch(/\S/);
    }
  });

  it('gives every claim a claim type with its reason', () => {
    for (const claim of result.claims) expect(claim.claimType?.reason, claim.text).toMatch(/\S/);
  });
});
