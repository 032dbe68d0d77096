import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { statementsOf } from './helpers.ts';

describe('when a statement was made', () => {
  it('resolves a past weekday against the publication date', () => {
    const [statement] = statementsOf('Lavrov said on Monday that talks go on.', '2022-09-13');
    expect(statement.date).toEqual({ value: '2022-09-12', precision: 'day', text: 'on Monday', source: 'explicit' });
  });

  it('gives "a week ago" week precision, not a made-up day', () => {
    const [statement] = statementsOf('A week ago, Li Zhanshu hailed an "unprecedented level" of trust.', '2022-09-13');
    expect(statement.date).toMatchObject({ value: '2022-W36', precision: 'week', text: 'A week ago' });
  });

  it('resolves relative days against the dateline when there is one', () => {
    const [statement] = statementsOf('MOSCOW, April 26 (Xinhua) -- Lavrov said on Tuesday that talks go on.', '2022-04-27');
    expect(statement.date?.value).toBe('2022-04-26');
  });

  it('never takes a date from the reported words themselves', () => {
    const [statement] = statementsOf('Peskov said that Putin will visit Beijing next week.', '2022-09-13');
    expect(statement.date).toBeNull();
  });

  it('ignores a date in a clause about the speaker', () => {
    const [statement] = statementsOf('Yang who served as Foreign Minister between 2007 and 2013 welcomed the ambassador and spoke highly of his contribution.', '2022-09-13');
    expect(statement.date).toBeNull();
  });

  it('carries the date of the occasion to later statements of its participants', () => {
    const statements = statementsOf(
      'Also on Thursday, Foreign Minister Wang Yi held a phone conversation with Sergei Lavrov.\nChina is willing to deepen exchanges, said Wang Yi.\nThe Russian side is willing to enhance contact, said Lavrov.',
      '2022-10-29',
    );
    expect(statements.map((statement) => statement.date?.value)).toEqual(['2022-10-27', '2022-10-27']);
    expect(statements[0].date?.source).toBe('carried');
  });

  it('does not carry a date to a new speaker interviewed by the outlet itself', () => {
    const { statements } = annotate('Wang Wenbin said on Friday that China welcomes talks.\nCui Heng told the Global Times that risks are rising.', { published: '2022-10-29', outlet: 'Global Times' });
    expect(statements[1].date).toBeNull();
  });

  it('carries a speaker\'s date to the same speaker\'s next statements', () => {
    const statements = statementsOf('Lavrov said on Monday that talks go on.\nHe added that the West must stop.', '2022-09-13');
    expect(statements[1].date).toMatchObject({ value: '2022-09-12', source: 'carried' });
  });
});

describe('dates that are not when the words were said', () => {
  it('does not date a statement by when an interview was published', () => {
    const [statement] = statementsOf('Rudenko said in an interview published on Tuesday that ties are strong.', '2023-01-03');
    expect(statement.date).toBeNull();
  });
});

describe('choosing between dates of the passage', () => {
  it('takes a day named in the speaker\'s own clause before a second cue', () => {
    const [statement] = statementsOf('Minister Kim Yung-ho expressed concerns Friday over the deal and called for closer cooperation.', '2023-09-22');
    expect(statement.date).toMatchObject({ value: '2023-09-22', text: 'Friday' });
  });

  it('prefers the speaker\'s own earlier date to a sentence that names the speaker in passing', () => {
    const statements = statementsOf(
      'Minister Kim Yung-ho said Friday that cooperation matters.\nThe meeting with Kim followed a summit between Kim Jong-un and Putin last week.\n"It is unprecedented," Kim Yung-ho said.',
      '2023-09-22',
    );
    expect(statements.at(-1)?.date?.value).toBe('2023-09-22');
  });
});

