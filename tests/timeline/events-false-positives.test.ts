import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';

/** Sentences that use event words for something that is not a diplomatic occasion. */
const NOT_EVENTS = [
  'China will expand production to meet the needs of its partners, Wang Yi said.',
  'Exports rose to meet growing demand in Russia.',
  'The agreement was a meeting of minds, Lavrov said.',
  'A meeting of minds is what both sides want.',
  'The climbers reached the summit of Everest on Monday.',
  'The summit of Mount Elbrus is in Russia.',
  'Analysts said talks about prices had stalled.',
  'Traders said there were talks about prices in the market.',
  'Vladimir Putin said the economy would meet its targets.',
  'Readers can visit the website for more.',
  'The National People\'s Congress passed the law.',
  'The US Congress passed new sanctions.',
  'He called the decision a mistake.',
];

describe('events: false positives', () => {
  for (const sentence of NOT_EVENTS) {
    it(sentence, () => {
      expect(annotate(sentence, { published: '2022-10-29', title: 'x', outlet: 'Test Wire' }).events).toEqual([]);
    });
  }
});
