import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { statementsOf, statementWith } from './helpers.ts';

describe('direct quotations', () => {
  it('finds a quote before its attribution, without the marks or the closing comma', () => {
    const [statement] = statementsOf('"We stand in favor of a negotiated solution," Lavrov said.');
    expect(statement).toMatchObject({ kind: 'direct', text: 'We stand in favor of a negotiated solution', cue: 'said' });
    expect(statement.speaker.name).toBe('Lavrov');
  });

  it('finds a quote after a colon', () => {
    const [statement] = statementsOf('Kremlin spokesman Dmitry Peskov said: “A lot of fakes are being published.”');
    expect(statement).toMatchObject({ kind: 'direct', text: 'A lot of fakes are being published.' });
    expect(statement.speaker).toMatchObject({ name: 'Dmitry Peskov', role: 'Kremlin spokesman', country: 'RU' });
  });

  it('finds a quote with the speaker after the verb', () => {
    const [statement] = statementsOf('“The number is not good news,” said Vergara after a meeting with Finance Minister Alberto Arenas.');
    expect(statement.speaker.name).toBe('Vergara');
  });

  it('splits a quote interrupted by its attribution into two statements of one speaker', () => {
    const statements = statementsOf('"We will," he said, "never accept it." ', '2022-09-13');
    expect(statements.map((statement) => statement.text)).toEqual(['We will', 'never accept it.']);
  });

  it('gives a quote-only paragraph to the speaker of the quote before it', () => {
    const statements = statementsOf('“She is the only reason I am here,” Serena said.\n“She deserves an incredible round of applause.”');
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatchObject({ kind: 'direct', speaker: { name: 'Serena' } });
  });

  it('attributes a quote through a medium: the report quoted X as saying', () => {
    const [statement] = statementsOf('"Relations have reached an unprecedented level," the report quoted Putin as saying.');
    expect(statement).toMatchObject({ kind: 'direct', via: 'the report', speaker: { name: 'Putin' } });
  });

  it('reads "X was quoted as saying"', () => {
    const [statement] = statementsOf('Xi was quoted as saying that China is ready to cooperate.');
    expect(statement).toMatchObject({ kind: 'indirect', text: 'China is ready to cooperate', speaker: { name: 'Xi' } });
  });
});

describe('indirect speech', () => {
  it('reads "X said (that) …" with time and place between the verb and the clause', () => {
    const [statement] = statementsOf('Chinese Foreign Ministry spokesperson Wang Wenbin said at Friday\'s media briefing that China highly appreciates the remarks.', '2022-10-29');
    expect(statement).toMatchObject({ kind: 'indirect', text: 'China highly appreciates the remarks', cue: 'said' });
    expect(statement.date).toMatchObject({ value: '2022-10-28', precision: 'day', text: "at Friday's media briefing" });
  });

  it('reads "…, X said." and "…, said X, who …"', () => {
    const statements = statementsOf('China will continue to share experience, Wang said.\nChina is willing to deepen exchanges, said Wang Yi, who is also a member of the Political Bureau.');
    expect(statements.map((statement) => statement.text)).toEqual(['China will continue to share experience', 'China is willing to deepen exchanges']);
    expect(statements[1].speaker).toMatchObject({ name: 'Wang Yi' });
  });

  it('reads "X told Y that …"', () => {
    const [statement] = statementsOf('Cui Heng, an assistant research fellow, told the Global Times that global risks have been rising.');
    expect(statement).toMatchObject({ text: 'global risks have been rising', cue: 'told', speaker: { name: 'Cui Heng', role: 'assistant research fellow' } });
  });

  it('reads "X told Y he …" without "that"', () => {
    const [statement] = statementsOf('In remarks at the Kremlin, Putin told Xi he welcomed the proposal.');
    expect(statement).toMatchObject({ text: 'he welcomed the proposal', speaker: { name: 'Putin' } });
  });

  it('reads "according to X" at either end of a sentence', () => {
    const statements = statementsOf('According to the report, China works to enhance coordination.\nThe talks will resume soon, according to diplomats.');
    expect(statements.map((statement) => [statement.text, statement.speaker.name, statement.cue])).toEqual([
      ['China works to enhance coordination', 'Report', 'according to'],
      ['The talks will resume soon', 'Diplomats', 'according to'],
    ]);
  });

  it('reads stated, noted, stressed, hailed and vowed', () => {
    const statements = statementsOf([
      'A top official stated that China is eager to act.',
      'Wang Yi noted that ties are strong.',
      'Lavrov stressed that talks must go on.',
      'Li Zhanshu hailed an "unprecedented level" of trust.',
      'China and Russia vowed to deepen relations at all levels, amid pressure.',
    ].join('\n'));
    expect(statements.map((statement) => [statement.cue, statement.text])).toEqual([
      ['stated', 'China is eager to act'],
      ['noted', 'ties are strong'],
      ['stressed', 'talks must go on'],
      ['hailed', 'an "unprecedented level" of trust'],
      ['vowed', 'to deepen relations at all levels'],
    ]);
  });

  it('adds the statement of a participle: "…, noting that …", "…, saying: …"', () => {
    const statements = statementsOf('"We want a solution," Lavrov said after the talks, noting that Russia agreed to negotiate.\nPeskov dismissed the reports, saying: "These are fakes."');
    expect(statements.map((statement) => [statement.text, statement.speaker.name])).toEqual([
      ['We want a solution', 'Lavrov'],
      ['Russia agreed to negotiate', 'Lavrov'],
      ['These are fakes.', 'Peskov'],
    ]);
  });

  it('splits two cue verbs of one subject: "urged …, and warned that …"', () => {
    const statements = statementsOf('Sergei Lavrov spoke first.\nHe urged Kiev to respond, and warned that talks will fail.');
    expect(statements.map((statement) => [statement.cue, statement.text, statement.speaker.name])).toEqual([
      ['urged', 'Kiev to respond', 'Sergei Lavrov'],
      ['warned', 'talks will fail', 'Sergei Lavrov'],
    ]);
  });

  it('reads an attribution that lost its verb: "…, the country\'s top official Yang Jiechi."', () => {
    const [statement] = statementsOf("Yesterday, China was ready to work with Russia for a fairer order, the country's top foreign policy official Yang Jiechi.");
    expect(statement).toMatchObject({ kind: 'indirect', text: 'China was ready to work with Russia for a fairer order', cue: '' });
    expect(statement.date?.value).toBe('2022-09-12');
  });

  it('does not read "…, co-chaired by Kaja Kallas and Foreign Minister Wang Yi." as an attribution that lost its verb', () => {
    expect(statementsOf('On Wednesday, the European Union and China held the 13th Strategic Dialogue, co-chaired by High Representative Kaja Kallas and Chinese Foreign Minister Wang Yi.')).toEqual([]);
  });
});