describe('the occasion of an article', () => {
  it('dates a person\'s undated statement by the one day every dated statement was made', () => {
    const statements = statementsOf('Kim Yo-jong said on Tuesday that the drills were foolish.\nLater, the sister of the leader added more.\n"They are a mere child," Kim Yo-jong said.', '2020-03-05');
    expect(statements.map((statement) => statement.date?.value)).toEqual(['2020-03-03', '2020-03-03']);
  });

  it('does not guess an occasion when the dated statements disagree', () => {
    const statements = statementsOf('Wang Wenbin said on Friday that China welcomes talks.\nLavrov said on Thursday that Russia is ready.\nCui Heng told the Global Times that risks are rising.', '2022-10-29');
    expect(statements.at(-1)?.date).toBeNull();
  });

  it('keeps the occasion when another statement is a remark recalled from an earlier month', () => {
    const statements = statementsOf('Dmitry Peskov said on Monday that the leaders will talk.\nVladimir Putin acknowledged in September that Beijing had concerns.\nWang Wenbin told reporters that details would follow.', '2022-12-26');
    expect(statements.map((statement) => statement.date?.value)).toEqual(['2022-12-26', '2022-09', '2022-12-26']);
  });

  it('does not carry a date across the opening of an undated interview', () => {
    const statements = statementsOf('Jordan Chiles filed an appeal in the Federal Court of Switzerland in September 2024.\nIn an exclusive interview with Candace Parker, Chiles revealed that she got emotional after winning.\n"My first thought was thanking God," she said.', '2025-03-22');
    expect(statements.map((statement) => statement.date?.value ?? null)).toEqual([null, null]);
  });

  it('does not carry the date of a thing the question was about: "the strikes conducted … on September 28"', () => {
    const statements = statementsOf('The ministry on Thursday declined to comment on the briefing.\nAnswering questions on the surgical strikes conducted by the army on the intervening night of September 28 and 29, spokesperson Vikas Swarup said, "The proceedings are confidential."\nHe said, "Our position was made clear from this podium on September 29."', '2016-10-20');
    expect(statements.map((statement) => statement.date?.value ?? null)).not.toContain('2016-09-28');
  });

  it('does not date words by a relative clause after the cue: "said X at the conference, which began Thursday"', () => {
    const statements = statementsOf('Cali, Colombia, Sept 9 (EFE).- Colombia and Mexico led on Saturday the conclusion of the conference, from which they called on the countries to unify positions.\n“We wanted to support Colombia,” said Mexican Foreign Minister Alicia Bárcena at the closing ceremony of the conference, which began Thursday in Cali.\nBárcena said that drugs link the region.', '2023-09-09');
    expect(statements.filter((statement) => statement.speaker.name === 'Alicia Bárcena').map((statement) => statement.date?.value ?? null)).toEqual(['2023-09-09', '2023-09-09']);
  });

  it('does not date a statement by a relative clause just before its cue: "the war that broke out 71 years ago, stressing …"', () => {
    const [statement] = statementsOf('In a speech at the UN earlier this week, Moon proposed an end to the conflict that broke out 71 years ago, stressing such an act would "usher in an era of peace".', '2021-09-24');
    expect(statement.date).toMatchObject({ value: '2021-W38', precision: 'week' });
  });

  it('does not take a month that holds the occasion for an earlier remark', () => {
    const statements = statementsOf('Dmitry Peskov said on Monday that the leaders will talk.\nVladimir Putin said in December that Beijing had concerns.\nWang Wenbin told reporters that details would follow.', '2022-12-26');
    expect(statements.at(-1)?.date).toBeNull();
  });
});

describe('dates inside what is reported', () => {
  it('does not date a statement by the day that opens the reported words', () => {
    const statements = statementsOf('Spokesperson Mumtaz Zahra Baloch spoke on Friday.\nOn 18 March, she said, the two sides co-chaired the consultations.', '2023-03-25');
    expect(statements.at(-1)?.date?.value).not.toBe('2023-03-18');
  });
});

describe('dates carried from the institution', () => {
  it('dates what officials of an institution wrote by the day the institution, named by its acronym, made a statement', () => {
    const statements = statementsOf('Jeffrey Kluger said on Saturday that a find was likely.\nHowever, NASA downplayed expectations in a statement Friday.\n"The rumors are incorrect," officials at NASA\'s Jet Propulsion Laboratory wrote.', '2012-12-03');
    expect(statements.at(-1)).toMatchObject({ speaker: { name: "Officials at NASA's Jet Propulsion Laboratory" }, date: { value: '2012-11-30', source: 'carried' } });
  });
});

