import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runScript } from './run-cli.ts';

const fixture = (name: string) => join('tests', 'fixtures', 'cli', name);
const annotateCli = (...args: string[]) => runScript('annotate-cli.ts', args);

/** The article text as the CLI documents it: after a UTF-8 BOM and after the front matter. */
function bodyOf(name: string): string {
  const text = readFileSync(join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '');
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return frontMatter ? text.slice(frontMatter[0].length) : text;
}

interface Output {
  statements: Array<{ id: string; text: string; start: number; end: number; kind: string; cue: string; speaker: { id: string; name: string }; date: { value: string; precision: string; text: string } | null }>;
  claims: Array<{ id: string; text: string; start: number; end: number }>;
}

function expectOffsetsInto(body: string, output: Output) {
  expect(output.statements.length).toBeGreaterThan(0);
  for (const statement of output.statements) expect(body.slice(statement.start, statement.end)).toBe(statement.text);
  for (const claim of output.claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
}

describe('npm run annotate -- <file>', () => {
  it('prints the statements and claims as JSON, with offsets into the text after the front matter', () => {
    const run = annotateCli(fixture('valid.md'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(Object.keys(output)).toEqual(['statements', 'claims']);
    expectOffsetsInto(bodyOf('valid.md'), output);
    const wang = output.statements.find((s) => s.speaker.id === 'wang-wenbin');
    expect(wang).toMatchObject({ kind: 'indirect', cue: 'said', date: { value: '2022-10-28', precision: 'day' } });
  });

  it('counts offsets after a UTF-8 byte order mark and keeps CRLF line endings in the text', () => {
    const run = annotateCli(fixture('bom-crlf.md'));
    expect(run.status).toBe(0);
    const body = bodyOf('bom-crlf.md');
    expect(body).toContain('\r\n');
    expectOffsetsInto(body, JSON.parse(run.stdout));
  });

  it('reads a file without front matter when --published is given', () => {
    const run = annotateCli(fixture('no-front-matter.txt'), '--published', '2022-10-29');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expectOffsetsInto(bodyOf('no-front-matter.txt'), output);
    expect(output.statements[0].date).toMatchObject({ value: '2022-10-28' });
  });

  it('lets --published override the front matter date', () => {
    const before = JSON.parse(annotateCli(fixture('valid.md')).stdout) as Output;
    const after = JSON.parse(annotateCli(fixture('valid.md'), '--published=2023-03-04').stdout) as Output;
    const friday = (output: Output) => output.statements.find((s) => s.speaker.id === 'wang-wenbin')?.date?.value;
    expect(friday(before)).toBe('2022-10-28');
    expect(friday(after)).toBe('2023-03-03');
  });

  it('overrides a front matter date that is itself impossible', () => {
    expect(annotateCli(fixture('impossible-date.md'), '--published', '2022-03-01').status).toBe(0);
  });

  it('reads the seed sources, whose statements all point at their own words', () => {
    for (const name of ['global-times-2022-10-29-china-russia-reaffirm-deepened-relations.md']) {
      const run = annotateCli(join('content', 'sources', name));
      expect(run.status).toBe(0);
      const text = readFileSync(join(ROOT, 'content', 'sources', name), 'utf8');
      expectOffsetsInto(text.slice(text.indexOf('\n---\n') + 5), JSON.parse(run.stdout));
    }
  });
});

describe('npm run annotate refuses bad input with a message naming the file and the problem', () => {
  it.each([
    ['bad-utf8.md', /bad-utf8\.md:6: .*not valid UTF-8 \(byte 0xe9/],
    ['utf16-bom.md', /utf16-bom\.md:1: .*UTF-16 little-endian.*save it as UTF-8/],
    ['empty.md', /empty\.md: the file is empty/],
    ['empty-body.md', /empty-body\.md:5: the article body after the front matter is empty/],
    ['bad-yaml.md', /bad-yaml\.md:4: the front matter is not valid YAML: /],
    ['unclosed-front-matter.md', /unclosed-front-matter\.md:1: the front matter opened on line 1 is never closed/],
    ['missing-published.md', /missing-published\.md: front matter: published is missing/],
    ['no-front-matter.txt', /no-front-matter\.txt: front matter: published is missing .*--published/],
    ['impossible-date.md', /impossible-date\.md:3: front matter: published "2022-02-30" is not a real date/],
    ['unquoted-impossible-date.md', /unquoted-impossible-date\.md:3: front matter: published "2022-02-30" is not a real date/],
    ['malformed-date.md', /malformed-date\.md:3: front matter: published "29\/10\/2022" is not a date in YYYY-MM-DD form/],
    ['does-not-exist.md', /does-not-exist\.md: no such file/],
  ])('%s', (name, message) => {
    const run = annotateCli(fixture(name));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('a directory instead of a file', () => {
    const run = annotateCli(fixture(''));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is a directory/);
  });

  it('a missing file argument, with the usage', () => {
    const run = annotateCli();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/missing file argument/);
    expect(run.stderr).toMatch(/usage: npm run --silent annotate -- <file> \[--published YYYY-MM-DD\]/);
  });

  it.each([
    [['--published', '2022-02-30'], /--published: "2022-02-30" is not a real date/],
    [['--published', '29.10.2022'], /--published: "29.10.2022" is not a date in YYYY-MM-DD form/],
    [['--published'], /--published needs a date/],
    [['--bogus'], /unknown option --bogus/],
  ])('a malformed option %j', (args, message) => {
    const run = annotateCli(fixture('valid.md'), ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('npm run --silent annotate', () => {
  it('prints nothing but the JSON on stdout', () => {
    const run = spawnSync('npm', ['run', '--silent', 'annotate', '--', fixture('valid.md')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expectOffsetsInto(bodyOf('valid.md'), JSON.parse(run.stdout));
  });
});
