import { describe, expect, it } from 'vitest';
import {
  figuresOf,
  isSameSurnameConfusion,
  matchStatements,
  parseGoldYaml,
  resolveGoldSpans,
  scoreArticle,
  speakerMatches,
  targetsFor,
  totalTally,
  type GoldStatement,
  type Kind,
  type SystemStatement,
} from '../../scripts/eval/score.ts';

const BODY = [
  'MOSCOW, Oct. 23 (Xinhua) -- "We will," Wang Yi said on Friday, "never accept it."',
  'Wang Wenbin said that the talks were useful.',
  'Analysts said the visit was "historic".',
].join('\n');

function gold(text: string, speaker: string, date: string | null, kind: Kind = 'direct', occurrence?: number): GoldStatement {
  const [resolved] = resolveGoldSpans(BODY, [{ text, speaker, date, kind, occurrence }]);
  return resolved;
}

function system(text: string, speaker: string | null, date: string | null, kind: Kind = 'direct', from = 0): SystemStatement {
  const start = BODY.indexOf(text, from);
  if (start === -1) throw new Error(`test setup: ${text} is not in the body`);
  return { text, start, end: start + text.length, kind, speaker: speaker === null ? null : { name: speaker }, date: date === null ? null : { value: date } };
}

describe('reading gold files', () => {
  it('keeps dates as strings, including week and month forms', () => {
    const entries = parseGoldYaml('statements:\n  - text: a\n    kind: direct\n    speaker: X\n    date: 2022-10-28\n  - text: b\n    kind: mixed\n    speaker: Y\n    date: 2022-W43\n  - text: c\n    kind: indirect\n    speaker: Z\n    date: null\n');
    expect(entries.map((e) => e.date)).toEqual(['2022-10-28', '2022-W43', null]);
  });

  it('rejects a kind or a date it does not know, listing every problem', () => {
    expect(() =>
      parseGoldYaml('statements:\n  - text: a\n    kind: quote\n    speaker: X\n    date: last Friday\n'),
    ).toThrow(/"kind" must be direct, indirect or mixed\n.*"date" must be null/);
  });

  it('fails loudly when a gold text is not an exact substring of the body', () => {
    expect(() => resolveGoldSpans(BODY, [{ text: 'we will never accept it', kind: 'direct', speaker: 'Wang Yi', date: null }])).toThrow(
      /not an exact substring/,
    );
  });

  it('asks for an occurrence when the text appears more than once', () => {
    expect(() => resolveGoldSpans(BODY, [{ text: 'said', kind: 'direct', speaker: 'X', date: null }])).toThrow(/add "occurrence"/);
    const [second] = resolveGoldSpans(BODY, [{ text: 'said', occurrence: 2, kind: 'direct', speaker: 'X', date: null }]);
    expect(second.start).toBe(BODY.indexOf('said', BODY.indexOf('said') + 1));
  });
});

describe('matching statements', () => {
  it('matches a system span covering at least half of the gold span', () => {
    const g = gold('the talks were useful', 'Wang Wenbin', null, 'indirect');
    const s = system('the talks', 'Wang Wenbin', null, 'indirect');
    const half = system('the talks we', 'Wang Wenbin', null, 'indirect');
    expect(matchStatements([g], [s])).toHaveLength(0);
    expect(matchStatements([g], [half])).toHaveLength(1);
  });

  it('pairs one to one, giving a long span to the gold statement it overlaps most', () => {
    const first = gold('We will', 'Wang Yi', '2022-10-21');
    const second = gold('never accept it', 'Wang Yi', '2022-10-21');
    const long = system('We will," Wang Yi said on Friday, "never accept it', 'Wang Yi', '2022-10-21');
    const matches = matchStatements([first, second], [long]);
    expect(matches).toEqual([{ gold: 1, system: 0, overlap: 'never accept it'.length }]);
  });
});

describe('comparing speakers', () => {
  it('ignores case and titles, and accepts a name with more words than the gold one', () => {
    expect(speakerMatches('Wang Yi', 'wang yi')).toBe(true);
    expect(speakerMatches('Xi Jinping', 'President Xi Jinping')).toBe(true);
    expect(speakerMatches('Wang Yi', 'Foreign Minister Wang Yi of China')).toBe(true);
  });

  it('does not accept a bare surname for a full name', () => {
    expect(speakerMatches('Xi Jinping', 'Xi')).toBe(false);
    expect(speakerMatches('Serena Williams', 'Williams')).toBe(false);
  });

  it('accepts hyphenation and one-letter transliteration variants', () => {
    expect(speakerMatches('Kim Yo-jong', 'Kim Yo Jong')).toBe(true);
    expect(speakerMatches('Sergei Lavrov', 'Sergey Lavrov')).toBe(true);
  });

  it('accepts an alias given in the gold', () => {
    expect(speakerMatches('officials at NASA’s Jet Propulsion Laboratory', 'JPL officials', ['JPL officials'])).toBe(true);
  });

  it('counts another person with the same surname as a confusion, wherever the surname stands', () => {
    expect(isSameSurnameConfusion('Wang Yi', 'Wang Wenbin')).toBe(true);
    expect(isSameSurnameConfusion('Kim Yo-jong', 'Kim Jong-un')).toBe(true);
    expect(isSameSurnameConfusion('Serena Williams', 'Venus Williams')).toBe(true);
  });

  it('does not count an incomplete name, an unrelated person or a group as a surname confusion', () => {
    expect(isSameSurnameConfusion('Xi Jinping', 'President Xi')).toBe(false);
    expect(isSameSurnameConfusion('Sergei Lavrov', 'Maria Zakharova')).toBe(false);
    expect(isSameSurnameConfusion('Russian Foreign Ministry', 'Chinese Foreign Ministry')).toBe(false);
    expect(isSameSurnameConfusion('Wang Yi', 'Wang Yi')).toBe(false);
  });
});

