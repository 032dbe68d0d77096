/**
 * Where the search index waits for statements during `astro build`: on `globalThis` under a
 * registered symbol, because the integration and the statement pages are loaded as separate copies
 * of their modules (one by the config loader, one in the bundled page code) within the same build
 * process. Empty outside `astro build`.
 */
export const SEARCH_INDEX = Symbol.for('readout.search-index');

/** What a statement page sees of the index while it renders. */
export interface SearchIndexSink {
  /**
   * Indexes `html` (a document made by `searchDocument`) as the result at `url`. `position` is the
   * page's place in its `getStaticPaths` list (0, 1, 2, …): pages render a few at a time and finish
   * in any order, while Pagefind numbers pages as they arrive, so the index releases them in list
   * order and two builds of the same content write the same files.
   */
  add(position: number, url: string, html: string): void;
}

export function searchIndexSink(): SearchIndexSink | undefined {
  return (globalThis as Record<symbol, SearchIndexSink | undefined>)[SEARCH_INDEX];
}
