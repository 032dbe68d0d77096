import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          // Build and CLI tests start processes; on two busy cores they need more than the default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Lighthouse measures timing: it runs on its own, after everything else (see `lighthouse`).
          exclude: ['tests/e2e/lighthouse-*.test.ts', '**/node_modules/**'],
          environment: 'node',
          // Builds the fixture site once, serves it on a loopback port and starts one Chromium.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Browser pages share one Chromium; two workers suit a two-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'lighthouse',
          include: ['tests/e2e/lighthouse-*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Scores depend on an idle machine: one page at a time, nothing else running.
          maxWorkers: 1,
        },
      },
    ],
  },
});
