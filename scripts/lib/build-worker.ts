/** A thread of `npm run build:articles`: builds the sources it is sent, one at a time, and answers with each outcome. */
import { parentPort } from 'node:worker_threads';
import type { BuildJob } from './build-outcome.ts';
import { buildSource } from './build-source.ts';

parentPort!.on('message', ({ index, job }: { index: number; job: BuildJob }) => {
  parentPort!.postMessage({ index, outcome: buildSource(job) });
});
