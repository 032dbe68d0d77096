import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripAnnotations } from '../../scripts/annotate/markdown/index.ts';
import { readArticleHeader } from '../../scripts/lib/read-article-header.ts';
import { runScript } from '../cli/run-cli.ts';

const WANG = 'Chinese Foreign Ministry spokesperson Wang Wenbin said on Friday that China welcomes the remarks.';
const LAVROV = '"It is a good start," Russian Foreign Minister Sergei Lavrov said on Sunday.';

function frontMatter(name: string, published = "'2022-10-29'", eol = '\n', url = `https://example.com/${name}`): string {
  return ['---', 'title: A title', 'outlet: Global Times', `url: ${url}`, `published: ${published}`, 'language: en', '---', ''].join(eol);
}

interface Case {
  name: string;
  content: string | Uint8Array;
  /** The body the article must give back, for a source that builds. */
  body?: string;
  /** The error expected, for a source that is refused. */
  error?: RegExp;
  warning?: RegExp;
}

function builds(name: string, body: string, eol = '\n', published?: string): Case {
  return { name, content: frontMatter(name, published, eol) + body, body };
}

const CASES: Case[] = [
  builds('plain.md', `${WANG}\n\n${LAVROV}\n`),
  { name: 'utf8-bom.md', content: `\uFEFF${frontMatter('utf8-bom.md')}${WANG}\n`, body: `${WANG}\n` },
  builds('crlf.md', `${WANG}\r\n\r\n${LAVROV}\r\n`, '\r\n'),
  builds('lone-cr.md', `${WANG}\r\r${LAVROV}\r`, '\r'),
  builds('mixed-line-ends.md', `${WANG}\r\n\n${LAVROV}\r\r\n\u2028Next.\n`),
  builds('unbalanced-quotes.md', `"It is "a good start," Lavrov said on Sunday. He added: 'we agree" and "more.\n\n“Unopened” close” here,” Wang said.\n`),
  builds('nested-quotes.md', `"We say 'never "again" after ‘this’ one,' he recalled," Lavrov said. «Il a dit “oui” ‹non›», Wang said.\n`),
  builds('quote-never-closes.md', `Wang said: "China welcomes the remarks.\n\nThe next paragraph goes on without a closing mark.\n\n${LAVROV}\n`),
  { ...builds('future-date.md', `${WANG}\n`, '\n', "'2999-01-01'"), warning: /future-date\.md:5: published "2999-01-01" is in the future/ },

  { name: 'empty.md', content: '', error: /empty\.md: the file is empty/ },
  {
    name: 'binary.md',
    content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]),
    error: /binary\.md:1: the file is not valid UTF-8 \(byte 0x89 at byte offset 0\)/,
  },
  { name: 'nul-bytes.txt', content: `${frontMatter('nul-bytes.txt')}text\u0000\u0000\u0001more`, error: /nul-bytes\.txt:8: the file contains a NUL character/ },
  {
    name: 'latin-1.md',
    content: Buffer.concat([Buffer.from(frontMatter('latin-1.md')), Buffer.from('Wang said the caf\xe9 is open.\n', 'latin1')]),
    error: /latin-1\.md:8: the file is not valid UTF-8 \(byte 0xe9 at byte offset \d+\); save it as UTF-8/,
  },
  {
    name: 'utf16-le.md',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(frontMatter('utf16-le.md') + WANG, 'utf16le')]),
    error: /utf16-le\.md:1: the file is UTF-16 little-endian text .*save it as UTF-8/,
  },
  {
    name: 'utf16-be.md',
    content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(frontMatter('utf16-be.md') + WANG, 'utf16le').swap16()]),
    error: /utf16-be\.md:1: the file is UTF-16 big-endian text/,
  },
  { name: 'malformed-yaml.md', content: `---\ntitle: "unclosed\noutlet: [Global Times\npublished: '2022-10-29'\n---\n${WANG}\n`, error: /malformed-yaml\.md:\d+: the front matter is not valid YAML: / },
  { name: 'no-published.md', content: `---\ntitle: A title\noutlet: Global Times\nurl: https://example.com/x\n---\n${WANG}\n`, error: /no-published\.md: front matter: published is missing/ },
  { name: 'impossible-date.md', content: frontMatter('impossible-date.md', "'2023-02-29'") + WANG, error: /impossible-date\.md:5: front matter: published "2023-02-29" is not a real date/ },
  {
    name: 'script-url.md',
    content: frontMatter('script-url.md', undefined, '\n', "'javascript:alert(1)'") + WANG,
    error: /script-url\.md:4: front matter: url "javascript:alert\(1\)" must be an http or https address/,
  },
  // Five megabytes of real-looking text: refused on its size before it is read, so it cannot stall the build.
  {
    name: 'five-megabytes.md',
    content: frontMatter('five-megabytes.md') + `${WANG}\n\n${LAVROV}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / (WANG.length + LAVROV.length + 4))),
    error: /five-megabytes\.md: the file is 5\.0 MB, larger than the 1\.0 MB an article may have/,
  },
  // A good source whose corrections file (beside the sources) is broken: the editor's intent is unknown.
  { name: 'badly-corrected.md', content: frontMatter('badly-corrected.md') + WANG, error: /corrections\/badly-corrected\.yml: not valid YAML: .*\(\d+:\d+\)/ },
];
/** A corrections file that no longer fits its text is covered by tests/analysis/corrections.test.ts. */
const CORRECTIONS: Record<string, string> = {
  'badly-corrected.yml': 'corrections:\n  - quote: "unclosed\n    note: [x\n',
};
const good = CASES.filter((c) => c.body !== undefined);
const bad = CASES.filter((c) => c.error);
const articleOf = (name: string) => name.replace(/\.\w+$/, '.md');

let dir: string;
let sources: string;
let out: string;
let run: ReturnType<typeof runScript>;
let seconds: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-hostile-'));
  sources = join(dir, 'sources');
  out = join(dir, 'articles');
  mkdirSync(sources);
  for (const c of CASES) writeFileSync(join(sources, c.name), c.content);
  mkdirSync(join(dir, 'corrections'));
  for (const [name, content] of Object.entries(CORRECTIONS)) writeFileSync(join(dir, 'corrections', name), content);

  const started = performance.now();
  run = runScript('build-articles.ts', ['--sources', sources, '--out', out, '--generator-version', 'test-1']);
  seconds = (performance.now() - started) / 1000;
  console.log(`build-articles over ${CASES.length} hostile sources: ${seconds.toFixed(1)} s`);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('npm run build:articles over hostile and broken sources', () => {
  it('exits 0 without --strict and counts every source', () => {
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`${good.length} annotated, 0 unchanged, ${bad.length} failed, 0 removed`);
  });

  it.each(bad.map((c) => [c.name, c.error!] as const))('refuses %s with its file, line and problem, and writes nothing for it', (name, error) => {
    expect(run.stderr).toMatch(new RegExp(`build-articles: error: .*${error.source}`));
    expect(existsSync(join(out, articleOf(name)))).toBe(false);
  });

  it('annotates every good source into an article that gives back its body exactly', () => {
    expect(readdirSync(out).filter((name) => name.endsWith('.md')).sort()).toEqual(good.map((c) => articleOf(c.name)).sort());
    for (const c of good) expect(stripAnnotations(readFileSync(join(out, articleOf(c.name)), 'utf8')), c.name).toBe(c.body);
  });

  it('gives each statement of a good source the very words at its offsets, whatever the quotation marks and line ends', () => {
    for (const c of good) {
      const statements = (readArticleHeader(join(out, articleOf(c.name)))?.statements ?? []) as Array<{ text: string; start: number; end: number }>;
      for (const s of statements) expect(c.body!.slice(s.start, s.end), `${c.name} ${s.start}-${s.end}`).toBe(s.text);
    }
    const statementsOf = (name: string) => (readArticleHeader(join(out, name))?.statements as unknown[]).length;
    expect(statementsOf('crlf.md')).toBe(statementsOf('plain.md'));
    expect(statementsOf('lone-cr.md')).toBe(statementsOf('plain.md'));
  });

  it('builds an article dated in the future, with a warning naming the file and line', () => {
    for (const c of CASES.filter((c) => c.warning)) expect(run.stderr).toMatch(new RegExp(`build-articles: warning: .*${c.warning!.source}`));
    expect(readArticleHeader(join(out, 'future-date.md'))?.published).toBe('2999-01-01');
  });

  it('refuses the 5 MB file without stalling the build', () => {
    expect(seconds).toBeLessThan(30);
  });

  it('leaves no temporary file in the output directory', () => {
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('a source that turns bad after it was built', () => {
  it('keeps its last good article and is reported', () => {
    const before = readFileSync(join(out, 'plain.md'), 'utf8');
    writeFileSync(join(sources, 'plain.md'), Buffer.from('---\ntitle: A title\n---\ncaf\xe9\n', 'latin1'));
    const again = runScript('build-articles.ts', ['--sources', sources, '--out', out, '--generator-version', 'test-1']);
    expect(again.stderr).toMatch(/plain\.md:4: the file is not valid UTF-8/);
    expect(readFileSync(join(out, 'plain.md'), 'utf8')).toBe(before);
  });
});
