/** A stand-in build thread: builds every source at once, except that it stops dead on the source whose slug is "crash". */
import { parentPort } from 'node:worker_threads';

parentPort!.postMessage({ loaded: true });
parentPort!.on('message', ({ index, job }: { index: number; job: { slug: string } }) => {
  if (job.slug === 'crash') process.exit(3);
  parentPort!.postMessage({ index, outcome: { status: 'annotated', lines: [[1, `built ${job.slug}\n`]] } });
});
