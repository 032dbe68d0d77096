// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.READOUT_SITE_URL || undefined,
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) drops the whitespace between inline elements on separate source
  // lines, which would glue annotated words together ("saidon Thursday"); `true` compresses
  // without losing a space.
  compressHTML: true,
  // Articles are rendered by our own remark pipeline (src/lib/markdown-pipeline.ts); no code blocks,
  // so no highlighter and its inline styles.
  markdown: { syntaxHighlight: false },
  // Pages wait on the disk between renders: rendering a few at once keeps the CPU busy meanwhile.
  // (The search index puts statement pages back in their listed order: src/integrations/pagefind.ts.)
  build: { format: 'directory', concurrency: 4 },
  security: {
    // Astro hashes every script and style it emits into a CSP <meta> on each page, so nothing
    // inline runs unless the build put it there; `public/_headers` repeats what a meta cannot say.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        // Pagefind fetches its index fragments and WebAssembly from the site itself.
        "connect-src 'self'",
        // Pagefind may run its search in a worker made from a blob.
        "worker-src 'self' blob:",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the page; nothing else is evaluated.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Tests build the fixture site elsewhere so they never overwrite (or read) the real build.
  outDir: process.env.READOUT_OUT_DIR || './dist',
  cacheDir: process.env.READOUT_CACHE_DIR || './node_modules/.astro',
  integrations: [pagefindIndex()],
});
