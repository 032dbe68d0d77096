import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../scripts/lib/build-source.ts';
import type { BuildJob, BuildOutcome } from '../../scripts/lib/build-outcome.ts';
import { BuildThreads, IN_FLIGHT } from '../../scripts/lib/build-threads.ts';

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
    const slugs = ['a', 'b', 'crash', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'];
    const outcomes = await run(slugs, 2, './threads/dies-on-crash.ts');
    expect(outcomes.every(Boolean)).toBe(true);
    const crash = outcomes[2]!;
    expect(crash.status).toBe('failed');
    expect(crash.lines).toEqual([[2, expect.stringMatching(/^build-articles: error: \/sources\/crash\.md: annotation failed: Error: the build thread stopped \(exit code 3\)/)]]);
    for (const [index, slug] of slugs.entries()) {
      if (slug !== 'crash' && outcomes[index]!.status === 'annotated') expect(outcomes[index]!.lines).toEqual([[1, `built ${slug}\n`]]);
    }
    // Only the sources the thread held can be lost with it.
    expect(outcomes.filter((outcome) => outcome!.status === 'failed').length).toBeLessThanOrEqual(IN_FLIGHT);
  });

  it('give up with the error when the annotator cannot be loaded, instead of starting thread after thread', async () => {
    await expect(run(['a', 'b', 'c'], 2, './threads/cannot-load.ts')).rejects.toThrow(/the annotator is broken/);
  });

  it('build nothing and stop when there is nothing to build', async () => {
    expect(await run([], 2, './threads/dies-on-crash.ts')).toEqual([]);
  });

  it('report an article that cannot be written as a build on one thread does, after the warnings said before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-threads-'));
    try {
      const source = join(dir, 'wang.md');
      writeFileSync(source, "---\ntitle: A title\noutlet: Global Times\nurl: https://example.com/a\npublished: '2999-01-01'\n---\nWang Wenbin said on Friday that China welcomes the remarks.\n");
      // The directory of articles is missing, so only the write fails.
      const job: BuildJob = { slug: 'wang', path: source, out: join(dir, 'missing'), correctionsDir: join(dir, 'corrections'), version: 'test', force: false };
      const here = buildSource(job);
      let there: BuildOutcome | undefined;
      await new BuildThreads(1).build([job], (_, outcome) => (there = outcome));
      // The same but for the stack and the random name of the temporary file.
      const withoutStack = (outcome: BuildOutcome | undefined) => ({ ...outcome, lines: outcome?.lines.map(([stream, text]) => [stream, text.split('\n')[0].replace(/-[0-9a-f]{8}\.tmp/, '-….tmp')]) });
      expect(here.status).toBe('failed');
      expect(here.lines[0][1]).toMatch(/^build-articles: warning: .*wang\.md:5: published /);
      expect(here.lines[1][1]).toMatch(/^build-articles: error: .*wang\.md: annotation failed: Error: ENOENT/);
      expect(withoutStack(there)).toEqual(withoutStack(here));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
