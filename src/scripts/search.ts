/**
 * The quote search: runs Pagefind in the browser, keeps the query, filters and order in the URL,
 * and updates the facet counts. The form it drives works without it as a plain GET form.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch | null>;
  preload: (q: string, o?: Record<string, unknown>) => Promise<void>;
}
interface Pagefind extends PagefindInstance {
  createInstance: (o: Record<string, unknown>) => PagefindInstance;
}

export {};

const FACETS = ['speaker', 'country', 'outlet', 'kind', 'topic', 'year'] as const;
const PAGE_SIZE = 20;
/** How many results are shown before the rest of the page has loaded. */
const FIRST_SHOWN = 5;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const statusLine = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
/** The facet checkboxes; `aria-busy` while their counts are being brought up to date. */
const facets = form.querySelector<HTMLElement>('.facets')!;

let pagefind: Promise<Pagefind> | undefined;
let runId = 0;

/** Loads and starts Pagefind, once (a failed load is tried again next time). */
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime path: the index only exists after the build, so the bundler must not resolve it.
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

let counter: Promise<{ pf: PagefindInstance; all: Record<string, Record<string, number>> }> | undefined;

/**
 * A second Pagefind instance for the facet counts, with the filter index (every facet's values and
 * the statements that have them) loaded, once. Kept apart from the one that finds the results: with
 * the filter index loaded, every search also counts every facet value over all its results, which
 * on a large site costs more than the search itself. The index files are the same, so the browser
 * fetches them once.
 */
function loadCounter(pf: Pagefind): Promise<{ pf: PagefindInstance; all: Record<string, Record<string, number>> }> {
  counter ??= (async () => {
    const instance = pf.createInstance({ basePath: '/pagefind/' });
    await instance.init();
    return { pf: instance, all: await instance.filters() };
  })().catch((error: unknown) => {
    counter = undefined;
    throw error;
  });
  return counter;
}

/**
 * Counts as a reader expects from checkboxes: values within one facet are alternatives, so each
 * facet is counted with the query and the other facets' choices, but not its own.
 */
async function facetCounts(results: Pagefind, q: string, filters: Record<string, { any: string[] }>, current: PagefindSearch, id: number) {
  const { pf, all } = await loadCounter(results);
  // The results' search counted only the facets it filtered on.
  const complete = Object.keys(all).every((key) => key in current.filters) ? current : await pf.search(q || null, { filters });
  const counts = { ...(complete ?? current).filters };
  for (const key of Object.keys(filters)) {
    const others = { ...filters };
    delete others[key];
    if (!q && !Object.keys(others).length) {
      counts[key] = all[key] ?? {};
      continue;
    }
    // A newer search has started: stop counting for this one rather than slow it down.
    if (id !== runId) return counts;
    const without = await pf.search(q || null, { filters: others });
    if (without) counts[key] = without.filters[key] ?? {};
  }
  return counts;
}

function checkboxes(): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')];
}

/** Puts the URL's state into the form, adding a checkbox for any value it does not list yet. */
function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') ?? '';
  for (const box of checkboxes()) box.checked = params.getAll(box.name).includes(box.value);
  for (const facet of FACETS) {
    for (const value of params.getAll(facet)) {
      if (checkboxes().some((b) => b.name === facet && b.value === value)) continue;
      const group = form.querySelector(`[data-facet-list="${facet}"]`);
      if (!group) continue;
      const li = document.createElement('li');
      const box = document.createElement('input');
      Object.assign(box, { type: 'checkbox', name: facet, value, checked: true, id: `f-${facet}-x${group.children.length}` });
      box.dataset.facet = facet;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.append(value, ' ');
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = '(0)';
      label.append(count);
      li.append(box, label);
      group.append(li);
    }
  }
}

function writeUrl(push: boolean): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const box of checkboxes()) if (box.checked) params.append(box.name, box.value);
  if (sortSelect.value) params.set('sort', sortSelect.value);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function selectedFilters(): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const box of checkboxes()) if (box.checked) (filters[box.name] ??= { any: [] }).any.push(box.value);
  return filters;
}

