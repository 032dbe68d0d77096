import { describe, expect, it } from 'vitest';
import { findDates } from '../../scripts/annotate/dates/index.ts';

// Tuesday 25 October 2022.
const PUBLISHED = '2022-10-25';

const only = (text: string, published = PUBLISHED) => {
  const found = findDates(text, published);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('explicit calendar dates', () => {
  it.each([
    ['The statement was issued on Oct. 12.', 'on Oct. 12'],
    ['The statement was issued Oct 12.', 'Oct 12'],
    ['The statement was issued on October 12, 2022.', 'on October 12, 2022'],
    ['The statement was issued on 12 October 2022.', 'on 12 October 2022'],
    ['The statement was issued on 12 October.', 'on 12 October'],
    ['The statement was issued on 2022-10-12.', 'on 2022-10-12'],
    ['The statement was issued on 10/12/2022.', 'on 10/12/2022'],
  ])('reads %j as 2022-10-12 with day precision', (sentence, text) => {
    expect(only(sentence)).toMatchObject({ text, value: '2022-10-12', precision: 'day' });
  });

  it("reads 'Dec. 28' in a past report published in January as the previous year", () => {
    expect(only('The ceasefire collapsed on Dec. 28, officials said.', '2023-01-10')).toMatchObject({ value: '2022-12-28', tense: 'past' });
  });

  it("reads 'Jan. 5' in a future context published in December as the next year", () => {
    expect(only('Parliament will reconvene on Jan. 5.', '2022-12-20').value).toBe('2023-01-05');
  });

  it('picks the nearest year for a date in a sentence without a tense cue', () => {
    expect(only('Deadline: Nov. 3', PUBLISHED).value).toBe('2022-11-03');
  });

  it('keeps a future-tense date a few days before publication in the same year instead of jumping a year', () => {
    expect(only('China said it will reopen its borders on Jan. 8.', '2023-01-09').value).toBe('2023-01-08');
  });

  it('gives a date without a verb of its own the tense of the date before it in the sentence', () => {
    const found = findDates('He will visit Japan on May 3 and South Korea on May 5.', PUBLISHED);
    expect(found.map((d) => [d.value, d.tense])).toEqual([
      ['2023-05-03', 'future'],
      ['2023-05-05', 'future'],
    ]);
  });

  it('leaves a printed year as it is whatever the tense', () => {
    expect(only('The accord will expire on March 1, 2021.').value).toBe('2021-03-01');
  });

  it('drops a time of day printed with the date', () => {
    expect(only('The vote opens on Oct. 28 at 10 a.m.')).toMatchObject({ text: 'on Oct. 28', value: '2022-10-28' });
  });
});

describe('datelines', () => {
  it('reads a Xinhua dateline as a day on or before publication', () => {
    const d = only('MOSCOW, Oct. 23 (Xinhua) -- Russia will hold drills near the border.');
    expect(d).toMatchObject({ text: 'Oct. 23', value: '2022-10-23', precision: 'day', tense: 'past' });
  });

  it('reads a Reuters dateline with an abbreviated month', () => {
    expect(only('BEIJING, Sept. 12 (Reuters) - China said', '2022-09-12')).toMatchObject({ text: 'Sept. 12', value: '2022-09-12' });
  });

  it('reads a dateline published early in January as the previous December when needed', () => {
    expect(only('WASHINGTON, Dec. 31 (AP) -- The Senate adjourned.', '2023-01-01').value).toBe('2022-12-31');
  });
});

describe('ranges', () => {
  it("returns 'from Sept. 15 to 16' as one mention dated to its first day", () => {
    expect(only('The forum ran from Sept. 15 to 16.')).toMatchObject({ text: 'from Sept. 15 to 16', value: '2022-09-15', precision: 'day' });
  });

  it("returns 'Sept. 15-16' as one mention dated to its first day", () => {
    expect(only('The summit was held Sept. 15-16 in Samarkand.')).toMatchObject({ text: 'Sept. 15-16', value: '2022-09-15' });
  });

  it("returns 'from Oct. 31 to Nov. 2' across a month boundary as one mention", () => {
    expect(only('Beijing will host the forum from Oct. 31 to Nov. 2.')).toMatchObject({ text: 'from Oct. 31 to Nov. 2', value: '2022-10-31' });
  });

  it('returns two years for a year range such as 2009-2010', () => {
    expect(findDates('the pandemic of 2009-2010', PUBLISHED).map((d) => d.value)).toEqual(['2009', '2010']);
  });
});

describe('mentions in a paragraph', () => {
  it('returns mentions in text order with offsets into the text', () => {
    const text = 'BEIJING, Oct. 25 (Xinhua) -- Chinese Vice Premier Liu He met the envoy on Monday. The two sides will hold talks in December, after last week\'s talks in 2022 were cut short.';
    const found = findDates(text, PUBLISHED);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found.map((d) => d.value)).toEqual(['2022-10-25', '2022-10-24', '2022-12', '2022-W42', '2022']);
    expect(found.map((d) => d.start)).toEqual([...found.map((d) => d.start)].sort((a, b) => a - b));
  });
});

describe('a day of the month on its own: "on the 26th"', () => {
  it('is that day of the publication month when it has come', () => {
    expect(findDates('The court announced on the 26th that it would suspend the sentence.', '2025-02-26')).toMatchObject([{ text: 'on the 26th', value: '2025-02-26', precision: 'day' }]);
  });

  it('is that day of the month before when it is still to come', () => {
    expect(findDates('The court announced on the 28th that it would appeal.', '2025-03-02')).toMatchObject([{ value: '2025-02-28' }]);
  });

  it.each(['The party met on the 20th National Congress.', 'They marked it on the 26th anniversary of the treaty.', 'EU ambassadors agreed on the 17th package of sanctions.', 'They agreed on the 17th sanctions package.'])('is not an ordinal before a noun: %s', (text) => {
    expect(findDates(text, '2025-02-26')).toEqual([]);
  });
});
