import type { SegmentedParagraph } from '../03-statements/build-statements.ts';
import type { Claim, Statement } from '../types.ts';
import { stableIds } from '../stable-ids.ts';

/**
 * Stage 6: the propositions the article asserts. Each statement's words are a claim of its speaker;
 * every other body sentence is a claim of the outlet itself ("China and Russia have grown closer …
 * as a counterweight to the United States' global supremacy and hegemony.").
 */
export function buildClaims(
  text: string,
  paragraphs: readonly SegmentedParagraph[],
  statements: readonly Statement[],
  outletId: string,
  articleKey = '',
): Claim[] {
  const spans: Array<Omit<Claim, 'id'>> = statements.map((statement) => ({
    text: statement.text,
    start: statement.start,
    end: statement.end,
    speaker: statement.speaker.id,
    attributed: true,
    statement: statement.id,
  }));
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      const covered = statements.some((statement) => statement.start < sentence.end && statement.end > sentence.start);
      if (covered) continue;
      let end = sentence.end;
      while (end > sentence.start && /[\s.!?;:]/.test(text[end - 1])) end--;
      const words = text.slice(sentence.start, end);
      if (words.split(/\s+/).length < 4 || /\?$/.test(text.slice(sentence.start, sentence.end))) continue;
      spans.push({ text: words, start: sentence.start, end, speaker: outletId, attributed: false, statement: null });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = stableIds('c', spans.map((claim) => claim.text), articleKey);
  return spans.map((claim, index) => ({ id: ids[index], ...claim }));
}
