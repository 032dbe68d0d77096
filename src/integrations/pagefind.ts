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

export function pagefindIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  const pending: Promise<void>[] = [];
  const failures: string[] = [];
  let pages = 0;
  // Documents that arrived before one listed earlier, by position; `released` is the next to send.
  const waiting = new Map<number, { url: string; html: string }>();
  let released = 0;
  let flush = () => {};
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
        slot[SEARCH_INDEX] = {
          add(position, url, html) {
            if (waiting.has(position)) throw new Error(`Two search documents claim position ${position} (${url}).`);
            waiting.set(position, { url, html });
            // Pages finish a few at a time, so the documents waiting for a slower one stay few.
            for (let next = waiting.get(released); next; next = waiting.get(released)) {
              waiting.delete(released++);
              send(next);
            }
          },
        };
        flush = () => [...waiting.entries()].sort(([a], [b]) => a - b).forEach(([, doc]) => send(doc));
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete slot[SEARCH_INDEX];
        // Positions missing from the list (a page that was not rendered) must not hold back the rest.
        flush();
        waiting.clear();
        if (!index) throw new Error('The Pagefind index was not created at the start of the build.');
        // Timed on its own so that `npm run bench` can tell what indexing adds after the rendering.
        const started = performance.now();
        await Promise.all(pending);
        if (failures.length) throw new Error(`Pagefind indexing failed: ${failures.slice(0, 5).join('; ')}`);
        const site = fileURLToPath(dir);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        logger.info(`indexed ${pages} statement pages in ${((performance.now() - started) / 1000).toFixed(2)} s after rendering`);
        await pagefind.close();
      },
    },
  };
}
