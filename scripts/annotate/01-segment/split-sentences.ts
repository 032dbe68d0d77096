import { abbreviations, titleAbbreviations } from '../lexicon/abbreviations.ts';
import type { Quote } from '../02-quotes/find-quotes.ts';

export interface Span {
  start: number;
  end: number;
}

/** Words that commonly open a sentence, to tell "in the U.S. The talks…" from "the U.S. President". */
const sentenceStarters = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but',
  'and', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'his', 'her', 'their', 'its', 'our', 'there',
  'however', 'meanwhile', 'earlier', 'later', 'according', 'last', 'since', 'after', 'before',
]);

/**
 * Splits one paragraph into sentences. A full stop inside a quotation does not end the sentence that
 * holds the quotation, so `"We regard China … traditions. I'm sure …," Putin said.` stays one unit with
 * its attribution. Abbreviations ("Mr.", "Sept.", "U.S.") and initials ("J. Smith") do not end one.
 */
export function splitSentences(text: string, quotes: readonly Quote[]): Span[] {
  const insideQuote = (index: number): boolean =>
    quotes.some((quote) => quote.depth === 0 && index >= quote.start && index < quote.end - 1);
  const spans: Span[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    if (insideQuote(index)) continue;
    let end = index + 1;
    while (end < text.length && /[.!?…"”’'»)\]]/.test(text[end])) end++;
    if (end < text.length && !/\s/.test(text[end])) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next < text.length && !/[\p{Lu}\p{N}"“‘'«(\[]/u.test(text[next])) continue;
    if (char === '.' && !endsSentenceAfterAbbreviation(text, index, next)) continue;
    pushTrimmed(spans, text, start, end);
    start = next;
    index = next - 1;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function endsSentenceAfterAbbreviation(text: string, stop: number, next: number): boolean {
  const token = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[0] ?? '';
  const word = token.toLowerCase().replace(/^\.+/, '');
  if (/^\p{Lu}$/u.test(token)) return false; // an initial: "J. Smith"
  const nextWord = /^[\p{L}']+/u.exec(text.slice(next))?.[0]?.toLowerCase() ?? '';
  if (titleAbbreviations.has(word)) return false;
  if (abbreviations.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return sentenceStarters.has(nextWord);
  return true;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length });
}
