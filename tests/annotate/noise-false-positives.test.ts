import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../scripts/annotate/01-segment/classify-paragraphs.ts';
import { splitParagraphs } from '../../scripts/annotate/01-segment/paragraphs.ts';

function types(body: string): string[] {
  const { spans } = splitParagraphs(body);
  return classifyParagraphs(body, spans).map((paragraph) => paragraph.type);
}

/** Body lines that look like page furniture and are not. */
describe('what is not a noise line', () => {
  it.each([
    ['a sentence that starts with "Photo"', 'Photo opportunities were limited at the summit, officials said.'],
    ['a sentence that starts with "Read"', 'Read the full statement, Peskov told reporters on Monday.'],
    ['a sentence that starts with "By"', 'By the end of the talks, both sides said they were satisfied.'],
    ['a sentence ending in an agency name in brackets inside the text', 'The ministry cited a report by the news agency (Xinhua) and said it agreed.'],
    ['a short quoted paragraph', '“We are ready.”'],
  ])('%s', (_, line) => {
    expect(types(`The talks began on Monday.\n${line}\nThe talks ended on Tuesday.`)).toEqual(['body', 'body', 'body']);
  });
});
