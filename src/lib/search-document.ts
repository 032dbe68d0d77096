/**
 * What Pagefind indexes for a statement: a small HTML document made from the statement's facts,
 * handed to the index while the build renders (see `src/integrations/pagefind.ts`), rather than
 * the whole rendered page read back from disk afterwards. Its heading and quote are indexed with
 * Pagefind's usual weights; the `data-pagefind-*` attributes give the result's metadata, the facet
 * filters and the sort key. This is the only place those are decided.
 */
export interface SearchFacts {
  /** The result's heading: speaker and when. */
  title: string;
  /** The statement's words on one line. */
  quote: string;
  kind: string;
  /** The speaker's name as the site lists them (merged across articles). */
  speaker: string;
  country: string;
  /** The statement's date as readers see it. */
  date: string;
  year: string;
  outlet: string;
  topics: readonly string[];
  claimType?: string;
  /** Sorts results by date. */
  sortKey: string;
  /** A direct quote is shown between quotation marks. */
  quoted: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

function tagged(attribute: 'filter' | 'meta', name: string, value: string): string {
  return `<span data-pagefind-${attribute}="${name}">${escapeHtml(value)}</span>`;
}

export function searchDocument(facts: SearchFacts): string {
  const quote = facts.quoted ? `“${facts.quote}”` : facts.quote;
  const filters: [string, string][] = [
    ['speaker', facts.speaker],
    ['country', facts.country],
    ['kind', facts.kind],
    ['year', facts.year],
    ['outlet', facts.outlet],
    ...facts.topics.map((topic): [string, string] => ['topic', topic]),
    ...(facts.claimType ? [['claim-type', facts.claimType] as [string, string]] : []),
  ];
  const metas: [string, string][] = [
    ['quote', facts.quote],
    ['kind', facts.kind],
    ['speaker', facts.speaker],
    ['date', facts.date],
    ['outlet', facts.outlet],
  ];
  return [
    '<!doctype html><html lang="en"><body><article data-pagefind-body>',
    `<h1 data-pagefind-meta="title">${escapeHtml(facts.title)}</h1>`,
    `<blockquote><p>${escapeHtml(quote)}</p></blockquote>`,
    `<span data-pagefind-sort="date:${escapeHtml(facts.sortKey)}"></span>`,
    '<div data-pagefind-ignore>',
    ...filters.map(([name, value]) => tagged('filter', name, value)),
    ...metas.map(([name, value]) => tagged('meta', name, value)),
    '</div></article></body></html>',
  ].join('');
}
