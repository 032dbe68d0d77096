import { describe, expect, it } from 'vitest';
import { findDates } from '../../scripts/annotate/dates/index.ts';

const PUBLISHED = '2022-10-25';

const texts = (text: string): string[] => findDates(text, PUBLISHED).map((d) => d.text);

describe('words that look like dates but are not', () => {
  it.each([
    ['China may respond with countermeasures.'],
    ['May God protect them, he said.'],
    ['Thousands joined a march in Kiev.'],
    ['March on, the crowd chanted.'],
    ['The Sunday Times reported the deal.'],
    ['He is a member of the Monday Club.'],
    ['The Good Friday Agreement ended the conflict.'],
    ['Relatives gathered to mark Bloody Sunday.'],
    ['Delegates to the 20th National Congress of the Communist Party of China'],
    ['G20 leaders met in Bali.'],
    ['Growth slowed to 2 percent.'],
    ['Russia sent 1,000 troops.'],
    ['Some 2000 troops were deployed.'],
    ['The Security Council adopted Resolution 2231.'],
    ['Xinhua reported the figures.'],
    ['Shops open on Mondays and Fridays.'],
    ['The curfew starts at 1800 GMT.'],
    ['He was aged 45.'],
    ['The treaty lasted for three years.'],
    ['Flight 9/11 anniversaries'],
    ['He served under June Carter, the chair.'],
    ['The October Revolution changed Russia.'],
    ['They had not met for years.'],
    ['Prices rose 5 percent over the past year.'],
    ['The 1800-km border is closed.'],
    ['Mr. Sunday said the vote was fair.'],
    ['Students commemorated the May 4th Movement.'],
    ['Call 1800 555 0199 for details.'],
  ])('finds no date in %j', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it("does not return a decade ('the 1990s'): there is no decade precision", () => {
    expect(texts('Relations soured in the 1990s.')).toEqual([]);
  });

  it("does not return 'now' or 'currently', which name no calendar period", () => {
    expect(texts('The two sides are now currently in talks.')).toEqual([]);
  });

  it("reads 'May' as a month after a preposition and 'March' with a day", () => {
    expect(texts('The vote was held in May.')).toEqual(['in May']);
    expect(texts('Protesters marched on March 3.')).toEqual(['on March 3']);
  });

  it('reads a year used as a modifier of an event ("the 2018 summit")', () => {
    expect(texts('The 2018 summit ended early.')).toEqual(['2018']);
  });
});

describe('titles that contain a date word', () => {
  it('does not read "India Today" or "USA Today" as a date', () => {
    expect(findDates('On Thursday, Putin told India Today that talks go on; USA Today reported it.', '2025-12-05').map((date) => date.text)).toEqual(['On Thursday']);
  });
});
