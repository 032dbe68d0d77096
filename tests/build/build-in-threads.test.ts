import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/generate-corpus.ts';
import { runScript } from '../cli/run-cli.ts';

let dir: string;
let sources: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-threads-'));
  sources = join(dir, 'sources');
  mkdirSync(sources);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A build into `<dir>/<name>/articles`, its report beside it in `<dir>/<name>/reports`. */
const build = (name: string, ...args: string[]) => runScript('build-articles.ts', ['--sources', sources, '--out', join(dir, name, 'articles'), '--generator-version', 'test-1', ...args]);

/** Every file under `<dir>/<name>`, by path relative to it. */
function files(name: string): Record<string, string> {
  const root = join(dir, name);
  const found: Record<string, string> = {};
  for (const sub of readdirSync(root)) for (const file of readdirSync(join(root, sub))) found[`${sub}/${file}`] = readFileSync(join(root, sub, file), 'utf8');
  return found;
}

/** Printed text with the one thing that differs between two builds into two directories: the directory. */
const sameDirectory = (text: string, name: string) => text.replaceAll(join(dir, name), '<build>');

/** The source named on each line (its file name without the extension), in the order printed. */
const namesIn = (text: string) => text.trim().split('\n').flatMap((line) => /([^/ ]+)\.(?:md|txt)\b/.exec(line)?.[1] ?? []);

const WANG = 'Chinese Foreign Ministry spokesperson Wang Wenbin said on Friday that China welcomes the remarks.\n';

function source(name: string, body: string, published = "'2022-10-29'") {
  writeFileSync(join(sources, name), `---\ntitle: A title\noutlet: Global Times\nurl: https://example.com/${name}\npublished: ${published}\nlanguage: en\n---\n${body}`);
}

/** Good sources with, between them in name order, each kind of failure and a warning. */
function mixedSources(): string[] {
  const good = generateCorpus(14, sources, 5);
  source('Not-A-Slug.md', WANG);
  source('a-bad-date.md', WANG, "'2022-02-30'");
  source('d-twice.md', WANG);
  source('d-twice.txt', WANG);
  source('f-future.md', WANG, "'2999-01-01'");
  writeFileSync(join(sources, 'n-broken.md'), '---\ntitle: [unclosed\n---\nText.\n');
  writeFileSync(join(sources, 'zz-no-title.md'), "---\npublished: '2022-10-29'\n---\nText.\n");
  return [...good, 'f-future'].sort();
}

describe('npm run build:articles on several threads', () => {
  it('prints the same lines in source order, counts the same, exits the same and writes the same files with two threads as with one', () => {
    const built = mixedSources();
    const one = build('one', '--jobs', '1', '--strict');
    const two = build('two', '--jobs', '2', '--strict');
    expect(one.status).toBe(1);
    expect(two.status).toBe(one.status);
    expect(sameDirectory(two.stdout, 'two')).toBe(sameDirectory(one.stdout, 'one'));
    expect(sameDirectory(two.stderr, 'two')).toBe(sameDirectory(one.stderr, 'one'));
    expect(two.stdout.trim().split('\n').at(-1)).toBe('15 annotated, 0 unchanged, 6 failed, 0 removed');
    expect(namesIn(two.stdout)).toEqual(built);
    expect(namesIn(two.stderr)).toEqual(['Not-A-Slug', 'a-bad-date', 'd-twice', 'd-twice', 'f-future', 'n-broken', 'zz-no-title']);
    expect(files('two')).toEqual(files('one'));
  });

  it('reports unchanged articles in source order on a second build with two threads', () => {
    const slugs = generateCorpus(10, sources, 2);
    build('two', '--jobs', '2');
    const again = build('two', '--jobs', '2');
    expect(again.stderr).toBe('');
    expect(namesIn(again.stdout)).toEqual(slugs.toSorted());
    expect(again.stdout).toMatch(/^(unchanged {2}\S+\n){10}new speakers: /);
    expect(again.stdout.trim().split('\n').at(-1)).toBe('0 annotated, 10 unchanged, 0 failed, 0 removed');
  });

  it('rejects a number of threads that is not a whole number above zero', () => {
    generateCorpus(1, sources, 1);
    for (const value of ['0', 'two', '1.5']) {
      const run = build('bad', '--jobs', value);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^build-articles: --jobs needs a whole number of threads above zero\nusage:/);
    }
  });
});

describe('the new-speakers report', () => {
  it('still lists the speakers of the articles that were not annotated again', () => {
    const slugs = generateCorpus(6, sources, 3);
    build('one');
    const first = files('one')['reports/new-speakers.json'];
    expect(JSON.parse(first).speakers.length).toBeGreaterThan(0);
    writeFileSync(join(sources, `${slugs[2]}.md`), `${readFileSync(join(sources, `${slugs[2]}.md`), 'utf8')}\nThe talks will continue next week.\n`);
    const again = build('one');
    expect(again.stdout.trim().split('\n').at(-1)).toBe('1 annotated, 5 unchanged, 0 failed, 0 removed');
    expect(files('one')['reports/new-speakers.json']).toBe(first);
  });

  it('keeps the speakers of an article left from an earlier build whose source now fails', () => {
    const slugs = generateCorpus(3, sources, 4);
    build('one');
    const first = files('one')['reports/new-speakers.json'];
    const broken = join(sources, `${slugs[0]}.md`);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^published: .*$/m, "published: '2022-02-30'"));
    const again = build('one');
    expect(again.stdout.trim().split('\n').at(-1)).toBe('0 annotated, 2 unchanged, 1 failed, 0 removed');
    expect(files('one')['reports/new-speakers.json']).toBe(first);
  });

  it('lists the same speakers whether the articles were just written or read back from an earlier build', () => {
    generateCorpus(8, sources, 6);
    build('one', '--jobs', '2');
    const written = files('one')['reports/new-speakers.json'];
    mkdirSync(join(dir, 'two', 'articles'), { recursive: true });
    for (const name of readdirSync(join(dir, 'one', 'articles'))) copyFileSync(join(dir, 'one', 'articles', name), join(dir, 'two', 'articles', name));
    const readBack = build('two', '--jobs', '2');
    expect(readBack.stdout.trim().split('\n').at(-1)).toBe('0 annotated, 8 unchanged, 0 failed, 0 removed');
    expect(files('two')['reports/new-speakers.json']).toBe(written);
  });
});