describe('dates carried from the state', () => {
  it("gives a ministry spokeswoman's undated words the day the lead says her country stated them", () => {
    const statements = statementsOf('China stated on Monday that its ties with Russia contribute to peace.\n"China and Russia grow bilateral relations," Foreign Ministry spokeswoman Mao Ning said at a press conference.\nEU diplomat Kaja Kallas said on Friday that the two are working together.', '2025-11-25');
    expect(statements.map((statement) => statement.date?.value ?? null)).toEqual(['2025-11-24', '2025-11-24', '2025-11-21']);
  });

  it('does not give the state\'s day to a speaker from another country', () => {
    const statements = statementsOf('China stated on Monday that its ties with Russia contribute to peace.\n"The ties are a threat," EU foreign policy spokesman Peter Stano said at a press conference.\nEU diplomat Kaja Kallas said on Friday that the two are working together.', '2025-11-25');
    expect(statements[1].date).toBeNull();
  });
});

describe('the lead dates the occasion', () => {
  it('dates undated statements by the day in a lead that reports speech or a meeting', () => {
    const statements = statementsOf('Who said what at Wimbledon on Monday:\n"Hopefully it rains again tomorrow."\n-- Roger Federer on the delay.', '2021-07-06');
    expect(statements[0].date?.value).toBe('2021-07-05');
  });
});

describe('the occasion in an opening participle', () => {
  it('takes the day from "Speaking at the start of the meeting on Monday, Putin said …"', () => {
    const [statement] = statementsOf('Speaking at the start of the meeting on Monday, Putin said Russia was open to discussion.', '2023-03-21');
    expect(statement.date).toMatchObject({ value: '2023-03-20', source: 'explicit' });
  });
});

describe('time words between the speaker and the verb, and after the one addressed', () => {
  it('dates "The company last year said …" to last year', () => {
    const [statement] = statementsOf('The company last year said there were doubts about its ability to continue as a going concern.', '2018-06-02');
    expect(statement.date).toMatchObject({ value: '2017', precision: 'year' });
  });

  it('does not date "The 2019 report said …" by the year that names the report', () => {
    const [statement] = statementsOf('The company’s 2019 report said there were doubts about its ability to continue.', '2022-09-13');
    expect(statement).toMatchObject({ speaker: { type: 'document' }, date: null });
  });

  it('dates "Trump urged EU officials on Tuesday to hit China …" to the Tuesday', () => {
    const [statement] = statementsOf('Trump urged EU officials on Tuesday to hit China with tariffs of up to 100 per cent.', '2025-09-10');
    expect(statement.date).toMatchObject({ value: '2025-09-09', precision: 'day' });
  });

  it('dates "told residents to evacuate immediately Saturday morning" to the Saturday', () => {
    const [statement] = statementsOf('Puyallup police told residents near a large fire to evacuate immediately Saturday morning due to concerns of an explosion.', '2021-08-21');
    expect(statement.date).toMatchObject({ value: '2021-08-21', precision: 'day' });
  });

  it('dates "slammed officials on Monday for “telling lies”" to the Monday', () => {
    const [statement] = statementsOf('Nicholas Burns slammed Foreign Ministry officials on Monday for “telling lies” about the war.', '2022-07-05');
    expect(statement.date).toMatchObject({ value: '2022-07-04', precision: 'day' });
  });

  it('does not date the words by a day inside them: "said the visit on Friday of the president …"', () => {
    const [statement] = statementsOf('The minister said the visit on Friday of the president would go ahead.', '2022-07-05');
    expect(statement.date).toBeNull();
  });

  it('dates "expressed “strong concerns” Thursday over …" to the Thursday', () => {
    const [statement] = statementsOf('South Korea\'s top security officials expressed "strong concerns" Thursday over North Korea\'s firing of two projectiles.', '2019-07-25');
    expect(statement.date).toMatchObject({ value: '2019-07-25', precision: 'day' });
  });

  it('lets a feeling voiced on a day show the occasion to the other statements, and "Earlier in the day" take it', () => {
    const statements = statementsOf('SEOUL, July 25 (Yonhap) -- South Korea\'s top security officials expressed "strong concerns" Thursday over the launches.\nThe council concluded that the missiles were new, the presidential office said in a press release.\nEarlier in the day, Seoul\'s Joint Chiefs of Staff said that Pyongyang fired two missiles.', '2019-07-25');
    expect(statements.map((statement) => statement.date?.value ?? null)).toEqual(['2019-07-25', '2019-07-25', '2019-07-25']);
  });

  it('gives the day of the lead\'s reported words to the other statements, not to the lead\'s own', () => {
    const statements = statementsOf('Warring sides in the two-year-old conflict in Tigray opened peace talks in Pretoria on Tuesday, the South African presidency announced.\n"South Africa is hosting peace talks," spokesman Vincent Magwenya told reporters.', '2022-10-25');
    expect(statements.map((statement) => statement.date?.value ?? null)).toEqual([null, '2022-10-25']);
  });

  it('does not date a request by its deadline: "urged Russia to withdraw by Friday"', () => {
    const [statement] = statementsOf('The minister urged Russia to withdraw its troops by Friday.', '2022-09-13');
    expect(statement.date).toBeNull();
  });

  it('does not make a dated request the occasion of the other statements', () => {
    const statements = statementsOf('The talks were constructive, deputy spokesperson Tommy Pigott said in a statement.\nTrump urged EU officials on Tuesday to hit China with tariffs.', '2025-09-10');
    expect(statements.map((s) => s.date?.value ?? null)).toEqual([null, '2025-09-09']);
  });
});

