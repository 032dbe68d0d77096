import { describe, expect, test } from 'vitest';
import { fixtureStatements, siteUrl } from './browser.ts';

/** A small RFC 4180 reader, enough to check the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = '')), i++;
    else field += c;
  }
  return rows;
}

describe('data downloads list every statement', () => {
  test('JSON has every statement with its article and page address', async () => {
    const res = await fetch(siteUrl('/data/statements.json'));
    expect(res.headers.get('content-type')).toContain('application/json');
    const data = (await res.json()) as Array<Record<string, unknown>>;
    const expected = fixtureStatements();
    expect(data).toHaveLength(expected.length);
    for (const s of expected) {
      const row = data.find((d) => d.id === s.id)!;
      expect(row).toMatchObject({ text: s.text, kind: s.kind, article: s.article, url: `/statements/${s.id}/`, date: s.date, speaker: { id: s.speaker.id } });
    }
  });

  test('CSV is properly quoted and round-trips the words', async () => {
    const rows = parseCsv(await (await fetch(siteUrl('/data/statements.csv'))).text());
    const [header, ...body] = rows;
    const col = (name: string) => header!.indexOf(name);
    expect(body).toHaveLength(fixtureStatements().length);
    for (const s of fixtureStatements()) {
      const row = body.find((r) => r[col('id')] === s.id)!;
      expect(row[col('text')]).toBe(s.text);
      expect(row[col('article')]).toBe(s.article);
      expect(row[col('speaker_name')]).toBe(s.speaker.name);
      expect(row[col('date_text')]).toBe(s.date?.text ?? '');
      expect(row).toHaveLength(header!.length);
    }
  });
});
