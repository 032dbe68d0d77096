import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stripAnnotations } from '../../scripts/annotate/markdown/index.ts';
import { runScript } from '../cli/run-cli.ts';

let dir: string;
let sources: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-build-'));
  sources = join(dir, 'sources');
  out = join(dir, 'articles');
  mkdirSync(sources);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

// A fixed annotator version, so that an edit to the pipeline during the run does not rebuild everything.
const build = (...args: string[]) => runScript('build-articles.ts', ['--sources', sources, '--out', out, '--generator-version', 'test-1', ...args]);

function source(name: string, body: string, published = "'2022-10-29'", title = 'A title') {
  writeFileSync(join(sources, name), `---\ntitle: ${title}\noutlet: Global Times\nurl: https://example.com/${name}\npublished: ${published}\nlanguage: en\n---\n${body}`);
}

const WANG = 'Chinese Foreign Ministry spokesperson Wang Wenbin said on Friday that China welcomes the remarks.\n';
const LAVROV = '"It is a good start," Russian Foreign Minister Sergei Lavrov said on Sunday.\n';
const summary = (stdout: string) => stdout.trim().split('\n').at(-1);

describe('npm run build:articles', () => {
  it('annotates every .md and .txt source into <slug>.md, and the article gives back the source body', () => {
    source('wang.md', WANG);
    source('lavrov.txt', LAVROV);
    const run = build();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(summary(run.stdout)).toBe('2 annotated, 0 unchanged, 0 failed, 0 removed');
    expect(readdirSync(out).sort()).toEqual(['lavrov.md', 'wang.md']);
    const article = readFileSync(join(out, 'wang.md'), 'utf8');
    expect(article).toMatch(/^---\ntitle: A title\n/);
    expect(article).toContain('\nslug: wang\n');
    expect(article).toContain('\ngenerator: readout\n');
    expect(article).toContain(':speaker[Wang Wenbin]{ref="wang-wenbin"}');
    expect(stripAnnotations(article)).toBe(WANG);
  });

  it('reports a bad source by file, line and problem, and still builds the others', () => {
    source('wang.md', WANG);
    source('bad-date.md', WANG, "'2022-02-30'");
    source('lavrov.md', LAVROV);
    const run = build();
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/bad-date\.md:5: front matter: published "2022-02-30" is not a real date/);
    expect(summary(run.stdout)).toBe('2 annotated, 0 unchanged, 1 failed, 0 removed');
    expect(readdirSync(out).sort()).toEqual(['lavrov.md', 'wang.md']);
  });

  it('exits non-zero on a bad source with --strict, after building the others', () => {
    source('wang.md', WANG);
    writeFileSync(join(sources, 'broken.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const run = build('--strict');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.md:\d+: the front matter is not valid YAML/);
    expect(readdirSync(out)).toEqual(['wang.md']);
  });

  it('leaves no temporary files behind, and clears those of a build that was killed', () => {
    source('wang.md', WANG);
    mkdirSync(out);
    writeFileSync(join(out, '.wang.md.12345-0badf00d.tmp'), 'half an article');
    expect(build().status).toBe(0);
    expect(readdirSync(out)).toEqual(['wang.md']);
  });

  it('skips sources that have not changed since their article was written', () => {
    source('wang.md', WANG);
    source('lavrov.md', LAVROV);
    build();
    const before = readFileSync(join(out, 'wang.md'), 'utf8');
    const run = build();
    expect(run.stdout).toMatch(/^unchanged .*wang\.md$/m);
    expect(summary(run.stdout)).toBe('0 annotated, 2 unchanged, 0 failed, 0 removed');
    expect(readFileSync(join(out, 'wang.md'), 'utf8')).toBe(before);
  });

  it('annotates again when the body or the publication facts change, or with --force', () => {
    source('wang.md', WANG);
    source('lavrov.md', LAVROV);
    build();
    source('wang.md', `${WANG}He said more.\n`);
    source('lavrov.md', LAVROV, "'2022-10-30'", 'A new title');
    let run = build();
    expect(summary(run.stdout)).toBe('2 annotated, 0 unchanged, 0 failed, 0 removed');
    expect(readFileSync(join(out, 'lavrov.md'), 'utf8')).toContain("\npublished: '2022-10-30'\n");
    run = build('--force');
    expect(summary(run.stdout)).toBe('2 annotated, 0 unchanged, 0 failed, 0 removed');
  });

  it('annotates again when the annotator changed', () => {
    source('wang.md', WANG);
    build();
    const run = runScript('build-articles.ts', ['--sources', sources, '--out', out]);
    expect(summary(run.stdout)).toBe('1 annotated, 0 unchanged, 0 failed, 0 removed');
    expect(readFileSync(join(out, 'wang.md'), 'utf8')).toMatch(/^generatorVersion: 0\.1\.0\+[0-9a-f]{12}$/m);
  });

  it('deletes generated articles whose source is gone, and nothing it did not write', () => {
    source('wang.md', WANG);
    source('lavrov.md', LAVROV);
    build();
    writeFileSync(join(out, 'notes.md'), '# Written by hand\n');
    rmSync(join(sources, 'lavrov.md'));
    const run = build();
    expect(run.stdout).toMatch(/^removed .*lavrov\.md/m);
    expect(summary(run.stdout)).toBe('0 annotated, 1 unchanged, 0 failed, 1 removed');
    expect(readdirSync(out).sort()).toEqual(['notes.md', 'wang.md']);
  });

  it('refuses two sources with one slug, naming both, and builds neither', () => {
    source('wang.md', WANG);
    source('wang.txt', LAVROV);
    source('lavrov.md', LAVROV);
    const run = build();
    expect(run.stderr).toMatch(/wang\.md: its slug "wang" is also the slug of .*wang\.txt/);
    expect(run.stderr).toMatch(/wang\.txt: its slug "wang" is also the slug of .*wang\.md/);
    expect(summary(run.stdout)).toBe('1 annotated, 0 unchanged, 2 failed, 0 removed');
    expect(existsSync(join(out, 'wang.md'))).toBe(false);
  });

  it('does not overwrite an article it did not write', () => {
    source('wang.md', WANG);
    mkdirSync(out);
    writeFileSync(join(out, 'wang.md'), '---\ntitle: Hand-made\n---\nText.\n');
    const run = build();
    expect(run.stderr).toMatch(/wang\.md: exists but was not written by this build/);
    expect(readFileSync(join(out, 'wang.md'), 'utf8')).toBe('---\ntitle: Hand-made\n---\nText.\n');
  });

  it('refuses a file name that is not a URL slug and a source without the facts the site shows', () => {
    source('Wang Wenbin.md', WANG);
    writeFileSync(join(sources, 'no-title.md'), "---\npublished: '2022-10-29'\n---\nText.\n");
    const run = build();
    expect(run.stderr).toMatch(/Wang Wenbin\.md: the file name gives the slug "Wang Wenbin", which is not a URL slug/);
    expect(run.stderr).toMatch(/no-title\.md: front matter: title is missing/);
    expect(summary(run.stdout)).toBe('0 annotated, 0 unchanged, 2 failed, 0 removed');
  });
});