describe('a sentence reported as a whole by someone named after it', () => {
  it('gives "The Assembly has noted that …, said the commissioner, Bankole Adeoye." to the commissioner', () => {
    const statements = statementsOf('The AU Assembly has noted that the situation on the continent is alarming, said the commissioner, Ambassador Bankole Adeoye.');
    expect(statements.map((statement) => [statement.speaker.name, statement.text])).toEqual([
      ['Bankole Adeoye', 'The AU Assembly has noted that the situation on the continent is alarming'],
    ]);
  });
});

describe('a few quoted words that go on as a noun phrase', () => {
  it('reads "noted “worrying trends” in the Horn of Africa" as mixed, with the place', () => {
    const [statement] = statementsOf('The chairman also noted "worrying trends" in the Horn of Africa and the Great Lakes region, fueled by unresolved problems.');
    expect(statement).toMatchObject({ kind: 'mixed' });
    expect(statement.text).toMatch(/^"worrying trends" in the Horn of Africa and the Great Lakes region/);
  });

  it('still leaves out the occasion: "called it “a mistake” in a statement"', () => {
    const [statement] = statementsOf('The minister said "it was a mistake" in a statement on Monday.');
    expect(statement).toMatchObject({ kind: 'direct', text: 'it was a mistake' });
  });
});

describe('demands', () => {
  it('reads a second verb "but demanded Seoul first drop its “hostile policies”" as a statement of its own', () => {
    const statements = statementsOf('Kim Yo Jong on Friday said it was "admirable" of the South to propose an end to the war but demanded Seoul first drop its "hostile policies" towards Pyongyang.');
    expect(statements.map((statement) => statement.text)).toEqual([
      'it was "admirable" of the South to propose an end to the war',
      'Seoul first drop its "hostile policies" towards Pyongyang',
    ]);
  });

  it('makes nothing of a thing that demands: "The situation demands attention."', () => {
    expect(statementsOf('The situation demands attention from all sides.')).toEqual([]);
  });
});

describe('relative clauses and reassurances', () => {
  it('reads "…, Steve Jobs, who said a week ago he would take a medical leave"', () => {
    const [statement] = statementsOf('The first question regarded the health of chief executive officer Steve Jobs, who said a week ago he would take a six-month medical leave.');
    expect(statement).toMatchObject({ speaker: { name: 'Steve Jobs' }, text: 'he would take a six-month medical leave' });
  });

  it('reads "…, the authors of which reported that …" as the outlet\'s words', () => {
    const statements = statementsOf('So Peskov commented on the material of the British edition of the Financial Times, the authors of which reported that this conversation allegedly took place.');
    expect(statements.map((statement) => [statement.speaker.name, statement.text])).toEqual([['Financial Times', 'this conversation allegedly took place']]);
  });

  it('reads "tried to assure analysts that …"', () => {
    const [statement] = statementsOf('Tim Cook, the chief operating officer, tried to assure analysts that Apple would continue to do well.');
    expect(statement).toMatchObject({ speaker: { name: 'Tim Cook' }, text: 'Apple would continue to do well' });
  });
});

describe('shapes from an AP story', () => {
  it('reads "“…,” Khaled Fahmy told the AP late Friday."', () => {
    const [statement] = statementsOf('“We are pretty much there,” Egyptian Environment Minister Khaled Fahmy told the AP late Friday.', '2015-12-11');
    expect(statement).toMatchObject({ kind: 'direct', speaker: { name: 'Khaled Fahmy' }, date: { value: '2015-12-11' } });
  });

  it('reads "with some negotiators telling the Associated Press a deal was close"', () => {
    const [statement] = statementsOf('Talks appeared to make progress, with some negotiators telling the Associated Press a deal was close.');
    expect(statement).toMatchObject({ text: 'a deal was close', speaker: { type: 'group' } });
  });

  it('makes nothing of "told him a story"', () => {
    expect(statementsOf('He told him a story about the war.')).toEqual([]);
  });

  it('reads "expressed confidence that …" as reported speech', () => {
    const [statement] = statementsOf('A French official expressed confidence that the draft to be presented Saturday would be the final one.');
    expect(statement).toMatchObject({ kind: 'indirect', text: 'the draft to be presented Saturday would be the final one' });
  });

  it('reads a speaker in a clause of its own: "… dragged into an extra day as the French hosts said they needed more time"', () => {
    const [statement] = statementsOf('The talks dragged into an extra day as the French hosts said they needed more time to overcome disputes.');
    expect(statement).toMatchObject({ speaker: { name: 'French hosts' }, text: 'they needed more time to overcome disputes' });
  });
});

describe('"according to" at the end of a sentence', () => {
  it('gives the source the clause of its own: "… takes place as the death toll has surpassed 62,000, according to the Gaza Health Ministry."', () => {
    const [statement] = statementsOf('This attempt takes place as the death toll in Gaza has surpassed 62,000, according to the Gaza Health Ministry.');
    expect(statement).toMatchObject({ text: 'the death toll in Gaza has surpassed 62,000', speaker: { name: 'Gaza Health Ministry' } });
  });

  it('still reads "On Monday, according to officials, the talks failed."', () => {
    const [statement] = statementsOf('On Monday, according to officials, the talks failed.');
    expect(statement).toMatchObject({ text: 'the talks failed' });
  });
});

