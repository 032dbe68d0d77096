import { describe, expect, it } from 'vitest';
import { findDates } from '../../scripts/annotate/dates/index.ts';

// Tuesday 25 October 2022, ISO week 2022-W43.
const PUBLISHED = '2022-10-25';

const only = (text: string, published = PUBLISHED) => {
  const found = findDates(text, published);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('days relative to publication', () => {
  it("resolves 'Yesterday' to the day before publication", () => {
    expect(only('Yesterday, the ministry issued a statement.')).toMatchObject({ text: 'Yesterday', value: '2022-10-24', precision: 'day', tense: 'past' });
  });

  it("resolves 'today', 'earlier today' and 'tonight' to the day of publication", () => {
    expect(only('The council meets today.').value).toBe('2022-10-25');
    expect(only('Earlier today, the embassy confirmed the visit.').text).toBe('Earlier today');
    expect(only('He speaks tonight.').value).toBe('2022-10-25');
  });

  it("resolves 'last night' to the day before publication", () => {
    expect(only('Shelling continued last night.')).toMatchObject({ text: 'last night', value: '2022-10-24' });
  });

  it("resolves 'tomorrow' to the day after publication", () => {
    expect(only('The envoy arrives tomorrow.')).toMatchObject({ value: '2022-10-26', tense: 'future' });
  });

  it("gives an exact day for 'three days ago'", () => {
    expect(only('The ship left three days ago.')).toMatchObject({ value: '2022-10-22', precision: 'day' });
  });

  it("runs a possessive over the event it dates ('after yesterday's vote', 'last week's talks')", () => {
    expect(only("He resigned after yesterday's vote.")).toMatchObject({ text: "after yesterday's vote", value: '2022-10-24' });
    expect(only("Last week's talks ended early.")).toMatchObject({ text: "Last week's talks", value: '2022-W42' });
  });

  it("reads 'today's talks' as a date but not 'today's China'", () => {
    expect(only("Today's talks ended without agreement.").value).toBe('2022-10-25');
    expect(findDates("Today's China is a major power.", PUBLISHED)).toEqual([]);
  });
});

describe('weeks', () => {
  it("resolves 'a week ago' to the ISO week, never to an invented day", () => {
    expect(only('The talks began a week ago.')).toMatchObject({ text: 'a week ago', value: '2022-W42', precision: 'week' });
  });

  it("resolves 'last week', 'this week' and 'next week' to ISO weeks", () => {
    expect(only('Last week, the ministry said it would respond.').value).toBe('2022-W42');
    expect(only('The minister is in Beijing this week.').value).toBe('2022-W43');
    expect(only('He will travel to Moscow next week.').value).toBe('2022-W44');
  });

  it("resolves 'earlier this week' to the current week in the past tense", () => {
    expect(only('Earlier this week, Xi met Putin.')).toMatchObject({ text: 'Earlier this week', value: '2022-W43', tense: 'past' });
  });

  it("resolves 'two weeks ago' to the week fourteen days before publication", () => {
    expect(only('He said two weeks ago that the offer stood.')).toMatchObject({ value: '2022-W41', precision: 'week' });
  });

  it("gives week precision for 'a few days ago'", () => {
    expect(only('The drone was shot down a few days ago.')).toMatchObject({ value: '2022-W42', precision: 'week' });
  });

  it("returns nothing for 'recently', which names no period", () => {
    expect(findDates('The two sides recently agreed to talk.', PUBLISHED)).toEqual([]);
  });

  it("resolves 'over the weekend' by tense", () => {
    expect(only('Protesters gathered over the weekend.')).toMatchObject({ text: 'over the weekend', value: '2022-W42', precision: 'week' });
    expect(only('The leaders will meet over the weekend.').value).toBe('2022-W43');
  });

  it('uses the ISO year of the week at a year boundary', () => {
    expect(only('The vote was held last week.', '2021-01-08').value).toBe('2020-W53');
  });
});

describe('months', () => {
  it("resolves 'this month', 'last month' and 'earlier this month'", () => {
    expect(only('Inflation eased this month.')).toMatchObject({ value: '2022-10', precision: 'month' });
    expect(only('Inflation eased last month.').value).toBe('2022-09');
    expect(only('The deal was signed earlier this month.')).toMatchObject({ text: 'earlier this month', value: '2022-10' });
  });

  it("resolves 'in October' in a past report to the most recent October", () => {
    expect(only('The talks were held in October.', '2023-02-10')).toMatchObject({ text: 'in October', value: '2022-10', tense: 'past' });
  });

  it("resolves 'in January' in a future context to the next January", () => {
    expect(only('Elections will be held in January.')).toMatchObject({ value: '2023-01', tense: 'future' });
  });

  it("resolves 'last May' to the previous May even when the sentence is in the future tense", () => {
    expect(only('Prices will return to where they were last May.').value).toBe('2022-05');
  });

  it("resolves 'Oct. 2022' and 'October 2022' to months", () => {
    expect(only('The plan was first drafted in Oct. 2022.')).toMatchObject({ text: 'in Oct. 2022', value: '2022-10', precision: 'month' });
    expect(only('October 2022 was a turning point.').value).toBe('2022-10');
  });

  it("keeps qualifiers such as 'early', 'mid-' and 'late last' with the month", () => {
    expect(only('Fighting resumed in early August.')).toMatchObject({ text: 'in early August', value: '2022-08' });
    expect(only('A ceasefire is expected by mid-November.').value).toBe('2022-11');
    expect(only('He resigned late last July.').value).toBe('2022-07');
  });
});

describe('years', () => {
  it("resolves 'last year', 'this year' and 'next year'", () => {
    expect(only('Trade rose last year.')).toMatchObject({ value: '2021', precision: 'year' });
    expect(only('Trade rose this year.').value).toBe('2022');
    expect(only('Trade will rise next year.').value).toBe('2023');
  });

  it("resolves 'in 2021' and a bare year", () => {
    expect(only('The treaty was signed in 2021.')).toMatchObject({ text: 'in 2021', value: '2021', precision: 'year' });
    expect(only('The 2018 summit ended early.').value).toBe('2018');
  });

  it("resolves 'N years ago' to a year", () => {
    expect(only('The border opened about six years ago.')).toMatchObject({ value: '2016', precision: 'year' });
  });

  it("returns 'since 2014' as the year 2014, keeping 'since' in the text", () => {
    expect(only('Sanctions have been in place since 2014.')).toMatchObject({ text: 'since 2014', value: '2014', precision: 'year' });
  });

  it("resolves 'last summer' to the year of the latest summer that has ended", () => {
    expect(only('The dam burst last summer.')).toMatchObject({ value: '2022', precision: 'year' });
    expect(only('The dam burst last summer.', '2023-03-01').value).toBe('2022');
  });

  it("resolves 'this fiscal year' to the year", () => {
    expect(only('The deficit will narrow this fiscal year.').value).toBe('2022');
  });
});
