import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { readArticleHeader } from '../../scripts/lib/read-article-header.ts';
import { applyCorrections } from '../../scripts/corrections/apply-corrections.ts';
import { CorrectionsFileError, parseCorrections } from '../../scripts/corrections/corrections-file.ts';
import type { Statement } from '../../scripts/annotate/types.ts';
import { runScript } from '../cli/run-cli.ts';

const BODY = [
  'Chinese Foreign Ministry spokesperson Wang Wenbin said on Friday that China welcomes the remarks.',
  'The relations have reached an unprecedented level, the official said.',
  'Beijing will never accept the pressure.',
  '',
].join('\n');
const FACTS = { published: '2022-10-29', outlet: 'Global Times', title: 'A title' };

const correct = (yaml: string, body = BODY) => applyCorrections(body, annotate(body, FACTS), parseCorrections(yaml, 'x.yml'));
const withWords = (statements: Statement[], words: string) => statements.find((s) => s.text.includes(words));

describe('a corrections file', () => {
  it('needs a note on every correction', () => {
    expect(() => parseCorrections('corrections:\n  - { quote: remarks, drop: true }\n', 'x.yml')).toThrow(/needs a "note"/);
  });

  it('refuses a field it cannot change', () => {
    expect(() => parseCorrections('corrections:\n  - { quote: remarks, set: { cue: told }, note: n }\n', 'x.yml')).toThrow(CorrectionsFileError);
  });
});

describe('applying corrections', () => {
  it('changes the speaker to a canonical one, with the role held on that day, and marks the statement', () => {
    const { result, record } = correct('corrections:\n  - quote: unprecedented level\n    set: { speaker: vladimir-putin }\n    note: The official is Putin, named in the previous article.\n');
    const statement = withWords(result.statements, 'unprecedented level')!;
    expect(statement.speaker).toMatchObject({ id: 'vladimir-putin', name: 'Vladimir Putin', registryId: 'vladimir-putin', country: 'RU', role: 'President of Russia' });
    expect(statement.corrected).toEqual({ changes: ['speaker'], note: 'The official is Putin, named in the previous article.' });
    expect(result.claims.find((claim) => claim.statement === statement.id)?.speaker).toBe('vladimir-putin');
    expect(result.speakers.map((speaker) => speaker.id)).toContain('vladimir-putin');
    expect(record).toMatchObject({ applied: 1, stale: [] });
  });

  it('changes a date, a kind and a span, keeping the statement’s id', () => {
    const machine = annotate(BODY, FACTS);
    const id = withWords(machine.statements, 'welcomes the remarks')!.id;
    const { result } = correct(`corrections:\n  - statement: ${id}\n    set: { date: '2022-10-27', kind: direct, span: welcomes the remarks }\n    note: Fixed.\n`);
    const statement = result.statements.find((s) => s.id === id)!;
    expect(statement).toMatchObject({ text: 'welcomes the remarks', kind: 'direct', date: { value: '2022-10-27', precision: 'day', source: 'explicit' } });
    expect(BODY.slice(statement.start, statement.end)).toBe(statement.text);
    expect(statement.corrected?.changes).toEqual(['date', 'kind', 'span']);
  });

  it('drops a false statement, leaving its words to the outlet', () => {
    const { result } = correct('corrections:\n  - quote: welcomes the remarks\n    drop: true\n    note: Not a statement.\n');
    expect(withWords(result.statements, 'welcomes the remarks')).toBeUndefined();
    expect(result.claims.find((claim) => claim.text.includes('welcomes the remarks'))).toMatchObject({ attributed: false, speaker: 'global-times', statement: null });
  });

  it('adds a statement the machine missed, with topics and a claim type for its words', () => {
    const { result } = correct('corrections:\n  - add: { text: Beijing will never accept the pressure., speaker: chinese-government, kind: indirect, date: \'2022-10-28\' }\n    note: The outlet paraphrases the government here.\n');
    const added = withWords(result.statements, 'never accept')!;
    expect(added).toMatchObject({ speaker: { id: 'chinese-government' }, rule: 'added by an editor', corrected: { changes: ['added'] } });
    expect(added.claimType).toBeDefined();
    expect(result.claims.filter((claim) => claim.text.includes('never accept'))).toEqual([expect.objectContaining({ attributed: true, statement: added.id })]);
  });

  it('reports a correction that no longer fits the text instead of dropping it silently', () => {
    const { result, record } = correct(
      'corrections:\n  - { statement: s-0000000000, set: { kind: direct }, note: Gone. }\n  - { quote: remarks, set: { speaker: nobody-known }, note: Unknown speaker. }\n  - { add: { text: words not in the article, speaker: wang-yi }, note: Missing. }\n',
    );
    expect(record.applied).toBe(0);
    expect(record.stale.map((entry) => entry.problem)).toEqual([
      'no statement s-0000000000 any more (its words or the text changed)',
      'the speaker "nobody-known" is neither in content/speakers.yml nor among the article\'s speakers',
      'the words “words not in the article” are not in the text',
    ]);
    expect(result.statements.some((statement) => statement.corrected)).toBe(false);
  });
});

