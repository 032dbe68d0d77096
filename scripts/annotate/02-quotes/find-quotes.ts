/**
 * Finds quotations in one paragraph: double quotes (straight, curly, guillemets) and single quotes
 * (nested inside double ones, or used as the main marks in headline style), telling apostrophes
 * ("Russia's", "don't", "the US' pressure", "'90s") from quotation marks by what surrounds them.
 */
export interface Quote {
  /** Offsets of the quoted words, without the marks, relative to the paragraph. */
  start: number;
  end: number;
  /** Offset of the opening mark; `end` is the closing mark's offset (or the paragraph end). */
  open: number;
  /** Offset just after the closing mark (equal to `end` when the quote never closes). */
  close: number;
  /** 0 for a top-level quote, 1 for a quote nested in another. */
  depth: number;
  /** The quote runs to the end of the paragraph without a closing mark (it may go on in the next). */
  unclosed: boolean;
}

const doubleOpeners = new Set(['“', '«', '„', '‟']);
const doubleClosers = new Set(['”', '»']);
const singleOpeners = new Set(['‘', '‹']);
const singleClosers = new Set(['’', '›']);

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);
const opensAfter = (char: string | undefined): boolean => char === undefined || /[\s(\[{—–\-:;/“‘"'«]/.test(char);
const closesBefore = (char: string | undefined): boolean =>
  char === undefined || /[\s)\]}.,;:!?—–\-…"”'’»]/.test(char);

export function findQuotes(text: string, options: { continuesQuote?: boolean } = {}): Quote[] {
  const quotes: Quote[] = [];
  const doubles = pairDouble(text, options.continuesQuote ?? false);
  quotes.push(...doubles);
  // Single quotes inside each double quote, then at top level outside every double quote.
  for (const outer of doubles) quotes.push(...pairSingle(text, outer.start, outer.end, 1));
  let cursor = 0;
  for (const outer of [...doubles].sort((a, b) => a.open - b.open)) {
    quotes.push(...pairSingle(text, cursor, outer.open, 0));
    cursor = outer.close;
  }
  quotes.push(...pairSingle(text, cursor, text.length, 0));
  return quotes.sort((a, b) => a.open - b.open || a.depth - b.depth);
}

/**
 * `continuesQuote`: the paragraph before ended inside a quotation, and this one does not reopen it with
 * a mark of its own (a quote broken across paragraphs by a line break), so it starts inside the quote.
 */
function pairDouble(text: string, continuesQuote: boolean): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  if (continuesQuote && !doubleOpeners.has(text[0]) && text[0] !== '"') {
    const closer = /[”"](?=[\s,.;:!?)]|$)/.exec(text);
    const opener = /[“«„]/.exec(text);
    if (closer && (!opener || opener.index > closer.index) && !/\s/.test(text[closer.index - 1] ?? ' ')) {
      // A virtual opening mark just before the paragraph: the quoted words start at 0.
      quotes.push({ start: 0, end: closer.index, open: 0, close: closer.index + 1, depth: 0, unclosed: false });
      return [...quotes, ...pairDouble(text.slice(closer.index + 1), false).map((quote) => shift(quote, closer.index + 1))];
    }
  }
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const before = text[index - 1];
    const after = text[index + 1];
    if (openAt === -1) {
      const opens =
        doubleOpeners.has(char) || (char === '"' && opensAfter(before) && !isSpace(after)) ||
        (char === '"' && index === 0);
      if (opens) openAt = index;
      continue;
    }
    const closes =
      doubleClosers.has(char) || (char === '"' && (closesBefore(after) || !isSpace(before))) ||
      (doubleOpeners.has(char) && char === '“' && closesBefore(after) && !isSpace(before));
    if (closes) {
      quotes.push({ start: openAt + 1, end: index, open: openAt, close: index + 1, depth: 0, unclosed: false });
      openAt = -1;
    }
  }
  if (openAt !== -1 && text.length - openAt > 1) {
    quotes.push({ start: openAt + 1, end: text.length, open: openAt, close: text.length, depth: 0, unclosed: true });
  }
  return quotes;
}

function shift(quote: Quote, by: number): Quote {
  return { ...quote, start: quote.start + by, end: quote.end + by, open: quote.open + by, close: quote.close + by };
}

function pairSingle(text: string, from: number, to: number, depth: number): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  for (let index = from; index < to; index++) {
    const char = text[index];
    if (char !== "'" && !singleOpeners.has(char) && !singleClosers.has(char)) continue;
    const before = index === from ? (depth > 0 ? ' ' : text[index - 1]) : text[index - 1];
    const after = index + 1 === to ? (depth > 0 ? ' ' : text[index + 1]) : text[index + 1];
    // An apostrophe inside a word: "Russia's", "don't".
    if (isWordChar(before) && isWordChar(after)) continue;
    if (openAt === -1) {
      const decadeOrElision = /^\d\ds|^em\b|^til\b|^n\b/.test(text.slice(index + 1, index + 5));
      if ((char === "'" || singleOpeners.has(char)) && opensAfter(before) && isWordChar(after) && !decadeOrElision) {
        openAt = index;
      }
      continue;
    }
    if ((char === "'" || singleClosers.has(char)) && !isSpace(before) && closesBefore(after)) {
      // "the countries' interests" inside a quote is a possessive when a letter follows the space and
      // another closing candidate comes later; prefer the later one only if it also closes cleanly.
      quotes.push({ start: openAt + 1, end: index, open: openAt, close: index + 1, depth, unclosed: false });
      openAt = -1;
    }
  }
  return quotes.filter((quote) => quote.end - quote.start <= 400);
}
