import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';

/**
 * The seed articles' statements as a reader finds them, written by hand in
 * tests/fixtures/seeds/*.gold.yml (see tests/fixtures/GUIDELINES.md). Every statement must be found
 * with its span, kind, speaker and date, and nothing else may be reported as a statement.
 */
interface Gold {
  text: string;
  kind: string;
  speaker: string;
  aliases?: string[];
  date: string | null;
}

const seeds = [
  'al-mayadeen-2022-09-13-china-russia-more-just-world-order',
  'global-times-2022-10-29-china-russia-reaffirm-deepened-relations',
];

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

describe.each(seeds)('the seed article %s', (slug) => {
  const source = matter(readFileSync(`content/sources/${slug}.md`, 'utf8'));
  const body = source.content;
  const result = annotate(body, { ...(source.data as { title: string; outlet: string; url: string; language: string }), published: String(source.data.published) });
  const gold = (load(readFileSync(`tests/fixtures/seeds/${slug}.gold.yml`, 'utf8')) as { statements: Gold[] }).statements.map((entry) => {
    const start = body.indexOf(entry.text);
    return { ...entry, start, end: start + entry.text.length };
  });

  it('has gold whose every text occurs in the article', () => {
    for (const entry of gold) expect(entry.start, entry.text).toBeGreaterThanOrEqual(0);
  });

  it('reports exactly as many statements as a reader finds', () => {
    expect(result.statements.map((statement) => statement.text)).toHaveLength(gold.length);
  });

  it.each(gold.map((entry) => [entry.text.slice(0, 60), entry] as const))('finds “%s…” with its span, kind, speaker and date', (_, entry) => {
    const match = result.statements.find(
      (statement) => overlap(statement, entry) >= 0.9 * (entry.end - entry.start) && overlap(statement, entry) >= 0.9 * (statement.end - statement.start),
    );
    expect(match, `no statement spans “${entry.text}”`).toBeDefined();
    expect(match!.kind).toBe(entry.kind);
    expect([entry.speaker, ...(entry.aliases ?? [])].map((name) => name.toLowerCase())).toContain(match!.speaker.name.toLowerCase());
    expect(match!.date?.value ?? null).toBe(entry.date);
  });

  it('keeps every statement’s text equal to its slice of the body', () => {
    for (const statement of result.statements) expect(body.slice(statement.start, statement.end)).toBe(statement.text);
  });

  it('recognises the credit, related-link, headline and subheading lines as noise', () => {
    const noise = result.paragraphs.filter((paragraph) => paragraph.type !== 'body').map((paragraph) => body.slice(paragraph.start, paragraph.end));
    for (const line of body.split('\n')) {
      if (/^(?:Photo:|Read next:)/.test(line) || line === 'Sino-Western relations') expect(noise).toContain(line);
    }
    for (const statement of result.statements) {
      expect(result.paragraphs[statement.paragraph].type).toBe('body');
    }
  });
});

describe('the seed articles’ speakers', () => {
  const globalTimes = matter(readFileSync(`content/sources/${seeds[1]}.md`, 'utf8'));
  const result = annotate(globalTimes.content, { published: '2022-10-29', outlet: 'Global Times' });
  const speaker = (id: string) => result.speakers.find((entry) => entry.id === id);

  it('gives Wang Wenbin his role and country from the text', () => {
    expect(speaker('wang-wenbin')).toMatchObject({ name: 'Wang Wenbin', type: 'person', country: 'CN', role: 'Chinese Foreign Ministry spokesperson' });
  });

  it('takes role and affiliation from an apposition', () => {
    expect(speaker('cui-heng')).toMatchObject({ role: 'assistant research fellow', affiliation: 'Center for Russian Studies of East China Normal University' });
  });

  it('keeps the anonymous expert vague rather than guessing a name', () => {
    const expert = result.speakers.find((entry) => /expert/.test(entry.name));
    expect(expert).toMatchObject({ vague: true, type: 'person', country: 'CN' });
  });

  it('treats groups of analysts and a document as speakers of their own kind', () => {
    expect(result.speakers.find((entry) => entry.name === 'Chinese analysts')?.type).toBe('group');
    expect(result.speakers.find((entry) => /report to the 20th/i.test(entry.name))?.type).toBe('document');
  });

  it('records the medium a statement came through', () => {
    const valdai = result.statements.find((statement) => statement.text.startsWith('Russia regards China'));
    expect(valdai?.via).toBe('TASS reported');
  });
});
