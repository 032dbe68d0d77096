/**
 * Builds sources on worker threads, which start loading the annotator as soon as they are created.
 * Each is given the next source in order as soon as it has fewer than `IN_FLIGHT` to do, so a long
 * article holds up one thread, not the others; the outcomes come back in whatever order the threads
 * finish, each with its index, for the caller to print in source order.
 */
import { Worker } from 'node:worker_threads';
import { failure, type BuildJob, type BuildOutcome } from './build-outcome.ts';
import { displayPath } from './display-path.ts';

/** Sources given to a thread ahead of the one it works on, so that it never waits for the next. */
export const IN_FLIGHT = 2;
const WORKER = new URL('./build-worker.ts', import.meta.url);

/** A thread, and why it stopped if it did before it was given work, and whether it has loaded the annotator. */
interface Started {
  worker: Worker;
  stopped?: unknown;
  loaded: boolean;
}

function start(script: URL): Started {
  const started: Started = { worker: new Worker(script), loaded: false };
  const early = (error: unknown) => {
    started.stopped ??= error;
  };
  started.worker
    .on('error', early)
    .on('exit', (code) => early(new Error(`the build thread stopped (exit code ${code})`)))
    .on('message', (message: { loaded?: true }) => {
      if (message.loaded) started.loaded = true;
    });
  return started;
}

export class BuildThreads {
  private readonly idle: Started[] = [];
  private readonly script: URL;

  /** `script` is what each thread runs: `build-worker.ts`, or a stand-in in tests. */
  constructor(threads: number, script: URL = WORKER) {
    this.script = script;
    for (let i = 0; i < threads; i++) this.idle.push(start(script));
  }

  /**
   * Builds `jobs` and calls `done` once per job; the threads stop when all are done. A thread that
   * dies once it has loaded the annotator (it ran out of memory on one article, say) fails the sources
   * it held, as an annotation that throws does, and another takes its place; one that dies before (the
   * annotator cannot be loaded) fails the whole build with its error.
   */
  build(jobs: readonly BuildJob[], done: (index: number, outcome: BuildOutcome) => void): Promise<void> {
    const started = this.idle.splice(0);
    return new Promise((resolve, reject) => {
      let next = 0;
      let finished = 0;
      const workers = new Set<Worker>();
      const stop = () => {
        const all = [...workers];
        workers.clear();
        for (const worker of all) void worker.terminate();
      };
      const complete = (index: number, outcome: BuildOutcome) => {
        done(index, outcome);
        if (++finished === jobs.length) {
          stop();
          resolve();
        }
      };

      const use = (started: Started) => {
        const { worker, stopped } = started;
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
          if (!started.loaded) {
            stop();
            reject(error);
            return;
          }
          for (const index of held) complete(index, failure(`${displayPath(jobs[index].path)}: annotation failed: ${(error as Error)?.stack ?? error}`));
          held.clear();
          if (next < jobs.length) use(start(this.script));
        };
        worker.on('message', (message: { loaded: true } | { index: number; outcome: BuildOutcome }) => {
          if ('loaded' in message) return;
          const { index, outcome } = message;
          held.delete(index);
          feed();
          complete(index, outcome);
        });
        worker.on('error', lost);
        worker.on('exit', (code) => lost(new Error(`the build thread stopped (exit code ${code})`)));
        workers.add(worker);
        if (stopped !== undefined) lost(stopped);
        else feed();
      };

      for (const thread of started) use(thread);
      if (jobs.length === 0) {
        stop();
        resolve();
      }
    });
  }
}
