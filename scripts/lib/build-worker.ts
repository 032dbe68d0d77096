/** A thread of `npm run build:articles`: builds the sources it is sent, one at a time, and answers with each outcome. */
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { BuildJob } from './build-outcome.ts';

// Every thread loads the whole annotator; Node's cache of compiled code (in NODE_COMPILE_CACHE, or the
// system's temporary directory) halves that from the second build on. Messages wait while it loads.
enableCompileCache();
const { buildSource } = await import('./build-source.ts');

parentPort!.postMessage({ loaded: true });
parentPort!.on('message', ({ index, job }: { index: number; job: BuildJob }) => {
  parentPort!.postMessage({ index, outcome: buildSource(job) });
});
