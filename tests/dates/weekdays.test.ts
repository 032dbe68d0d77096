import { describe, expect, it } from 'vitest';
import { findDates } from '../../scripts/annotate/dates/index.ts';

// Tuesday 25 October 2022.
const PUBLISHED = '2022-10-25';

const only = (text: string, published = PUBLISHED) => {
  const found = findDates(text, published);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('weekdays in past-tense reports', () => {
  it("resolves 'on Monday' in a past-tense report to the Monday before publication", () => {
    const d = only('Foreign Ministry spokesperson Wang Wenbin said on Monday that China opposes the move.');
    expect(d).toMatchObject({ text: 'on Monday', value: '2022-10-24', precision: 'day', tense: 'past' });
  });

  it("resolves 'told reporters on Friday' to the Friday of the previous week", () => {
    expect(only('The minister told reporters on Friday that the talks had stalled.').value).toBe('2022-10-21');
  });

  it("resolves a weekday without a preposition after a past verb ('held talks Thursday')", () => {
    const d = only('The two leaders held talks Thursday in Beijing.');
    expect(d).toMatchObject({ text: 'Thursday', value: '2022-10-20', tense: 'past' });
  });

  it('takes the cue from a verb after the weekday (\'Xi on Monday met Putin\')', () => {
    expect(only('Xi on Monday met Putin in Samarkand.').value).toBe('2022-10-24');
  });

  it("reads 'on Tuesday' in a report published on a Tuesday as the day of publication", () => {
    expect(only('The spokesman said on Tuesday that no decision had been made.').value).toBe('2022-10-25');
  });

  it("resolves 'last Monday' to the Monday strictly before publication", () => {
    expect(only('He arrived last Tuesday.')).toMatchObject({ value: '2022-10-18', tense: 'past' });
  });
});

describe('weekdays in future contexts', () => {
  it("resolves 'will meet on Monday' to the Monday after publication", () => {
    const d = only('The two sides will meet on Monday in Geneva.');
    expect(d).toMatchObject({ text: 'on Monday', value: '2022-10-31', tense: 'future' });
  });

  it("resolves 'is scheduled to meet on Friday' to the coming Friday", () => {
    expect(only('The council is scheduled to meet on Friday.').value).toBe('2022-10-28');
  });

  it("resolves 'next Monday' to the first Monday after publication", () => {
    expect(only('Talks resume next Monday.')).toMatchObject({ text: 'next Monday', value: '2022-10-31', tense: 'future' });
  });

  it("resolves 'plans to visit on Sunday' to the coming Sunday", () => {
    expect(only('The envoy plans to visit on Sunday.').value).toBe('2022-10-30');
  });

  it('reads a passive future ("will be held on Monday") as future, not as the past participle', () => {
    expect(only('The vote will be held on Monday.').value).toBe('2022-10-31');
  });

  it("reads 'will meet on Tuesday' in a Tuesday report as the day of publication, as wire style names today by its weekday", () => {
    expect(only('The leaders will meet on Tuesday evening.').value).toBe('2022-10-25');
  });

  it('gives each weekday the tense of its own verb when a sentence mixes past and future', () => {
    const found = findDates('Wang said on Monday that the delegations will meet again on Friday.', PUBLISHED);
    expect(found.map((d) => [d.text, d.value, d.tense])).toEqual([
      ['on Monday', '2022-10-24', 'past'],
      ['on Friday', '2022-10-28', 'future'],
    ]);
  });
});

describe('weekdays without a clear tense', () => {
  it('picks the nearest such day when the sentence has no tense cue', () => {
    expect(only('Summit on Thursday').value).toBe('2022-10-27');
    expect(only('Protests on Sunday').value).toBe('2022-10-23');
  });

  it("treats 'said he would visit on Friday' as unknown direction and takes the nearest Friday", () => {
    expect(only('He said he would visit on Friday.')).toMatchObject({ value: '2022-10-28', tense: 'unknown' });
  });
});

describe('possessive weekdays and parts of the day', () => {
  it("returns 'at Friday's media briefing' as one day-precision mention", () => {
    const d = only("Wang made the remarks at Friday's media briefing.");
    expect(d).toMatchObject({ text: "at Friday's media briefing", value: '2022-10-21', precision: 'day' });
  });

  it("returns 'at Wednesday's press conference' with the event it dates", () => {
    expect(only("The spokeswoman said at Wednesday's press conference that Beijing was concerned.").text).toBe("at Wednesday's press conference");
  });

  it("stops a possessive phrase before the verb ('Thursday's talks were')", () => {
    expect(only("Thursday's talks were constructive, officials said.").text).toBe("Thursday's talks");
  });

  it("resolves 'on Tuesday night' and 'Monday morning' to days", () => {
    expect(only('Missiles struck Kyiv on Tuesday night.')).toMatchObject({ text: 'on Tuesday night', value: '2022-10-25', precision: 'day' });
    expect(only('Monday morning, officials said the border was closed.')).toMatchObject({ text: 'Monday morning', value: '2022-10-24' });
  });

  it("keeps 'late' in 'late Tuesday' and 'late on Thursday'", () => {
    expect(only('The ministry said in a statement late Tuesday that it had summoned the envoy.').text).toBe('late Tuesday');
    expect(only('The embassy said late on Thursday that the report was groundless.')).toMatchObject({ text: 'late on Thursday', value: '2022-10-20' });
  });

  it('uses a printed weekday to confirm the year of a date ("Friday, Oct. 28")', () => {
    expect(only('The summit opened on Friday, Oct. 28.')).toMatchObject({ text: 'on Friday, Oct. 28', value: '2022-10-28' });
  });
});
