import { describe, expect, it } from 'vitest';
import { statementsOf } from './helpers.ts';

/** Words that look like statements and are not. Every false positive found becomes a case here. */
describe('what is not a statement', () => {
  it.each([
    ['a scare quote', 'China and Russia have grown closer as part of a "no limits" alliance.'],
    ['"observed" meaning saw', 'The team of astronomers observed the stars and their planets tens of light years away.'],
    ['"state" as a noun', 'Images from Chinese state broadcaster CCTV showed the plane gliding along a runway ahead of a welcome from diplomats.'],
    ['a line that says who reported', 'This was reported by the EU Diplomatic Service, according to UNN.'],
    ['"state" before "government"', 'Local and state government spending had fallen off a cliff.'],
    ['a quoted name of a thing', 'The "Belt and Road" initiative was launched in 2013.'],
    ['a quoted title', 'She reviewed the film "War and Peace" last year.'],
    ['a headline attribution', "China, Russia building 'more just' world order: Beijing\nThe two countries met."],
    ['"said" as an adjective', 'The said agreement was signed in Moscow.'],
    ['a passive "is said to"', 'The deal is said to be worth billions.'],
    ['"It should be" before a cue', 'It should be stressed that the weather was fine.'],
    ['a noun "reports"', 'In a press briefing in Moscow, Peskov talked about media reports, which spread quickly.'],
    ['"welcomed" + a person', 'Yang welcomed the outgoing Russian ambassador in Beijing.'],
    ['"highlighted" + a thing without quoted words', 'The expert highlighted the role of trade in the relationship.'],
    ['"expressed" + a feeling without quoted words', 'Lavrov expressed his confidence in the relations.'],
    ['a journalist\'s question', 'Asked whether talks would resume, officials declined to comment.'],
    ['a photo credit', 'Photo: Xinhua/Li Ming said'],
    ['a related link that holds a cue', 'Read next: Putin said relations are at a high level'],
    ['a narrative sentence with a date', 'Also on Thursday, Wang Yi held a phone conversation with Sergei Lavrov.'],
    ['a quote inside a quote-free list of things', 'The so-called "experts" met on Monday.'],
  ])('%s', (_, text) => {
    expect(statementsOf(text).map((statement) => statement.text)).toEqual([]);
  });

  it('does not make a cue inside a quotation an attribution of its own', () => {
    const statements = statementsOf('"President Putin supported the idea. He noted that nuances matter," Peskov said.');
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toBe('Peskov');
  });

  it('does not take the audience of "told" for the speaker', () => {
    const statements = statementsOf('An expert, who requested anonymity, told the Global Times on Friday that ties are strong.');
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).not.toMatch(/Global Times/);
  });
});

describe('what is not a statement, from synthetic and wire copy', () => {
  it('does not take a time adjunct for the reported words: "…, Lund said a week ago."', () => {
    const statements = statementsOf('Talks will resume in the spring, Lund said a week ago.');
    expect(statements.map((statement) => statement.text)).toEqual(['Talks will resume in the spring']);
  });

  it('treats a bracketed reporting credit as noise', () => {
    expect(statementsOf('The minister said talks went well.\n(Reporting by staff of the desk; editing by the desk)').map((statement) => statement.text)).toEqual(['talks went well']);
  });
});

describe('what a reply is not: the claim it replies to', () => {
  it('takes the quoted reply, not the reports it answers: "responded to reports that …, “…”"', () => {
    const statements = statementsOf(
      'Foreign Ministry spokesman Wang Wenbin has responded to reports that China is allegedly providing arms to Russia, “Co-operation between China and Russia is honest and open.”',
    );
    expect(statements.map((statement) => [statement.kind, statement.speaker.name, statement.text])).toEqual([
      ['direct', 'Wang Wenbin', 'Co-operation between China and Russia is honest and open.'],
    ]);
  });

  it('makes nothing of a reply whose own words are not given: "responded to claims that …"', () => {
    expect(statementsOf('The ministry responded on Monday to claims that it had hidden the report.').map((statement) => statement.text)).toEqual([]);
  });

  it('still takes the words of "responded that …"', () => {
    expect(statementsOf('The spokesman responded that the claims were false.').map((statement) => statement.text)).toEqual(['the claims were false']);
  });
});

describe('who was asked is not who speaks', () => {
  it('makes nothing of a reporters\' question: "Reporters also asked how …"', () => {
    expect(statementsOf('Reporters also asked how Moscow can respond in this regard.').map((statement) => statement.text)).toEqual([]);
  });

  it('makes nothing of "The Kremlin was also asked if …"', () => {
    expect(statementsOf('The Kremlin was also asked if it is considering the option of placing a base on the border.').map((statement) => statement.text)).toEqual([]);
  });
});
