import { describe, expect, it } from 'vitest';
import { searchDocument, type SearchFacts } from '../../src/lib/search-document.ts';

const facts: SearchFacts = {
  title: 'Wang Yi, 28 Oct 2022',
  quote: 'relations are at an unprecedented level',
  quoted: true,
  kind: 'direct',
  speaker: 'Wang Yi',
  country: 'China',
  date: '28 Oct 2022',
  year: '2022',
  outlet: 'Global Times',
  topics: ['Bilateral trust and ties', 'World order'],
  claimType: 'Assessment',
  sortKey: '2022-10-28',
};

describe('the document a statement gives the search index', () => {
  it('holds the heading and the quote between quotation marks as its indexed words', () => {
    const html = searchDocument(facts);
    expect(html).toContain('<article data-pagefind-body><h1 data-pagefind-meta="title">Wang Yi, 28 Oct 2022</h1>');
    expect(html).toContain('<blockquote><p>“relations are at an unprecedented level”</p></blockquote>');
  });

  it('leaves reported speech without quotation marks', () => {
    expect(searchDocument({ ...facts, quoted: false, kind: 'indirect' })).toContain('<blockquote><p>relations are at an unprecedented level</p></blockquote>');
  });

  it('gives one filter per facet value, every topic included, and the claim type only when there is one', () => {
    const html = searchDocument(facts);
    for (const [name, value] of [['speaker', 'Wang Yi'], ['country', 'China'], ['kind', 'direct'], ['year', '2022'], ['outlet', 'Global Times'], ['topic', 'Bilateral trust and ties'], ['topic', 'World order'], ['claim-type', 'Assessment']]) {
      expect(html).toContain(`<span data-pagefind-filter="${name}">${value}</span>`);
    }
    expect(searchDocument({ ...facts, claimType: undefined })).not.toContain('claim-type');
  });

  it('keeps the metadata and the sort key out of the indexed words', () => {
    const html = searchDocument(facts);
    expect(html).toContain('<span data-pagefind-sort="date:2022-10-28"></span>');
    expect(html).toMatch(/<div data-pagefind-ignore>.*<span data-pagefind-meta="quote">relations are at an unprecedented level<\/span>.*<\/div><\/article>/);
  });

  it('escapes markup in every field, so a hostile quote or name stays text', () => {
    const html = searchDocument({ ...facts, quote: '<img src=x onerror=alert(1)> & "more"', speaker: 'A "B" <C>', topics: [] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;');
    expect(html).toContain('<span data-pagefind-filter="speaker">A &quot;B&quot; &lt;C&gt;</span>');
  });
});
