import { describe, expect, it } from 'vitest';
import { detectTense } from '../../scripts/annotate/dates/detect-tense.ts';

/** Tense of the first occurrence of `date` in `text`. */
const tenseOf = (text: string, date: string) => {
  const start = text.indexOf(date);
  return detectTense(text, start, start + date.length);
};

describe('detectTense', () => {
  it.each([
    ['Wang said on Monday that the talks would go on.', 'Monday', 'past'],
    ['The envoy told reporters on Friday he was hopeful.', 'Friday', 'past'],
    ['The two sides held talks Thursday.', 'Thursday', 'past'],
    ['Xi on Monday met Putin.', 'Monday', 'past'],
    ['The talks have resumed since Monday.', 'Monday', 'past'],
    ['The two sides will meet on Monday.', 'Monday', 'future'],
    ['The council is scheduled to meet on Friday.', 'Friday', 'future'],
    ['The minister is set to arrive on Sunday.', 'Sunday', 'future'],
    ['The envoy plans to visit on Sunday.', 'Sunday', 'future'],
    ['The vote will be held on Monday.', 'Monday', 'future'],
    ['The talks are due to resume on Monday.', 'Monday', 'future'],
    ['The spokesman says on Monday the plan is ready.', 'Monday', 'present'],
    ['He said he would visit on Friday.', 'Friday', 'unknown'],
  ])('reads %j as %s around %j', (text, date, expected) => {
    expect(tenseOf(text, date)).toBe(expected);
  });

  it('returns null when no cue is near', () => {
    expect(tenseOf('Summit on Thursday', 'Thursday')).toBeNull();
  });

  it('prefers the verb next to the date over a reporting verb further away', () => {
    const text = 'Wang said the delegations will meet again on Friday.';
    expect(tenseOf(text, 'Friday')).toBe('future');
  });

  it('does not look into the next sentence', () => {
    expect(tenseOf('Summit on Thursday. Officials said nothing.', 'Thursday')).toBeNull();
  });

  it('does not stop at the full stop of an abbreviation', () => {
    expect(tenseOf('Mr. Wang said Dr. Li arrived Oct. 12 in Beijing.', 'Oct. 12')).toBe('past');
  });

  it("dates the agreement, not the plan, in 'On Friday, the sides agreed to meet'", () => {
    expect(tenseOf('On Friday, the two sides agreed to meet again.', 'Friday')).toBe('past');
    expect(tenseOf('The two sides agreed to meet on Friday.', 'Friday')).toBe('unknown');
  });

  it("does not take 'United' or other -ed names for past verbs", () => {
    expect(tenseOf('The envoy will visit the United States on Monday.', 'Monday')).toBe('future');
  });
});
