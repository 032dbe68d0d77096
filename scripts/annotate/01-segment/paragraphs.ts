import type { Paragraph } from '../types.ts';

/**
 * Splits a body into paragraphs: one per non-blank line, whatever the line ending (`\n`, `\r\n`, a lone
 * `\r`). A paragraph's span excludes the whitespace around it; `gaps` holds that whitespace, so the
 * text can be rebuilt exactly: gaps[0] + p0 + gaps[1] + p1 + … + gaps[n].
 */
export function splitParagraphs(body: string): { spans: Array<{ start: number; end: number }>; gaps: string[] } {
  const spans: Array<{ start: number; end: number }> = [];
  const gaps: string[] = [];
  const line = /[^\r\n]+/g;
  let cursor = 0;
  for (let match = line.exec(body); match; match = line.exec(body)) {
    const lead = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (!trimmed) continue;
    const start = match.index + lead;
    const end = start + trimmed.length;
    gaps.push(body.slice(cursor, start));
    spans.push({ start, end });
    cursor = end;
  }
  gaps.push(body.slice(cursor));
  return { spans, gaps };
}

export type { Paragraph };