/** The full quote with the words Pagefind matched (taken from its excerpt) highlighted. */
function highlightedQuote(quote: string, excerpt: string): DocumentFragment {
  const marked = new Set(
    [...new DOMParser().parseFromString(excerpt, 'text/html').querySelectorAll('mark')].map((m) =>
      // Pagefind's marks can take punctuation along ("unprecedented); compare bare words.
      (m.textContent ?? '').toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
    ),
  );
  const frag = document.createDocumentFragment();
  for (const part of quote.split(/(\p{L}[\p{L}\p{N}'’-]*)/u)) {
    if (part && marked.has(part.toLowerCase())) {
      const mark = document.createElement('mark');
      mark.textContent = part;
      frag.append(mark);
    } else if (part) {
      frag.append(part);
    }
  }
  return frag;
}

function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const quote = document.createElement('p');
  quote.className = 'result-quote';
  const link = document.createElement('a');
  link.href = d.url;
  const direct = d.meta.kind === 'direct';
  link.append(direct ? '“' : '', highlightedQuote(d.meta.quote ?? d.meta.title ?? '', d.excerpt), direct ? '”' : '');
  quote.append(link);
  const meta = document.createElement('p');
  meta.className = 'item-meta';
  meta.textContent = [d.meta.speaker, d.meta.date, d.meta.outlet].filter(Boolean).join(' · ');
  li.append(quote, meta);
  return li;
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const box of checkboxes()) {
    const n = counts[box.name]?.[box.value] ?? 0;
    const count = box.labels?.[0]?.querySelector('.count');
    if (count) count.textContent = `(${n})`;
  }
}

async function run(): Promise<void> {
  const id = ++runId;
  const q = input.value.trim();
  const filters = selectedFilters();
  if (!q && !Object.keys(filters).length) {
    list.replaceChildren();
    facets.setAttribute('aria-busy', 'false');
    statusLine.textContent = 'Type words from a quote, or choose a filter.';
    return;
  }
  statusLine.textContent = 'Searching…';
  let pf: Pagefind;
  try {
    pf = await load();
  } catch {
    statusLine.textContent = 'The search index could not be loaded.';
    return;
  }
  const search = await pf.search(q || null, { filters, ...sortOf() });
  if (id !== runId || !search) return;
  // The results first, then the facet counts: counting may need the filter index loaded.
  facets.setAttribute('aria-busy', 'true');
  // Each result's words are a fetch of their own: the first few are shown as soon as they arrive,
  // while the rest of the page loads.
  const shown = search.results.slice(0, PAGE_SIZE).map((r) => r.data());
  const first = await Promise.all(shown.slice(0, FIRST_SHOWN));
  if (id !== runId) return;
  list.replaceChildren(...first.map(resultItem));
  const rest = await Promise.all(shown.slice(FIRST_SHOWN));
  if (id !== runId) return;
  list.append(...rest.map(resultItem));
  const total = search.results.length;
  statusLine.textContent = total
    ? `${total} ${total === 1 ? 'statement' : 'statements'}${total > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`
    : 'No statements match.';
  let counts: Record<string, Record<string, number>>;
  try {
    counts = await facetCounts(pf, q, filters, search, id);
  } catch {
    // The counts printed with the page stay; the results are right without them.
    if (id === runId) facets.setAttribute('aria-busy', 'false');
    return;
  }
  if (id !== runId) return;
  updateCounts(counts);
  facets.setAttribute('aria-busy', 'false');
}

function sortOf(): { sort?: Record<string, string> } {
  const sort = sortSelect.value === 'date-asc' ? { date: 'asc' } : sortSelect.value === 'date-desc' ? { date: 'desc' } : undefined;
  return sort ? { sort } : {};
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeUrl(true);
  void run();
});
// While words are typed, Pagefind and the index chunks for them are fetched, so that the search
// itself, on Enter, has less to wait for.
input.addEventListener('input', () => {
  const q = input.value.trim();
  if (q) load().then((pf) => pf.preload(q), () => undefined).catch(() => undefined);
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  writeUrl(false);
  void run();
});
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});

readUrl();
void run();
