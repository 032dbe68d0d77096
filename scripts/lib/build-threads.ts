/**
 * Builds sources on worker threads. Each thread is given the next source in order as soon as it has
 * fewer than `IN_FLIGHT` to do, so a long article holds up one thread, not the others; the outcomes
 * come back in whatever order the threads finish, each with its index, for the caller to print in
 * source order.
 */
import { Worker } from 'node:worker_threads';
import { failure, type BuildJob, type BuildOutcome } from './build-outcome.ts';
import { displayPath } from './display-path.ts';

/** Sources given to a thread ahead of the one it works on, so that it never waits for the next. */
const IN_FLIGHT = 2;
const WORKER = new URL('./build-worker.ts', import.meta.url);

/**
 * Builds `jobs` on `threads` threads and calls `done` once per job. A thread that dies (it ran out of
 * memory, say) fails the sources it held, as an annotation that throws does, and another takes its place.
 */
export function buildInThreads(jobs: readonly BuildJob[], threads: number, done: (index: number, outcome: BuildOutcome) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    const workers = new Set<Worker>();
    const complete = (index: number, outcome: BuildOutcome) => {
      done(index, outcome);
      if (++finished === jobs.length) {
        const all = [...workers];
        workers.clear();
        for (const worker of all) void worker.terminate();
        resolve();
      }
    };

    const start = () => {
      const worker = new Worker(WORKER);
      const held = new Set<number>();
      const feed = () => {
        while (held.size < IN_FLIGHT && next < jobs.length) {
          held.add(next);
          worker.postMessage({ index: next, job: jobs[next] });
          next++;
        }
      };
      const lost = (error: unknown) => {
        if (!workers.delete(worker)) return;
        for (const index of held) complete(index, failure(`${displayPath(jobs[index].path)}: annotation failed: ${(error as Error)?.stack ?? error}`));
        held.clear();
        if (next < jobs.length) start();
      };
      worker.on('message', ({ index, outcome }: { index: number; outcome: BuildOutcome }) => {
        held.delete(index);
        feed();
        complete(index, outcome);
      });
      worker.on('error', lost);
      worker.on('exit', (code) => lost(new Error(`the build thread stopped (exit code ${code})`)));
      workers.add(worker);
      feed();
    };

    if (jobs.length === 0) resolve();
    else for (let i = 0; i < threads && next < jobs.length; i++) start();
  });
}