describe('a second appeal after a comma', () => {
  it('ends the words at ", and called on …"', () => {
    const statements = statementsOf('Abdelatty said Egypt “won\'t take part, and won\'t allow” any such plans, and called on other countries “not to be involved in this heinous crime.”');
    expect(statements.map((statement) => statement.text)).toEqual(['Egypt “won\'t take part, and won\'t allow” any such plans', 'other countries “not to be involved in this heinous crime.”']);
  });
});

describe('courts and prosecutors', () => {
  it('reads "the court ruled that “…”" and "the prosecution said, “…”"', () => {
    const statements = statementsOf('On the other charges, the court ruled that "there is no evidence for the charges."\nIn response, the prosecution said, "The ruling is difficult to accept."');
    expect(statements.map((statement) => [statement.speaker.type, statement.text])).toEqual([
      ['institution', 'there is no evidence for the charges.'],
      ['institution', 'The ruling is difficult to accept.'],
    ]);
  });

  it('makes nothing of "ruled the country"', () => {
    expect(statementsOf('The king ruled the country for forty years.')).toEqual([]);
  });
});

describe('reminders', () => {
  it('reads "“…,” the Russian diplomat reminded."', () => {
    const statements = statementsOf('Russian Permanent Representative to the United Nations Vasily Nebenzya said on Tuesday that talks go on.\n"You know, that we are victims of illegitimate sanctions," the Russian diplomat reminded.');
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatchObject({ kind: 'direct', speaker: { name: 'Vasily Nebenzya' } });
  });

  it('reads "reminded reporters that …" and "reminded that …"', () => {
    expect(statementsOf('Peskov reminded reporters that the talks had been agreed.').map((s) => s.text)).toEqual(['the talks had been agreed']);
    expect(statementsOf('Peskov reminded that the talks had been agreed.').map((s) => s.text)).toEqual(['the talks had been agreed']);
  });
});

describe('clarifications', () => {
  it('reads "clarified that …"', () => {
    const [statement] = statementsOf('India on Thursday clarified that New Delhi seeks normal and cooperative relations with all neighbours.');
    expect(statement).toMatchObject({ text: 'New Delhi seeks normal and cooperative relations with all neighbours', speaker: { name: 'India' } });
  });
});

