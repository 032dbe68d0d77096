import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyOf, readArticle, readArticles, splitFrontMatter } from '../../src/lib/articles.ts';
import { FIXTURE_DIR, readFixtures } from './fixtures.ts';

describe('reading the annotated articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-articles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = readFileSync(join(FIXTURE_DIR, 'china-and-russia-reaffirm-deepened-relations.md'), 'utf8');

  it('splits front matter and body exactly as gray-matter does, line ends and all', () => {
    for (const text of [good, good.replace(/\n/g, '\r\n'), `\ufeff${good}`, '---\na: 1\n---\n', '---\na: 1\n---\n\nbody\n']) {
      expect(splitFrontMatter(text, 'x.md').body).toBe(matter(text).content);
    }
  });

  it('gives every fixture its checked data and its markdown body', () => {
    const entries = readArticles(FIXTURE_DIR);
    const fixtures = readFixtures();
    expect(entries.map((entry) => entry.id)).toEqual(fixtures.map((fixture) => fixture.file.replace(/\.md$/, '')));
    entries.forEach((entry, i) => {
      expect(entry.data.statements.map((s) => s.id)).toEqual(fixtures[i]!.data.statements.map((s) => s.id));
      expect(bodyOf(entry)).toBe(fixtures[i]!.body);
    });
  });

  it('names the file and the field when the front matter breaks the schema', () => {
    const file = join(dir, 'bad-kind.md');
    writeFileSync(file, good.replace('    kind: mixed', '    kind: paraphrase'));
    expect(() => readArticle(file)).toThrow(/bad-kind\.md: the front matter does not match the article schema:\n {2}statements\.0\.kind: /);
  });

  it('names the file when the front matter is not YAML or is missing', () => {
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, '---\ntitle: [unclosed\n---\nText.\n');
    expect(() => readArticle(broken)).toThrow(/broken\.md: the front matter is not valid YAML/);
    const bare = join(dir, 'bare.md');
    writeFileSync(bare, 'Just text.\n');
    expect(() => readArticle(bare)).toThrow(/bare\.md: no front matter/);
  });
});
