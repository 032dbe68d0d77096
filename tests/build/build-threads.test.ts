import { describe, expect, it } from 'vitest';
import type { BuildJob, BuildOutcome } from '../../scripts/lib/build-outcome.ts';
import { BuildThreads } from '../../scripts/lib/build-threads.ts';

const job = (slug: string): BuildJob => ({ slug, path: `/sources/${slug}.md`, out: '/articles', correctionsDir: '/corrections', version: 'test', force: false });

async function run(slugs: string[], threads: number, script: string) {
  const outcomes = new Map<number, BuildOutcome>();
  await new BuildThreads(threads, new URL(script, import.meta.url)).build(slugs.map(job), (index, outcome) => {
    expect(outcomes.has(index)).toBe(false);
    outcomes.set(index, outcome);
  });
  return slugs.map((_, index) => outcomes.get(index));
}

describe('the build threads', () => {
  it('fail the sources a thread held when it dies, and build the others on the threads left and one started in its place', async () => {
    const slugs = ['a', 'b', 'crash', 'c', 'd', 'e', 'f', 'g'];
    const outcomes = await run(slugs, 2, './threads/dies-on-crash.ts');
    expect(outcomes.every(Boolean)).toBe(true);
    const crash = outcomes[2]!;
    expect(crash.status).toBe('failed');
    expect(crash.lines).toEqual([[2, expect.stringMatching(/^build-articles: error: \/sources\/crash\.md: annotation failed: Error: the build thread stopped \(exit code 3\)/)]]);
    for (const [index, slug] of slugs.entries()) {
      if (slug !== 'crash' && outcomes[index]!.status === 'annotated') expect(outcomes[index]!.lines).toEqual([[1, `built ${slug}\n`]]);
    }
    // Only the source the thread was on and the one it had been given next can be lost with it.
    expect(outcomes.filter((outcome) => outcome!.status === 'failed').length).toBeLessThanOrEqual(2);
    expect(outcomes.slice(4).every((outcome) => outcome!.status === 'annotated')).toBe(true);
  });

  it('give up with the error when the annotator cannot be loaded, instead of starting thread after thread', async () => {
    await expect(run(['a', 'b', 'c'], 2, './threads/cannot-load.ts')).rejects.toThrow(/the annotator is broken/);
  });

  it('build nothing and stop when there is nothing to build', async () => {
    expect(await run([], 2, './threads/dies-on-crash.ts')).toEqual([]);
  });
});
