/**
 * Builds the Pagefind index while `astro build` renders, so the build alone yields a searchable
 * site and indexing costs little wall-clock time: each statement page, as it renders, hands a small
 * document of its facts (`src/lib/search-document.ts`) to the Pagefind process, which indexes on
 * the other core; at the end of the build the index is written to `dist/pagefind/`. Only statements
 * are search results, so a hit lands on one quote.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX, type SearchIndexSink } from './search-index-slot.ts';
import { inListedOrder } from './in-listed-order.ts';

export function pagefindIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  let pages = 0;
  let ordered: ReturnType<typeof inListedOrder<{ url: string; html: string }>> | undefined;
  const slot = globalThis as Record<symbol, SearchIndexSink | undefined>;
  return {
    name: 'readout-pagefind',
    hooks: {
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        const open = index;
        const send = ({ url, html }: { url: string; html: string }) => {
          pages++;
          pending.push(
            open.addHTMLFile({ url, content: html }).then(
              (added) => void (added.errors.length && failures.push(`${url}: ${added.errors.join('; ')}`)),
              (error: unknown) => void failures.push(`${url}: ${String(error)}`),
            ),
          );
        };
        // Pages finish a few at a time, so few documents wait for a slower one listed before them.
        const queue = (ordered = inListedOrder(send));
        slot[SEARCH_INDEX] = { add: (position, url, html) => queue.add(position, { url, html }) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete slot[SEARCH_INDEX];
        // Positions missing from the list (a page that was not rendered) must not hold back the rest.
        ordered?.flush();
        if (!index) throw new Error('The Pagefind index was not created at the start of the build.');
        // Timed on its own so that `npm run bench` can tell what indexing adds after the rendering.
        const started = performance.now();
        await Promise.all(pending);
        const caughtUp = performance.now();
        if (failures.length) throw new Error(`Pagefind indexing failed: ${failures.slice(0, 5).join('; ')}`);
        const site = fileURLToPath(dir);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        const seconds = (ms: number) => (ms / 1000).toFixed(2);
        logger.info(`indexed ${pages} statement pages in ${seconds(performance.now() - started)} s after rendering (${seconds(caughtUp - started)} s to index the last pages sent, ${seconds(performance.now() - caughtUp)} s to write the index)`);
        await pagefind.close();
      },
    },
  };
}
