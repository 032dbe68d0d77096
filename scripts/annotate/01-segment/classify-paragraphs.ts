import { bylinePatterns, captionPatterns, creditPatterns, relatedPatterns } from '../lexicon/noise.ts';
import type { Paragraph, ParagraphType } from '../types.ts';

/** A trailing "(Photo: …)", "(Photo by …)", "(File photo …)": a caption however long it runs. */
const photoCredit = /\((?:file\s+)?(?:photo|image|picture)s?\b[^()]{0,80}\)\.?$/i;

const endsLikeSentence = /[.!?…"”’'»)\]:]$/;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’“”"']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Gives each paragraph its type. Noise is recognised by its form: credit and related-link lines by
 * their labels, a headline as the first line when it repeats the title or reads like one, a subheading
 * as a short line without closing punctuation between body paragraphs.
 */
export function classifyParagraphs(
  body: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  title?: string,
): Paragraph[] {
  const texts = spans.map((span) => body.slice(span.start, span.end));
  const types: ParagraphType[] = texts.map((text) => {
    if (creditPatterns.some((pattern) => pattern.test(text)) && (text.length < 200 || (text.length < 500 && photoCredit.test(text)))) return 'credit';
    if (captionPatterns.some((pattern) => pattern.test(text)) && text.length < 500) return 'credit';
    if (relatedPatterns.some((pattern) => pattern.test(text))) return 'related';
    if (bylinePatterns.some((pattern) => pattern.test(text)) && text.length < 160) return 'byline';
    return 'body';
  });

  const firstBody = types.indexOf('body');
  if (firstBody !== -1) {
    const text = texts[firstBody];
    const sameAsTitle = title !== undefined && normalise(text) === normalise(title);
    const next = types.findIndex((type, index) => index > firstBody && type === 'body');
    if (sameAsTitle || (isHeadingLike(text) && next !== -1)) types[firstBody] = 'headline';
  }

  for (let index = 0; index < types.length; index++) {
    if (types[index] !== 'body') continue;
    const hasBodyBefore = types.slice(0, index).some((type) => type === 'body' || type === 'headline');
    const hasBodyAfter = types.slice(index + 1).some((type) => type === 'body');
    if (hasBodyBefore && hasBodyAfter && isHeadingLike(texts[index]) && wordCount(texts[index]) <= 12) {
      types[index] = 'subheading';
    }
  }

  // A paragraph that a later one repeats word for word, perhaps after a credit run into it ("ASSOCIATED
  // PRESS Apple Inc. said …"), is a standfirst or caption copied by the page: the later one is the text.
  const normalised = texts.map(normalise);
  for (let index = 0; index < types.length; index++) {
    if (types[index] !== 'body') continue;
    const repeated = normalised.some((later, laterIndex) =>
      laterIndex > index && types[laterIndex] === 'body' && later.length >= 40 &&
      (normalised[index] === later || (normalised[index].endsWith(` ${later}`) && wordCount(normalised[index].slice(0, -later.length)) <= 4)));
    if (repeated) types[index] = 'repeat';
  }

  return spans.map((span, index) => ({ type: types[index], start: span.start, end: span.end }));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A line that does not end as a sentence does, and is short enough to be a heading. */
function isHeadingLike(text: string): boolean {
  if (wordCount(text) > 25 || text.length > 180) return false;
  // A line broken off mid-word or mid-quotation is part of a paragraph, not a heading.
  if (/[-–—,;]$/.test(text)) return false;
  const opens = (text.match(/[“«]/g) ?? []).length + ((text.match(/"/g) ?? []).length % 2);
  const closes = (text.match(/[”»]/g) ?? []).length;
  if (opens > closes) return false;
  if (endsLikeSentence.test(text) && !/['’]$/.test(text)) return false;
  return /^[\p{Lu}\p{N}"“‘']/u.test(text);
}