describe('"state" inside the reported words', () => {
  it('keeps "… but that local and state government spending had …" in one statement', () => {
    const statements = statementsOf('Chambers said U.S. federal spending was "great" but that local and state government spending had "fallen off a cliff."');
    expect(statements).toHaveLength(1);
    expect(statements[0].text).toMatch(/state government spending had "fallen off a cliff/);
  });
});

describe('audiences with a quoted programme title', () => {
  it('reads "“…,” Dawson told CNN’s “Erin Burnett OutFront.”"', () => {
    const statements = statementsOf('“I saw the fire start down the road from us,” Dawson told CNN’s “Erin Burnett OutFront.”');
    expect(statements.map((statement) => [statement.kind, statement.speaker.name, statement.text])).toEqual([
      ['direct', 'Dawson', 'I saw the fire start down the road from us'],
    ]);
  });
});

describe('reported words that open with a conjunction', () => {
  it('reads "And thanks to …, it shows no signs of slowing, Mayor Frank Kuntz said."', () => {
    const statements = statementsOf('And thanks to triple-digit temperatures in the area, it shows no signs of slowing, Wenatchee Mayor Frank Kuntz said.');
    expect(statements.map((statement) => [statement.speaker.name, statement.text])).toEqual([
      ['Frank Kuntz', 'thanks to triple-digit temperatures in the area, it shows no signs of slowing'],
    ]);
  });

  it('still reads "And on Monday, the minister said …" with its introduction', () => {
    const [statement] = statementsOf('And on Monday, the minister said the talks had failed.');
    expect(statement).toMatchObject({ text: 'the talks had failed' });
  });
});

describe('a time phrase between the speaker and the verb', () => {
  it('reads "Peskov at the time added that …"', () => {
    const statements = statementsOf('Dmitry Peskov spoke on Tuesday.\nPeskov at the time added that Putin had already assessed the decision.');
    expect(statements.map((statement) => [statement.speaker.name, statement.text])).toEqual([['Dmitry Peskov', 'Putin had already assessed the decision']]);
  });
});

describe('mixed quotations', () => {
  it('keeps a paraphrase holding quoted words as one mixed statement', () => {
    const [statement] = statementsOf('Yang said China was "willing to work with Russia," according to the Ministry.');
    expect(statement).toMatchObject({ kind: 'mixed', text: 'China was "willing to work with Russia,"', via: 'according to the Ministry' });
  });

  it('reads praised + a quoted fragment as mixed, with the document as the medium', () => {
    const [statement] = statementsOf('Denisov in response praised the "fruitful results" of bilateral relations, the readout said.');
    expect(statement).toMatchObject({ kind: 'mixed', text: 'the "fruitful results" of bilateral relations', via: 'the readout said', speaker: { name: 'Denisov' } });
  });

  it('reads a reproach with quoted words as mixed: "reproached the West for trying “…”"', () => {
    const [statement] = statementsOf('Sergei Lavrov reproached the Western countries for trying “by hook or by crook to ensure their dominance,” including by ignoring the UN Charter.');
    expect(statement).toMatchObject({ kind: 'mixed', speaker: { name: 'Sergei Lavrov' } });
    expect(statement.text).toMatch(/^the Western countries for trying “by hook or by crook/);
  });

  it('reads "slammed X on Monday for “telling lies”" as mixed', () => {
    const [statement] = statementsOf('Nicholas Burns, the top US envoy in Beijing, slammed Foreign Ministry officials on Monday for “telling lies” about the war.');
    expect(statement).toMatchObject({ kind: 'mixed', speaker: { name: 'Nicholas Burns' } });
  });

  it('reads "called the comments “unacceptable”" as mixed', () => {
    const statements = statementsOf('At a news conference in Caracas Wednesday, Venezuelan Foreign Minister Ali Rodriguez called the comments from Ms. Rice "unacceptable."');
    expect(statements.map((statement) => [statement.kind, statement.speaker.name, statement.text])).toEqual([
      ['mixed', 'Ali Rodriguez', 'the comments from Ms. Rice "unacceptable."'],
    ]);
  });

  it.each([
    ['a name given with "called"', 'A group called "Friends of Russia" met on Monday.'],
    ['a phone call', 'Putin called Xi on Monday to discuss "the crisis".'],
    ['"called" without quoted words', 'He called the meeting a success.'],
    ['"so-called"', 'The so-called "experts" met on Monday.'],
  ])('makes nothing of %s', (_, text) => {
    expect(statementsOf(text).map((statement) => statement.text)).toEqual([]);
  });

  it('makes nothing of a reproach without quoted words', () => {
    expect(statementsOf('Lavrov reproached the Western countries for their policies.')).toEqual([]);
  });
});

describe('carrying a speaker to words without their own attribution', () => {
  it('covers the earlier sentences of a paragraph that ends in ", X said."', () => {
    const [statement] = statementsOf('China will continue to share experience. China and Russia will always be partners, Wang said.');
    expect(statement.text).toBe('China will continue to share experience. China and Russia will always be partners');
  });

  it('gives a paragraph between two statements of one speaker to that speaker', () => {
    const statements = statementsOf('Wang Wenbin said that China appreciates the remarks.\nRelations have always been based on non-alliance.\nChina will continue to cooperate, Wang said.');
    expect(statementWith(statements, 'non-alliance')?.speaker.name).toBe('Wang Wenbin');
  });

  it('does not give a paragraph of past-tense narration between two statements of one speaker to that speaker', () => {
    const statements = statementsOf('“It is an incredible achievement,” Tony Stosur said.\nIn a match played on the anniversary, Williams let her frustration get the better of her and picked up a code violation.\n“I was concerned the match would change,” Tony Stosur added.');
    expect(statementWith(statements, 'code violation')).toBeUndefined();
  });

  it('extends "X told Y that …" over the next sentence of the paragraph when it has no attribution', () => {
    const [statement] = statementsOf('Cui Heng told the Global Times that risks have been rising. Facing an uncertain future, Putin knows that ties matter.');
    expect(statement.text).toBe('risks have been rising. Facing an uncertain future, Putin knows that ties matter');
  });
});

describe('statement offsets', () => {
  it('always slices the body to the statement text', () => {
    const body = 'Photo:Xinhua\r\n"One thing," he said.\r\nMr. Lee said that it\'s done, according to Reuters.';
    const statements = statementsOf(body);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(body.slice(statement.start, statement.end)).toBe(statement.text);
  });
});

describe('less common shapes of attribution', () => {
  it('reads a participle that opens the sentence: "Describing X as “…”, she …"', () => {
    const statements = statementsOf('Kim Yo-jong issued a statement.\nDescribing the office as “a mere child,” she went on to say: “How foolish.”');
    expect(statements.map((statement) => [statement.cue, statement.speaker.name])).toEqual([
      ['Describing', 'Kim Yo-jong'],
      ['went on to say', 'Kim Yo-jong'],
    ]);
  });

  it('reads an absolute participle: "with Chinese experts saying that …"', () => {
    const [statement] = statementsOf('Wang Yi began a visit to Russia on Tuesday, with Chinese experts saying that close ties are needed.');
    expect(statement).toMatchObject({ text: 'close ties are needed', speaker: { name: 'Chinese experts', type: 'group', country: 'CN' } });
  });

  it('reads "officials at an institution" as a group with its affiliation', () => {
    const [statement] = statementsOf('"The rumors are incorrect," officials at NASA\'s Jet Propulsion Laboratory wrote.');
    expect(statement.speaker).toMatchObject({ type: 'group', affiliation: "NASA's Jet Propulsion Laboratory" });
  });

  it('reads a second clause introduced by "but he said"', () => {
    const statements = statementsOf('Jeffrey Kluger told CBS News his suspicion is the rover found methane, but he said that could be produced geologically.');
    expect(statements.map((statement) => statement.text)).toEqual(['his suspicion is the rover found methane', 'that could be produced geologically']);
  });

  it('finds the speaker of a subordinate clause: "… came after EU diplomat Kaja Kallas said …"', () => {
    const [statement] = statementsOf('Her comments came after EU diplomat Kaja Kallas said on Friday that the order is changing.', '2025-11-25');
    expect(statement.speaker).toMatchObject({ name: 'Kaja Kallas', role: 'EU diplomat' });
  });

  it('gives a quote broken across paragraphs to the speaker named where it closes', () => {
    const statements = statementsOf('Wang Yi began a visit to Russia.\n“Putin has just been re-\nelected. The situation is stable,” Gao Fei, a professor at the university, told the Global Times.');
    expect(statements.map((statement) => [statement.kind, statement.speaker.name])).toEqual([
      ['direct', 'Gao Fei'],
      ['direct', 'Gao Fei'],
    ]);
  });

  it('reads past an agency tag that opens the copy', () => {
    const [statement] = statementsOf('(MENAFN) China stated on Monday that its ties contribute to peace.', '2025-11-25');
    expect(statement.speaker).toMatchObject({ name: 'China', type: 'institution', country: 'CN' });
  });
});

describe('participles after a quoted fragment', () => {
  it('starts the participle after a comma held inside the closing mark', () => {
    const statements = statementsOf('Peskov described the topic as “very difficult,” emphasizing that it is still being negotiated.');
    expect(statements.map((statement) => [statement.cue, statement.kind, statement.text])).toEqual([
      ['described', 'mixed', 'the topic as “very difficult,”'],
      ['emphasizing', 'indirect', 'it is still being negotiated'],
    ]);
  });

  it('reads "saying no …" as a reported clause', () => {
    const statements = statementsOf('Peskov denied the reports, saying no contacts are planned.');
    expect(statements.at(-1)).toMatchObject({ cue: 'saying', text: 'no contacts are planned' });
  });
});

describe('family members and audiences', () => {
  it('reads "Her mother, Hedva, said:" as the named relative', () => {
    const [statement] = statementsOf('The gymnast called home after the win.\nHer mother, Hedva, said: "You did it."');
    expect(statement.speaker).toMatchObject({ name: 'Hedva', role: 'mother' });
  });

  it('reads a quote followed by "X informed her"', () => {
    const [statement] = statementsOf('"We are so proud of you," Ashram\'s father, Oren, informed her in their call.');
    expect(statement).toMatchObject({ kind: 'direct', cue: 'informed', speaker: { name: 'Oren' } });
  });
});

describe('stances, questions and dashes', () => {
  it('reads "repeated India\'s stance that …" as the clause', () => {
    const [statement] = statementsOf('Modi repeated India\'s stance that it was not neutral on the war.');
    expect(statement).toMatchObject({ text: 'it was not neutral on the war', speaker: { name: 'Modi' } });
  });

  it('reads "questioned why …" as the question', () => {
    const [statement] = statementsOf('Putin questioned why India should be punished for buying oil.');
    expect(statement.text).toBe('why India should be punished for buying oil');
  });

  it('reads a participle after a dash: "… – warning that …"', () => {
    const statements = statementsOf('Putin told India Today that Russia was working on a solution – warning that Ukraine must withdraw.');
    expect(statements.map((statement) => statement.text)).toEqual(['Russia was working on a solution', 'Ukraine must withdraw']);
  });

  it('reads "…?" asked X as a direct quote', () => {
    const [statement] = statementsOf('"Why should we wait?" asked Lavrov.');
    expect(statement).toMatchObject({ kind: 'direct', speaker: { name: 'Lavrov' } });
  });
});

describe('more regressions from articles of the open web', () => {
  it('reads "said it …" as a reported clause', () => {
    const [statement] = statementsOf('Apple said it shipped more Macs than ever before — 2.5 million.');
    expect(statement.text).toBe('it shipped more Macs than ever before — 2.5 million');
  });

  it('reads "said on Monday the …" without "that"', () => {
    const [statement] = statementsOf('An Iranian Foreign Ministry spokesman said on Monday the ground is prepared for talks.', '2022-07-26');
    expect(statement).toMatchObject({ text: 'the ground is prepared for talks', date: { value: '2022-07-25' } });
  });

  it('reads "told reporters here today"', () => {
    const [statement] = statementsOf('"This mechanism is a channel for dialogue," spokesperson Hua Chunying told reporters here today.');
    expect(statement.speaker.name).toBe('Hua Chunying');
  });

  it('reads a trailing attribution after a clause that opens with a participle', () => {
    const [statement] = statementsOf('Visiting leader Kim Jong Un is not scheduled to hold more meetings, Kremlin Spokesman Dmitry Peskov told reporters.');
    expect(statement.speaker.name).toBe('Dmitry Peskov');
  });

  it('reads "labeling X as “…”" as a participle of the speaker', () => {
    const statements = statementsOf('The North will "soon take a next action" against the South, Kim Yo Jong warned on Saturday, labeling the South as an "enemy."', '2020-06-14');
    expect(statements.map((statement) => [statement.cue, statement.speaker.name])).toEqual([
      ['warned', 'Kim Yo Jong'],
      ['labeling', 'Kim Yo Jong'],
    ]);
  });

  it('reads "According to him, …" with the pronoun resolved', () => {
    const statements = statementsOf('Sergei Lavrov said that the summit will be held.\nAccording to him, there is a struggle for influence.');
    expect(statements[1].speaker.name).toBe('Sergei Lavrov');
  });

  it('does not read "posted this photo" as a statement', () => {
    expect(statementsOf('Puyallup police posted this photo to social media early Saturday.')).toEqual([]);
  });

  it('reads a speaker after a time phrase that opens the sentence', () => {
    const [statement] = statementsOf('One day after winning gold, Helen Maroulis said she plans to return.');
    expect(statement.speaker.name).toBe('Helen Maroulis');
  });
});

describe('attributions inside the clause, and clauses that look like speakers', () => {
  it('reads "On 18 March, she said, the two sides …" as what follows the attribution', () => {
    const statements = statementsOf('Mumtaz Zahra Baloch spoke at the briefing.\nOn 18 March, she said, the two sides co-chaired the third round of talks.');
    expect(statements.at(-1)).toMatchObject({ text: 'the two sides co-chaired the third round of talks', speaker: { name: 'Mumtaz Zahra Baloch' } });
  });

  it('does not take "China firmly opposes the US" for a speaker', () => {
    const statements = statementsOf('China firmly opposes the arms sales and urges the US to stop any deal, spokesperson Lu Kang told a daily press briefing on Friday.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Lu Kang']);
  });

  it('does not give narration about the speaker between two of his statements to him', () => {
    const statements = statementsOf('Wang Yi said that Africa matters.\nWang made the remarks while speaking to reporters.\nChina will keep its promises, Wang said.');
    expect(statements.map((statement) => statement.text)).toEqual(['Africa matters', 'China will keep its promises']);
  });

  it('does not give a paragraph about what happened earlier, or what data showed, to the speaker around it', () => {
    const statements = statementsOf('Governor Rodrigo Vergara said on Friday that the bank was not worried.\nEarlier on Friday, official data showed a monthly jump in consumer prices.\n"The number is not good news," said Vergara.');
    expect(statements.map((statement) => statement.text)).toEqual(['the bank was not worried', 'The number is not good news']);
  });
});

