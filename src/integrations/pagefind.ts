/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, so the build alone
 * yields a searchable site. Which pages and words are indexed is decided by the `data-pagefind-*`
 * attributes in the pages (only statement pages carry `data-pagefind-body`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'readout-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Timed on its own so that `npm run bench` can tell indexing apart from rendering.
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only statement pages: a hit should land on one quote, even on a site with no statements
        // yet (where Pagefind would otherwise fall back to indexing every page).
        const added = await index.addDirectory({ path: site, glob: 'statements/**/*.html' });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} statement pages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
        await pagefind.close();
      },
    },
  };
}