describe('corrections through npm run build:articles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-corrections-'));
    mkdirSync(join(dir, 'sources'));
    mkdirSync(join(dir, 'corrections'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const build = () => runScript('build-articles.ts', ['--sources', join(dir, 'sources'), '--out', join(dir, 'articles'), '--generator-version', 'test-1']);
  const writeSource = (body: string) => writeFileSync(join(dir, 'sources', 'wang.md'), `---\ntitle: A title\noutlet: Global Times\nurl: https://example.com/wang\npublished: '2022-10-29'\nlanguage: en\n---\n${body}`);
  const article = () => readArticleHeader(join(dir, 'articles', 'wang.md')) as { statements: Statement[]; corrections?: { applied: number; stale: unknown[] } };

  it('survives a rebuild, is reapplied when edited, and is reported once the text no longer holds it', () => {
    writeSource(BODY);
    expect(build().status).toBe(0);
    expect(withWords(article().statements, 'unprecedented')!.corrected).toBeUndefined();

    writeFileSync(join(dir, 'corrections', 'wang.yml'), 'corrections:\n  - quote: unprecedented level\n    set: { speaker: vladimir-putin }\n    note: The official is Putin.\n');
    const corrected = build();
    expect(corrected.stdout).toMatch(/annotated .*wang\.md .*1 corrections\)/);
    expect(withWords(article().statements, 'unprecedented')).toMatchObject({ speaker: { id: 'vladimir-putin' }, corrected: { note: 'The official is Putin.' } });

    const again = build();
    expect(again.stdout).toMatch(/^unchanged .*wang\.md$/m);
    expect(withWords(article().statements, 'unprecedented')!.speaker.id).toBe('vladimir-putin');

    writeSource(BODY.replace('an unprecedented level', 'a new height'));
    const stale = build();
    expect(stale.status).toBe(0);
    expect(stale.stderr).toMatch(/warning: .*corrections\/wang\.yml: correction 1 \(“The official is Putin\.”\) no longer fits the text and was not applied: no statement contains “unprecedented level”/);
    expect(article().corrections).toMatchObject({ applied: 0, stale: [{ index: 0 }] });
    // Reported on every build, not only the one that found it.
    expect(build().stderr).toMatch(/correction 1 .* no longer fits the text/);
  }, 60_000);

  it('writes the speakers the registry lacks to a report and prints a summary', () => {
    writeSource('"We are ready," Ivan Petrovsky said on Monday.\n');
    const run = build();
    expect(run.stdout).toMatch(/^new speakers: 1 not in content\/speakers\.yml \(Ivan Petrovsky\); see .*new-speakers\.json$/m);
    const report = JSON.parse(readFileSync(join(dir, 'reports', 'new-speakers.json'), 'utf8'));
    expect(report.speakers).toEqual([expect.objectContaining({ id: 'ivan-petrovsky', articles: ['wang'] })]);
  }, 30_000);
});
