import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from '../../src/lib/export.ts';

describe('CSV export', () => {
  test('quotes only fields that need it and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('an "unprecedented" level')).toBe('"an ""unprecedented"" level"');
    expect(csvField('two\n\nparagraphs')).toBe('"two\n\nparagraphs"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  test('writes a header and CRLF rows with every column', () => {
    const csv = toCsv([
      {
        id: 's-1',
        speaker: { id: 'x', name: 'X, Y', role: null, country: 'CN', type: 'person', affiliation: null, vague: false },
        kind: 'direct',
        text: 'He said "no"',
        start: 0,
        end: 12,
        cue: 'said',
        date: null,
        speakerMention: null,
        via: null,
        paragraph: 0,
        article: 'a',
        url: '/statements/s-1/',
      },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toContain('"X, Y"');
    expect(lines[1]).toContain('"He said ""no"""');
    expect(lines[2]).toBe('');
  });
});