describe('two reported clauses, media and opinions', () => {
  it('splits `said: “…” and that …` into the quote and the reported clause', () => {
    const statements = statementsOf('Kremlin spokesman Dmitry Peskov said: “The work is ongoing” and that, so far, “cautious optimism” can be expressed.');
    expect(statements.map((statement) => [statement.kind, statement.text, statement.speaker.name])).toEqual([
      ['direct', 'The work is ongoing', 'Dmitry Peskov'],
      ['mixed', 'so far, “cautious optimism” can be expressed', 'Dmitry Peskov'],
    ]);
  });

  it('reads "reporters … quoted him as saying: “…”"', () => {
    const statements = statementsOf('Olaf Scholz met Xi.\nThe meeting was closed, but reporters accompanying his delegation quoted him as saying: "It is good that we can talk."');
    expect(statements.at(-1)).toMatchObject({ kind: 'direct', text: 'It is good that we can talk.', speaker: { name: 'Olaf Scholz' } });
  });

  it('reads "told newspaper Valor Economico" as an audience', () => {
    const [statement] = statementsOf('The drop in expectations allows the bank to pay more attention to growth, central bank president Ilan Goldfajn told newspaper Valor Economico.');
    expect(statement.speaker.name).toBe('Ilan Goldfajn');
  });

  it('reads "in the opinion of X, …"', () => {
    const [statement] = statementsOf('In the opinion of the head of the Russian Foreign Ministry, the allies have a complete understanding.');
    expect(statement).toMatchObject({ cue: 'in the opinion of', text: 'the allies have a complete understanding' });
  });

  it('reads the speaker of a subordinate clause: "… came days after the United States said …"', () => {
    const [statement] = statementsOf('The call came days after the United States said it is issuing a waiver.');
    expect(statement).toMatchObject({ text: 'it is issuing a waiver', speaker: { name: 'United States' } });
  });

  it('reads "referred to X as “…”" as a mixed statement', () => {
    const [statement] = statementsOf('Later that year, Eduardo referred to the company as “Chinese espionage.”');
    expect(statement).toMatchObject({ kind: 'mixed', cue: 'referred to' });
  });
});

