import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { casesOf, type SetName } from '../../scripts/eval/eval.ts';
import { figuresOf, scoreArticle, totalTally, type Figures } from '../../scripts/eval/score.ts';

/**
 * The accuracy recorded in tests/fixtures/eval-baseline.json (the figures `npm run eval` printed when
 * they were last raised) may only go up: a change to the rules that loses statements, speakers or
 * dates on any set fails here. Raise the baseline when the figures improve.
 */
const baseline = JSON.parse(readFileSync('tests/fixtures/eval-baseline.json', 'utf8')) as Record<string, Pick<Figures, 'f1' | 'speakerAccuracy' | 'dateAccuracy'> & { sameSurnameConfusions: number }>;

describe.each(Object.keys(baseline))('the %s set', (name) => {
  const cases = casesOf(name as SetName);
  const scores = cases.map((c) => scoreArticle(c.slug, c.gold, annotate(c.body, c.facts).statements));
  const tally = totalTally(scores);
  const figures = figuresOf(tally);
  const recorded = baseline[name];

  it('finds statements at least as well as recorded', () => {
    expect(figures.f1).toBeGreaterThanOrEqual(recorded.f1);
  });

  it('names speakers at least as well as recorded', () => {
    expect(figures.speakerAccuracy ?? 0).toBeGreaterThanOrEqual(recorded.speakerAccuracy ?? 0);
  });

  it('dates statements at least as well as recorded', () => {
    expect(figures.dateAccuracy ?? 0).toBeGreaterThanOrEqual(recorded.dateAccuracy ?? 0);
  });

  it('confuses no more people who share a surname than recorded', () => {
    expect(tally.sameSurnameConfusions).toBeLessThanOrEqual(recorded.sameSurnameConfusions);
  });
});
