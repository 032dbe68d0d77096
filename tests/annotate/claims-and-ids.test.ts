import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';

const seed = matter(readFileSync('content/sources/al-mayadeen-2022-09-13-china-russia-more-just-world-order.md', 'utf8'));
const facts = { published: '2022-09-13', outlet: 'Al Mayadeen English', title: String(seed.data.title) };

describe('claims', () => {
  const result = annotate(seed.content, facts);

  it('gives every unattributed body sentence to the outlet', () => {
    const claim = result.claims.find((entry) => entry.text.includes('counterweight to the United States'));
    expect(claim).toMatchObject({ attributed: false, speaker: 'al-mayadeen-english', statement: null });
    expect(result.speakers.find((speaker) => speaker.id === 'al-mayadeen-english')?.type).toBe('outlet');
  });

  it('gives each statement\'s words to its speaker as a claim', () => {
    for (const statement of result.statements) {
      expect(result.claims.find((claim) => claim.statement === statement.id)).toMatchObject({ attributed: true, speaker: statement.speaker.id });
    }
  });

  it('makes no claims of noise lines', () => {
    expect(result.claims.some((claim) => /Read next|Sino-Western relations$/.test(claim.text))).toBe(false);
  });
});

describe('ids and determinism', () => {
  it('gives the same output for the same input', () => {
    expect(JSON.stringify(annotate(seed.content, facts))).toBe(JSON.stringify(annotate(seed.content, facts)));
  });

  it('keeps statement ids when unrelated text changes', () => {
    const before = annotate(seed.content, facts).statements.map((statement) => statement.id);
    const edited = seed.content.replace('Since being slammed', 'An added sentence about the weather.\nSince being slammed');
    const after = annotate(edited, facts).statements.map((statement) => statement.id);
    expect(after).toEqual(before);
  });

  it('gives distinct ids to identical words said twice', () => {
    const result = annotate('"Yes," he said.\n"Yes," she said.', { published: '2022-09-13' });
    const ids = result.statements.map((statement) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('ids across articles', () => {
  it('gives the same words quoted by two articles different statement ids', () => {
    const first = annotate('"Ties are strong," Lavrov said.', { published: '2022-09-13', url: 'https://example.org/a' });
    const second = annotate('"Ties are strong," Lavrov said.', { published: '2022-09-13', url: 'https://example.org/b' });
    expect(first.statements[0].id).not.toBe(second.statements[0].id);
  });
});
