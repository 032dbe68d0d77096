import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateArticle, generateCorpus } from '../../scripts/synthetic/generate-corpus.ts';

const NODE = resolve('node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'readout-perf-'));

function buildArticles(sources: string, out: string): string {
  // A fixed annotator version, so that an edit to the pipeline during the run changes nothing here.
  const result = spawnSync(NODE, ['scripts/build-articles.ts', '--sources', sources, '--out', out, '--strict', '--generator-version', 'perf-test'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim().split('\n').at(-1)!;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the synthetic corpus', () => {
  test('the same seed writes the same articles and another seed writes others', () => {
    expect(generateArticle(7, 1)).toEqual(generateArticle(7, 1));
    expect(generateArticle(7, 2).text).not.toBe(generateArticle(7, 1).text);
    const slugs = Array.from({ length: 500 }, (_, i) => generateArticle(i, 1).slug);
    expect(new Set(slugs).size).toBe(500);
  });

  test('a second build after one source changed annotates only that source and says so', { timeout: 60_000 }, () => {
    const sources = join(work, 'sources');
    const out = join(work, 'articles');
    const slugs = generateCorpus(20, sources, 3);
    expect(buildArticles(sources, out)).toBe('20 annotated, 0 unchanged, 0 failed, 0 removed');
    const before = new Map(readdirSync(out).map((name) => [name, statSync(join(out, name)).mtimeMs]));

    appendFileSync(join(sources, `${slugs[4]}.md`), '\nThe talks will continue next week, a spokesperson said on Friday.\n');
    expect(buildArticles(sources, out)).toBe('1 annotated, 19 unchanged, 0 failed, 0 removed');
    const rewritten = readdirSync(out).filter((name) => statSync(join(out, name)).mtimeMs !== before.get(name));
    expect(rewritten).toEqual([`${slugs[4]}.md`]);
    expect(readFileSync(join(out, `${slugs[4]}.md`), 'utf8')).toContain('The talks will continue next week');
  });

  test('no two articles share a statement id, which would give two quotes one page', { timeout: 60_000 }, () => {
    const out = join(work, 'articles');
    const owners = new Map<string, string>();
    for (const name of readdirSync(out)) {
      const front = readFileSync(join(out, name), 'utf8').split('\n---\n')[0]!;
      const ids = new Set([...front.matchAll(/^ {2}- id: (s-[0-9a-f]+)$/gm)].map((m) => m[1]!));
      for (const id of ids) {
        expect(owners.get(id), `${id} in ${name}`).toBeUndefined();
        owners.set(id, name);
      }
    }
    expect(owners.size).toBeGreaterThan(100);
  });
});