describe('scoring an article', () => {
  const golds = [
    gold('We will', 'Wang Yi', '2022-10-21'),
    gold('never accept it', 'Wang Yi', '2022-10-21'),
    gold('the talks were useful', 'Wang Wenbin', null, 'indirect'),
    gold('the visit was "historic"', 'analysts', null, 'mixed'),
  ];

  it('reports precision, recall and F1 from matched, missed and spurious statements', () => {
    const systems = [
      system('We will', 'Wang Yi', '2022-10-21'),
      system('the talks were useful', 'Wang Wenbin', null, 'indirect'),
      system('MOSCOW', 'Xinhua', null),
    ];
    const score = scoreArticle('a', golds, systems);
    expect(score.tally).toMatchObject({ gold: 4, system: 3, matched: 2 });
    expect(score.figures.precision).toBeCloseTo(2 / 3);
    expect(score.figures.recall).toBeCloseTo(0.5);
    expect(score.figures.f1).toBeCloseTo(4 / 7);
    expect(score.misses.map((m) => m.text)).toEqual(['never accept it', 'the visit was "historic"']);
    expect(score.falsePositives.map((f) => f.text)).toEqual(['MOSCOW']);
  });

  it('measures speaker, kind and date accuracy on matched statements only, dates only where the gold has one', () => {
    const systems = [
      system('We will', 'Wang Wenbin', '2022-10-21'),
      system('never accept it', 'Wang Yi', '2022-10-23', 'indirect'),
      system('the talks were useful', 'Wang Wenbin', '2022-10-23', 'indirect'),
    ];
    const score = scoreArticle('a', golds, systems);
    expect(score.tally).toMatchObject({
      matched: 3,
      speakerCorrect: 2,
      sameSurnameConfusions: 1,
      kindCorrect: 2,
      dated: 2,
      dateCorrect: 1,
      spuriousDates: 1,
    });
    expect(score.figures.speakerAccuracy).toBeCloseTo(2 / 3);
    expect(score.figures.dateAccuracy).toBeCloseTo(0.5);
    expect(score.confusions).toHaveLength(1);
    expect(score.confusions[0].system.speaker).toBe('Wang Wenbin');
    expect(score.wrongDates.map((w) => w.gold.text)).toEqual(['never accept it', 'the talks were useful']);
  });

  it('treats a missing system date as wrong when the gold has a date', () => {
    const score = scoreArticle('a', [golds[0]], [system('We will', 'Wang Yi', null)]);
    expect(score.figures.dateAccuracy).toBe(0);
  });

  it('gives perfect figures to an article with nothing to find and nothing found', () => {
    const score = scoreArticle('empty', [], []);
    expect(score.figures).toMatchObject({ precision: 1, recall: 1, f1: 1, speakerAccuracy: null, dateAccuracy: null });
  });
});

describe('totals and targets', () => {
  it('adds articles statement by statement rather than averaging their figures', () => {
    const one = scoreArticle('one', [gold('We will', 'Wang Yi', null)], [system('We will', 'Wang Yi', null)]);
    const other = scoreArticle('other', [gold('never accept it', 'Wang Yi', null), gold('the talks were useful', 'Wang Wenbin', null, 'indirect')], []);
    const total = totalTally([one, other]);
    expect(total).toMatchObject({ gold: 3, system: 1, matched: 1 });
    expect(figuresOf(total).recall).toBeCloseTo(1 / 3);
  });

  it('marks each target met or missed', () => {
    const perfect = scoreArticle('p', [gold('We will', 'Wang Yi', '2022-10-21')], [system('We will', 'Wang Yi', '2022-10-21')]);
    expect(targetsFor(totalTally([perfect])).every((t) => t.met)).toBe(true);
    const confused = scoreArticle('c', [gold('We will', 'Wang Yi', '2022-10-21')], [system('We will', 'Wang Wenbin', '2022-10-21')]);
    const targets = targetsFor(totalTally([confused]));
    expect(targets.find((t) => t.label === 'same-surname confusions')).toMatchObject({ value: 1, met: false });
    expect(targets.find((t) => t.label === 'speaker accuracy')).toMatchObject({ value: 0, met: false });
  });
});