describe('visits, captions with a photographer and dated reports', () => {
  it('does not read "called on" a person as an appeal', () => {
    const statements = statementsOf('The spokesperson said the foreign secretary visited China last week and called on the foreign minister.');
    expect(statements.map((statement) => statement.cue)).toEqual(['said']);
  });

  it('reads "called on X to …" as an appeal', () => {
    const [statement] = statementsOf('Lavrov called on Kiev to respond to the proposals.');
    expect(statement).toMatchObject({ cue: 'called on', text: 'Kiev to respond to the proposals' });
  });

  it('treats a caption that credits a photographer and outlet as a credit line', () => {
    const { paragraphs } = annotate('Helen Maroulis won gold on Thursday. (Jonathan Newton / The Washington Post)\nRIO DE JANEIRO — Helen Maroulis said she plans to return.', { published: '2016-08-19' });
    expect(paragraphs.map((paragraph) => paragraph.type)).toEqual(['credit', 'body']);
  });
});

describe('shapes seen in the unseen articles', () => {
  it('gives a quotation to the name on the dash line after it', () => {
    const [statement] = statementsOf('Who said what on Monday:\n"Hopefully it rains again tomorrow."\n-- Roger Federer on the rain delay.');
    expect(statement).toMatchObject({ kind: 'direct', cue: '—', speaker: { name: 'Roger Federer' } });
  });

  it('reads "China\'s Ministry of National Defense said in a statement Sunday that …"', () => {
    const [statement] = statementsOf('China’s Ministry of National Defense said in a statement Sunday that China took part in the exercises.');
    expect(statement.speaker).toMatchObject({ type: 'institution', country: 'CN' });
  });

  it('allows a quoted programme title among the adjuncts of a trailing attribution', () => {
    const [statement] = statementsOf('The ties are not aimed at third countries, Kremlin Spokesman Dmitry Peskov said in an interview with the “Moscow. Kremlin. Putin” program.');
    expect(statement.speaker.name).toBe('Dmitry Peskov');
  });

  it('reads "Dinosaur researcher, Paul Barrett, told CNN: …"', () => {
    const [statement] = statementsOf('Dinosaur researcher, Paul Barrett, told CNN: "My colleagues have looked at it."');
    expect(statement.speaker).toMatchObject({ name: 'Paul Barrett', role: 'dinosaur researcher' });
  });

  it('reads a participle after "while": "… while reiterating that …"', () => {
    const statements = statementsOf('Rudenko remarked that the treaty is defensive while reiterating that it does not target the South.');
    expect(statements.map((statement) => statement.cue)).toEqual(['remarked', 'reiterating']);
  });

  it('reads a short prepositional introduction before the speaker', () => {
    const [statement] = statementsOf('For the current quarter, Cisco said it expects to earn 45 cents a share.');
    expect(statement.speaker.name).toBe('Cisco');
  });

  it('reads "appealed for"', () => {
    const [statement] = statementsOf('Narendra Modi had appealed for an immediate cessation of violence.');
    expect(statement).toMatchObject({ cue: 'appealed for', text: 'an immediate cessation of violence' });
  });
});

describe('a wire story of the usual shape', () => {
  const story = [
    'BEIJING, March 3 (Reuters) - China\'s foreign ministry on Friday rejected accusations that it was supplying arms to Russia, calling them "groundless smears".',
    '"China has never provided lethal weapons to any party in the conflict," ministry spokeswoman Mao Ning told a regular news briefing.',
    'U.S. Secretary of State Antony Blinken, speaking in New Delhi on Thursday, said Washington had "concerns" about Chinese support for Moscow.',
  ].join('\n');
  const statements = statementsOf(story, '2023-03-03');

  it('does not take the subject of the reported clause for the speaker: "…, said Washington had …"', () => {
    expect(statements.find((statement) => statement.text.includes('concerns'))?.speaker.name).toBe('Antony Blinken');
  });

  it('dates each statement by its own clause or by its institution\'s day', () => {
    expect(statements.map((statement) => [statement.speaker.name, statement.date?.value])).toEqual([
      ["China's foreign ministry", '2023-03-03'],
      ['Mao Ning', '2023-03-03'],
      ['Antony Blinken', '2023-03-02'],
    ]);
  });
});

describe('state-media shapes', () => {
  it('reads "Noting that …, Xi said …" as two statements of Xi, the first without its "that"', () => {
    const statements = statementsOf('Noting that the world has entered a new period of turbulence, Xi said China is ready to work with Russia.');
    expect(statements.map((statement) => [statement.cue, statement.text])).toEqual([
      ['Noting', 'the world has entered a new period of turbulence'],
      ['said', 'China is ready to work with Russia'],
    ]);
  });
});