describe('a date from the background does not outrank the speaker\'s own day', () => {
  it('keeps Friday for a minister\'s later words when a sentence between mentions him and an earlier summit "last week"', () => {
    const statements = statementsOf('Unification Minister Kim Yung-ho expressed concerns Friday over the arms deal and called for strengthened efforts to protect international norms.\nThe meeting between Kim and Ambassador Philip Goldberg followed a rare summit between Kim Jong-un and Vladimir Putin last week.\n"It is unprecedented," Kim said.', '2023-09-22');
    expect(statements.map((s) => s.date?.value)).toEqual(['2023-09-22', '2023-09-22']);
  });
});

describe('"made the announcement today" dates the words it refers back to', () => {
  const text = 'ISLAMABAD: Pakistan has confirmed that a delegation headed by the foreign minister will attend the meeting in Goa.\nForeign Office Spokesperson Mumtaz Zahra Baloch made the announcement today during her weekly press briefing.\nThe FO said that the foreign minister is attending the meeting at the invitation of the chair.';

  it('gives the announcement in the lead the day of the briefing', () => {
    const [lead] = statementsOf(text, '2023-04-20');
    expect(lead.date).toMatchObject({ value: '2023-04-20', precision: 'day' });
  });

  it('gives "The FO said" the day the Foreign Office spokesperson spoke', () => {
    const statements = statementsOf(text, '2023-04-20');
    expect(statements.at(-1)).toMatchObject({ speaker: { name: 'FO' }, date: { value: '2023-04-20' } });
  });

  it('leaves words before an earlier dated statement alone', () => {
    const statements = statementsOf('The minister said on Monday that talks would go on.\nThe ministry warned that prices would rise.\nThe spokesman made the remarks today at a briefing.', '2023-04-20');
    expect(statements.map((s) => s.date?.value ?? null)).toEqual(['2023-04-17', '2023-04-20']);
  });
});

describe('an interview with another outlet is its own occasion', () => {
  it('does not date the talks in Delhi by the day Putin spoke to India Today', () => {
    const statements = statementsOf('Putin, speaking alongside Modi in Delhi, said Russia would supply fuel to India.\nOn Thursday, Putin told India Today that Russia was working on a peaceful solution.\nModi said India stood on the side of peace.', '2025-12-05');
    expect(statements.map((s) => s.date?.value ?? null)).toEqual([null, '2025-12-04', null]);
  });
});
