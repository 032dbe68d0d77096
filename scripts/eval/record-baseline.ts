/**
 * Writes the figures each gold set reaches now to `tests/fixtures/eval-baseline.json`, the floor that
 * `tests/eval/figures-do-not-regress.test.ts` holds the annotator to. Run it after a change that
 * raises the figures (`npm run eval:baseline`), and look at the diff before committing it.
 */
import { writeFileSync } from 'node:fs';
import { annotate } from '../annotate/index.ts';
import { casesOf, SET_NAMES } from './eval.ts';
import { figuresOf, scoreArticle, totalTally } from './score.ts';

const floor = (value: number | null): number => (value === null ? 0 : Math.floor(value * 1000) / 1000);
const figures: Record<string, unknown> = {};
for (const name of SET_NAMES) {
  const tally = totalTally(casesOf(name).map((item) => scoreArticle(item.slug, item.gold, annotate(item.body, item.facts).statements)));
  const set = figuresOf(tally);
  figures[name] = { f1: floor(set.f1), speakerAccuracy: floor(set.speakerAccuracy), dateAccuracy: floor(set.dateAccuracy), sameSurnameConfusions: tally.sameSurnameConfusions };
}
writeFileSync('tests/fixtures/eval-baseline.json', `${JSON.stringify(figures, null, 2)}\n`);
console.log(JSON.stringify(figures, null, 2));