describe('requests, dashes and programmes', () => {
  it('reads "asked Beijing to stop …" as a request', () => {
    const [statement] = statementsOf('In the exchange on Friday, the EU chiefs asked Beijing to stop trade retaliation.');
    expect(statement).toMatchObject({ cue: 'asked', text: 'Beijing to stop trade retaliation', speaker: { name: 'EU chiefs' } });
  });

  it('starts a new clause after a spaced dash: "… -- and on Wednesday he warned …"', () => {
    const [statement] = statementsOf('John Chambers has been cautious for months -- and on Wednesday he warned his company will take a hit.');
    expect(statement).toMatchObject({ cue: 'warned', text: 'his company will take a hit', speaker: { name: 'John Chambers' } });
  });

  it('reads "told BBC Radio 4\'s Today programme that …"', () => {
    const [statement] = statementsOf("Dr Paul Barrett told BBC Radio 4's Today programme that it is a new species.");
    expect(statement.text).toBe('it is a new species');
  });
});

describe('orders, statements that say, and relative openings', () => {
  it('reads "police told residents … to evacuate" as an order with its audience', () => {
    const [statement] = statementsOf('Puyallup police told residents near a large fire to evacuate immediately.');
    expect(statement).toMatchObject({ cue: 'told', text: 'residents near a large fire to evacuate immediately' });
  });

  it('reads "released a statement on Wednesday saying that …"', () => {
    const statements = statementsOf('The media office released a statement on Wednesday saying that no talks had taken place.');
    expect(statements.map((statement) => [statement.cue, statement.text])).toEqual([['saying', 'no talks had taken place']]);
  });

  it('reads the speaker after an introductory phrase and its apposition: "Concerning X, Y\'s visit to the US, the spokesman said: …"', () => {
    const statements = statementsOf('Concerning Russia’s special envoy for economic cooperation, Kirill Dmitriev’s two-day visit to the US on Wednesday, the Kremlin spokesman said: “The work is ongoing.”');
    expect(statements.map((statement) => [statement.text, statement.speaker.name])).toEqual([['The work is ongoing.', 'Kremlin spokesman']]);
  });

  it('keeps a quote before "X said …, noting that … after Y had proposed" and does not take the noting-clause for a speaker', () => {
    const statements = statementsOf('"We stand in favor of a negotiated solution," Sergei Lavrov said at a press conference, noting that Russia agreed to begin talks in March after Volodymyr Zelensky had proposed.');
    expect(statements.map((statement) => [statement.kind, statement.text, statement.speaker.name])).toEqual([
      ['direct', 'We stand in favor of a negotiated solution', 'Sergei Lavrov'],
      ['indirect', 'Russia agreed to begin talks in March after Volodymyr Zelensky had proposed', 'Sergei Lavrov'],
    ]);
  });

  it('reads "…, an article in which he called for “pragmatism”" and binds "he" to the subject of the sentence', () => {
    const statements = statementsOf('Vladimir Putin said on Sunday that ties were strong.\nXi Jinping in turn published an article in Rossiiskaya Gazeta, a daily newspaper, in which he called for “pragmatism” on Ukraine.');
    expect(statements.at(-1)).toMatchObject({ text: 'pragmatism', speaker: { name: 'Xi Jinping' } });
  });

  it('reads a speaker in a clause that opens with "though he …"', () => {
    const statements = statementsOf('Ties with China matter more to Vladimir Putin, though he publicly acknowledged in September that Beijing had expressed concern.');
    expect(statements.map((statement) => [statement.text, statement.speaker.name, statement.date?.value])).toEqual([
      ['Beijing had expressed concern', 'Vladimir Putin', '2022-09'],
    ]);
  });
});

describe('denials and media reports', () => {
  it('credits what "media reports" said to the reports, and the "saying …" after a denial to the one denying', () => {
    const statements = statementsOf('Dmitry Peskov spoke on Friday.\nThe spokesman also denied media reports that Putin and Trump would be speaking on the phone soon, saying no contacts are planned.');
    expect(statements.map((statement) => [statement.text, statement.speaker.name])).toEqual([
      ['Putin and Trump would be speaking on the phone soon', 'media reports'],
      ['no contacts are planned', 'Dmitry Peskov'],
    ]);
  });

  it('credits "…, claiming that …" right after "media reports" to the reports', () => {
    const statements = statementsOf('Dmitry Peskov talked about media reports, claiming that advisers to Donald Trump advised him not to call Putin.');
    expect(statements.map((statement) => [statement.text, statement.speaker.name])).toEqual([['advisers to Donald Trump advised him not to call Putin', 'media reports']]);
  });

  it('does not credit a rumour to the coach who denied it', () => {
    const statements = statementsOf('National coach Xu Qi denied rumors that Swimming Australia is working to ban two coaches.');
    expect(statements.map((statement) => [statement.text, statement.speaker.name])).toEqual([['Swimming Australia is working to ban two coaches', 'rumors']]);
  });

  it('reads "The FO said …" as an institution, not a person named FO', () => {
    const [statement] = statementsOf('The FO said that the foreign minister is attending the meeting.');
    expect(statement.speaker).toMatchObject({ name: 'FO', type: 'institution' });
  });

  it('does not make the dateline "ISLAMABAD:" part of the speaker', () => {
    const [statement] = statementsOf('ISLAMABAD: Pakistan has confirmed that a delegation will attend the meeting.');
    expect(statement.speaker).toMatchObject({ name: 'Pakistan', country: 'PK' });
  });

  it('reads "Media reports said …" with the reports as the speaker', () => {
    const statements = statementsOf('Russian media reports said the talks had failed.');
    expect(statements.map((statement) => [statement.text, statement.speaker.name, statement.speaker.type])).toEqual([['the talks had failed', 'Russian media reports', 'institution']]);
  });

  it('gives the words to the official when "According to some media reports, a U.S. official said …"', () => {
    const statements = statementsOf('According to some media reports, a U.S. official said recently that China "is using economic statecraft."');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['U.S. official']);
  });
});

describe('adverbials between the speaker, the verb and the words', () => {
  it('reads "Elsewhere in the news conference, Araghchi said that …"', () => {
    const statements = statementsOf('Elsewhere in the news conference, Araghchi said that the OIC meeting requested by Iran will soon be held.');
    expect(statements.map((s) => [s.speaker.name, s.text])).toEqual([['Araghchi', 'the OIC meeting requested by Iran will soon be held']]);
  });

  it('reads "The company last year said there were doubts …" with the time between subject and verb', () => {
    const statements = statementsOf('The company last year said there were doubts about its ability to continue as a going concern.');
    expect(statements.map((s) => s.text)).toEqual(['there were doubts about its ability to continue as a going concern']);
  });

  it('reads "Sears said on Thursday, May 31, it plans …" and dates the words by the day', () => {
    const [statement] = statementsOf('Sears said on Thursday, May 31, it plans to shutter another 72 locations.', '2018-06-02');
    expect(statement).toMatchObject({ text: 'it plans to shutter another 72 locations', date: { value: '2018-05-31' } });
  });

  it('reads "… said on Wednesday (Sep 10) the call went well" with the date in brackets', () => {
    const [statement] = statementsOf('The spokesman said on Wednesday (Sep 10) the call went well.', '2025-09-10');
    expect(statement).toMatchObject({ text: 'the call went well', date: { value: '2025-09-10' } });
  });
});

describe('a participle with a that-clause opening the sentence', () => {
  it('reads "Noting that …, Xi congratulated Brazil …" as Xi noting it', () => {
    const statements = statementsOf('Noting that the BRICS mechanism is a key platform for building consensus in the Global South, Xi Jinping congratulated Brazil on hosting the summit.');
    expect(statements.map((s) => [s.speaker.name, s.text])).toEqual([['Xi Jinping', 'the BRICS mechanism is a key platform for building consensus in the Global South']]);
  });

  it('does not read "Praising the hosts, Xi congratulated Brazil" as a statement of its own', () => {
    expect(statementsOf('Praising the hosts, Xi Jinping congratulated Brazil on hosting the summit.')).toEqual([]);
  });
});

describe('a trailing attribution followed by a clause of its own', () => {
  const text = 'Sergei Lavrov has met with Kim Jong-un, the foreign ministry said Thursday, as the top diplomat vowed "complete solidarity" with Pyongyang during his trip.';

  it('ends the trailing attribution at ", as the top diplomat vowed …"', () => {
    const statements = statementsOf(text);
    expect(statementWith(statements, 'has met with Kim')).toMatchObject({ text: 'Sergei Lavrov has met with Kim Jong-un', speaker: { name: expect.stringMatching(/^foreign ministry$/i) } });
  });

  it('reads the clause after "as" with its own subject', () => {
    const statements = statementsOf(text);
    expect(statementWith(statements, 'complete solidarity')).toMatchObject({ speaker: { name: 'Sergei Lavrov' } });
  });
});

describe('an infinitive that opens with a quotation mark', () => {
  it('reads "vowed to "resist …"" as the vow, a mix of quoted and reported words', () => {
    const statements = statementsOf('Lavrov vowed to "resist the hegemonic aspirations of the United States."');
    expect(statements.map((s) => [s.speaker.name, s.kind])).toEqual([['Lavrov', 'mixed']]);
  });

  it('gives "… and vowed to "resist …," according to Sputnik" to the one who vowed, by way of the agency', () => {
    const statements = statementsOf('Lavrov also met with the minister, Choe Son-hui, and vowed to "resist the hegemonic aspirations of the United States," according to the Russian news agency Sputnik.');
    expect(statementWith(statements, 'hegemonic')?.speaker.name).toBe('Lavrov');
  });
});

describe('"state" as a verb', () => {
  it('still reads "Russia and China state that …" as a statement', () => {
    const statements = statementsOf('Russia and China state that the order must be more just.');
    expect(statements.map((s) => s.text)).toEqual(['the order must be more just']);
  });
});

describe('a name with an apposition before "said" and a group after it', () => {
  it('gives "Professor Phil Yock, of the faculty of science, said amateur astronomers …" to Phil Yock', () => {
    const statements = statementsOf('Professor Phil Yock, of the university’s faculty of science, said amateur stargazers and professional astronomers in a number of countries combined to discover the planet.');
    expect(statements.map((s) => [s.speaker.name, s.text])).toEqual([['Phil Yock', 'amateur stargazers and professional astronomers in a number of countries combined to discover the planet']]);
  });
});

describe('"observed" as a verb of saying', () => {
  it('still reads "He observed the talks had been frank" as a statement', () => {
    expect(statementsOf('He observed the talks had been frank.').map((s) => s.text)).toEqual(['the talks had been frank']);
  });
});

describe('a clock time between the verb and "that"', () => {
  it('reads "The agency posted to social media about 6:30 a.m. that …"', () => {
    expect(statementsOf('The agency posted to social media about 6:30 a.m. that anyone within 1.1 miles needed to leave immediately.').map((s) => s.text)).toEqual(['anyone within 1.1 miles needed to leave immediately']);
  });
});

describe('a short quotation after a quoted statement', () => {
  it('gives “Evacuate now.” to the one who posted the quote before it', () => {
    const statements = statementsOf('“There is concern of toxic chemicals,” the agency posted. “Evacuate now.”');
    expect(statements.map((s) => s.text)).toEqual(['There is concern of toxic chemicals', 'Evacuate now.']);
  });

  it('leaves a two-word quotation alone when no quotation came before it', () => {
    expect(statementsOf('The agency posted an update. “Evacuate now.”')).toEqual([]);
  });
});

describe('"agreed that"', () => {
  it('reads "the Chinese leader agreed that "…"" as a statement', () => {
    const statements = statementsOf('Xi Jinping met the chancellor on Friday. The Chinese leader agreed that "the international situation is complex and changeable."');
    expect(statements.map((s) => [s.speaker.name, s.kind])).toEqual([['Xi Jinping', 'direct']]);
  });

  it('does not read "agreed to expand cooperation" or "agreed on a plan" as a statement', () => {
    expect(statementsOf('The two sides agreed to expand cooperation in trade. They agreed on a plan for the summit.')).toEqual([]);
  });
});
