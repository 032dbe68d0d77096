import { describe, expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../../scripts/annotate/04-speakers/parse-speaker-phrase.ts';
import { statementsOf, statementWith } from './helpers.ts';
import { annotate } from '../../scripts/annotate/index.ts';

describe('speaker phrases', () => {
  it.each([
    ['Chinese Foreign Ministry spokesperson Wang Wenbin', { kind: 'name', name: 'Wang Wenbin', role: 'Chinese Foreign Ministry spokesperson', country: 'CN' }],
    ['Russian President Vladimir Putin', { kind: 'name', name: 'Vladimir Putin', role: 'Russian President', country: 'RU' }],
    ['Chinese State Councilor and Foreign Minister Wang Yi', { kind: 'name', name: 'Wang Yi', country: 'CN' }],
    ['U.S. Secretary of State Antony Blinken', { kind: 'name', name: 'Antony Blinken', country: 'US' }],
    ['Ursula von der Leyen', { kind: 'name', name: 'Ursula von der Leyen' }],
    ['Mr. Blinken', { kind: 'name', name: 'Blinken', role: null, gender: 'm' }],
    ["Li Zhanshu, Beijing's top legislator", { kind: 'name', name: 'Li Zhanshu', role: "Beijing's top legislator", country: 'CN' }],
    ['Yang Xiyu, a senior research fellow at the China Institute of International Studies', { role: 'senior research fellow', affiliation: 'China Institute of International Studies', country: 'CN' }],
    ['A Beijing-based foreign affairs expert, who requested anonymity', { kind: 'indefinite', anonymous: true, country: 'CN', head: 'expert' }],
    ['the expert', { kind: 'definite', head: 'expert' }],
    ['Chinese analysts', { kind: 'group', country: 'CN' }],
    ['a Foreign Ministry readout', { kind: 'document', head: 'readout', affiliation: 'Foreign Ministry' }],
    ['the report to the 20th National Congress of the CPC', { kind: 'document', head: 'report' }],
    ['the Kremlin', { kind: 'institution', country: 'RU' }],
    ['Beijing', { kind: 'institution', country: 'CN' }],
    ['the Russian side', { kind: 'institution', country: 'RU' }],
    ['China and Russia', { kind: 'group' }],
    ['TASS', { kind: 'media' }],
    ['He', { kind: 'pronoun', pronoun: 'm' }],
  ])('reads “%s”', (phrase, expected) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject(expected);
  });

  it.each(['It should be', 'the talks', 'In a press briefing in Moscow', 'Peskov talked about media', 'The Russian president called Xi', 'right after the 20th CPC National Congress'])(
    'rejects “%s” as a speaker',
    (phrase) => {
      expect(parseSpeakerPhrase(phrase)).toBeNull();
    },
  );
});

describe('resolving mentions to speakers', () => {
  it('resolves a bare surname to the person with that name mentioned last', () => {
    const statements = statementsOf([
      'Foreign Ministry spokesperson Wang Wenbin said at the briefing that China appreciates the remarks.',
      'China will continue to cooperate, Wang said.',
      'On Thursday, Foreign Minister Wang Yi held a phone call with Sergei Lavrov.',
      'China is willing to deepen exchanges, said Wang.',
    ].join('\n'));
    expect(statementWith(statements, 'continue to cooperate')?.speaker.name).toBe('Wang Wenbin');
    expect(statementWith(statements, 'deepen exchanges')?.speaker.name).toBe('Wang Yi');
  });

  it('prefers a vague speaker when two people of one surname were just named together', () => {
    const statements = statementsOf('Kim Jong Un and Kim Yo Jong visited the site.\nThe test was a success, Kim said.');
    expect(statements[0].speaker).toMatchObject({ vague: true });
  });

  it('resolves "he" to the last person who spoke', () => {
    const statements = statementsOf('Yang Xiyu told the Global Times that ties are deep.\nHe said cooperation will help build a multipolar world.');
    expect(statements[1].speaker.name).toBe('Yang Xiyu');
  });

  it('resolves "he" to a person who became the subject after the last statement', () => {
    const statements = statementsOf('“We are grateful,” Putin said.\nXi in turn published an article in Rossiiskaya Gazeta.\nHe said the proposal was balanced.\n“There is no universal model,” Xi wrote.');
    expect(statements[1].speaker.name).toBe('Xi');
  });

  it('does not take a name inside a quotation as the antecedent of "he"', () => {
    const statements = statementsOf('Kremlin spokesman Dmitry Peskov said the talks went well.\n“President Putin supported the idea,” he said.');
    expect(statements[1].speaker.name).toBe('Dmitry Peskov');
  });

  it('resolves "the expert" and "the Russian leader" to the person they describe', () => {
    const statements = statementsOf([
      'A Beijing-based expert, who requested anonymity, told the Global Times that ties are typical.',
      '"Relations set an example," the expert said.',
      'Russian President Vladimir Putin met Xi Jinping.',
      'The Russian leader told his Chinese counterpart: "We are always ready for negotiating."',
    ].join('\n'));
    expect(statements[1].speaker).toMatchObject({ vague: true, country: 'CN' });
    expect(statements[1].speaker.id).toBe(statements[0].speaker.id);
    expect(statements[2].speaker.name).toBe('Vladimir Putin');
  });

  it('names an indefinite official in the lead by the person quoted next (cataphora)', () => {
    const statements = statementsOf('A top Chinese official stated that China is eager to alter the order.\n"Relations are on the right track," foreign affairs chief Yang Jiechi said on Monday.');
    expect(statements[0].speaker).toMatchObject({ name: 'Yang Jiechi', country: 'CN', vague: false });
    expect(statements[0].date).toMatchObject({ value: '2022-09-12', source: 'carried' });
  });

  it('keeps an anonymous source anonymous', () => {
    const statements = statementsOf('A senior diplomat, who spoke on condition of anonymity, said talks had stalled.\nForeign Minister Wang Yi said on Monday that talks continue.');
    expect(statements[0].speaker).toMatchObject({ vague: true });
    expect(statements[0].speaker.name).toMatch(/anonymous/);
  });

  it('merges a name with a patronymic into the same person', () => {
    const statements = statementsOf('Vladimir Putin welcomed Xi.\n“I thank President Vladimir Vladimirovich Putin,” Xi said.\nThe Russian leader said: “We are ready to talk.”');
    expect(statements[1].speaker.name).toBe('Vladimir Putin');
  });

  it('gives the same id to a speaker wherever the article mentions them', () => {
    const statements = statementsOf('Sergei Lavrov said that talks go on.\nLavrov added that the West must stop.');
    expect(new Set(statements.map((statement) => statement.speaker.id))).toEqual(new Set(['sergei-lavrov']));
  });
});

describe('speakers that share a surname, and names of collectives', () => {
  it('gives "Kim said" to the Kim who spoke, not to a Kim mentioned in passing', () => {
    const statements = statementsOf([
      'Unification Minister Kim Yung-ho called for closer cooperation with Washington.',
      'The meeting followed a summit between North Korean leader Kim Jong-un and Russian President Vladimir Putin.',
      '"It is unprecedented for a permanent member of the Security Council to invade a neighbour," Kim said.',
    ].join('\n'));
    expect(statements.at(-1)?.speaker.name).toBe('Kim Yung-ho');
  });

  it('names a group or institution without the auxiliary or adverb after it', () => {
    const statements = statementsOf('The Foreign Ministry has said that talks will resume.\nAnalysts also said that markets would calm.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Foreign Ministry', 'Analysts']);
  });

  it('names an unresolved pronoun as an unidentified speaker', () => {
    const [statement] = statementsOf('They said the decision was final.');
    expect(statement.speaker).toMatchObject({ vague: true, name: 'Unidentified speaker (“they”)' });
  });
});

describe('descriptions that name one person', () => {
  it('resolves "Russia\'s top diplomat" to the Russian foreign minister named before', () => {
    const statements = statementsOf('Foreign Minister Sergey Lavrov met his counterpart.\nRussia\'s top diplomat said that ties had been put to the test.');
    expect(statements[0].speaker.name).toBe('Sergey Lavrov');
  });

  it('resolves "the head of the department" to the minister named before', () => {
    const statements = statementsOf('Russian Foreign Minister Sergei Lavrov said Moscow wants calm.\nThe head of the department said that the West wants dominance.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Sergei Lavrov', 'Sergei Lavrov']);
  });

  it('resolves "the representative of the Foreign Ministry" to its spokeswoman named before', () => {
    const statements = statementsOf('Chinese Foreign Ministry spokeswoman Hua Chunying said that ties are strong.\nThe representative of the PRC Foreign Ministry noted that relations "have reached the highest level."');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Hua Chunying', 'Hua Chunying']);
  });

  it('reads "The American athlete" right after Jordan Chiles as her', () => {
    const [statement] = statementsOf('Jordan Chiles opened up about her emotions after winning the gold medal in Paris. The American athlete revealed that it was an emotional moment for her.', '2025-03-22');
    expect(statement.speaker).toMatchObject({ name: 'Jordan Chiles', vague: false });
  });

  it('keeps "the witness" vague after a named subject', () => {
    const [statement] = statementsOf('Joe Biden spoke to donors on Monday. The witness said that the talks had stalled.');
    expect(statement.speaker).toMatchObject({ vague: true });
  });

  it('keeps "the head of the agency" vague when no one who runs one was named', () => {
    const [statement] = statementsOf('The head of the agency said that the launch went well.');
    expect(statement.speaker).toMatchObject({ type: 'person', vague: true });
  });

  it('learns a role from an apposition outside any attribution', () => {
    const statements = statementsOf('Iraj Masjedi, the Iranian ambassador to Baghdad, spoke to state news IRNA.\n"Iran welcomes any move that improves relations," the ambassador said.');
    expect(statements[0].speaker.name).toBe('Iraj Masjedi');
  });

  it.each(['Officials', 'Analysts', 'Reporters', 'Police'])('reads "%s said" at the start of a sentence as a group, not a name', (noun) => {
    const [statement] = statementsOf(`${noun} said that the talks had failed.`);
    expect(statement.speaker).toMatchObject({ type: 'group', name: noun });
  });

  it('reads a people named by its demonym, "Palestinians say …", as a group of that country', () => {
    const [statement] = statementsOf('Palestinians say such plans would amount to forcible expulsion.');
    expect(statement.speaker).toMatchObject({ type: 'group', name: 'Palestinians', country: 'PS' });
  });

  it('reads "Palestinians and much of the international community say …" as a group', () => {
    const [statement] = statementsOf('Palestinians and much of the international community say such plans would amount to forcible expulsion.');
    expect(statement.speaker).toMatchObject({ type: 'group' });
    expect(statement.text).toBe('such plans would amount to forcible expulsion');
  });

  it('reads "Researchers using a telescope in Texas" as a group', () => {
    const [statement] = statementsOf('Researchers using a telescope in Texas say they have discovered three planets.');
    expect(statement.speaker).toMatchObject({ type: 'group' });
  });
});

describe('roles in brackets and descriptions with no one to name', () => {
  it('reads a role in brackets after the name', () => {
    const [statement] = statementsOf('Maria Zakharova (Foreign Ministry spokeswoman) said that Moscow would respond.');
    expect(statement.speaker).toMatchObject({ name: 'Maria Zakharova', role: 'Foreign Ministry spokeswoman' });
  });

  it('keeps "the prime minister" vague when nobody was named before, instead of borrowing the next name', () => {
    const statements = statementsOf("'We will fight on,' the prime minister said on Tuesday.\n\"We are ready,\" said Ned Price, a State Department spokesman.");
    expect(statements[0].speaker).toMatchObject({ vague: true });
  });
});

describe('anonymous officials and titled single names', () => {
  it('reads "According to two officials familiar with the discussions, who spoke on condition of anonymity, …"', () => {
    const [statement] = statementsOf('According to two officials familiar with the discussions, who spoke on the condition of anonymity, the Pentagon has drawn up plans.');
    expect(statement).toMatchObject({ text: 'the Pentagon has drawn up plans', speaker: { type: 'group' } });
  });

  it('resolves "he" to "Mr. Zelensky", the subject of the sentence before', () => {
    const statements = statementsOf('"We are not going to do that," Mr. Biden told reporters.\nMr. Zelensky, speaking by video, pleaded for more help. "Without planes, we cannot hold the sky," he said.');
    expect(statements.at(-1)?.speaker.name).toBe('Zelensky');
  });
});

describe('subjects, auxiliaries and pronouns', () => {
  it('does not let the subject of a background sentence ("In December last year, Putin …") take "he"', () => {
    const statements = statementsOf('The Kremlin will announce the date in time, spokesman Dmitry Peskov said.\nXi intends to meet Russian President Vladimir Putin.\nIn December last year, Putin, in talks with Xi Jinping, invited him to visit Moscow.\n"We will inform you about everything in due time," he told reporters on Thursday.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
  });

  it('does not let a name inside reported words take "he": "Magwenya said Ramaphosa had agreed … he said"', () => {
    const statements = statementsOf('“South Africa is hosting the talks,” Vincent Magwenya, spokesman for President Cyril Ramaphosa, told reporters.\nMagwenya said Ramaphosa had “readily agreed” to the request.\n“Such talks are in line with our foreign policy,” he said.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Vincent Magwenya', 'Vincent Magwenya', 'Vincent Magwenya']);
  });

  it('still lets a new subject of the present take "he": "On Thursday, Putin hosted … He said …"', () => {
    const statements = statementsOf('The Kremlin will announce the date in time, spokesman Dmitry Peskov said.\nOn Thursday, Russian President Vladimir Putin hosted a dinner in Moscow.\n"We are friends," he told reporters.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Dmitry Peskov', 'Vladimir Putin']);
  });

  it('reads "Russia\'s foreign minister, Sergei Lavrov, has said …"', () => {
    const [statement] = statementsOf("Russia's foreign minister, Sergei Lavrov, has said Moscow is open to negotiations.");
    expect(statement.speaker).toMatchObject({ name: 'Sergei Lavrov', role: "Russia's foreign minister", country: 'RU' });
  });

  it('gives "he" to the latest of several subjects when nobody spoke since', () => {
    const statements = statementsOf("Russia's foreign minister, Sergei Lavrov, visited Beijing.\nUkraine's foreign minister, Dmytro Kuleba, dismissed the visit. \"Russia wants a pause,\" he wrote on Twitter.");
    expect(statements.at(-1)?.speaker.name).toBe('Dmytro Kuleba');
  });

  it('reads "told the state news agency RIA Novosti" as an audience', () => {
    const [statement] = statementsOf('"We have never refused to talk," Lavrov told the state news agency RIA Novosti in an interview.');
    expect(statement.speaker.name).toBe('Lavrov');
  });
});

describe('sources described by what they know', () => {
  it('reads "according to a source familiar with the plans" as one anonymous person', () => {
    const [statement] = statementsOf('Putin is due to meet Xi in Beijing next month, according to a source familiar with the plans.');
    expect(statement.speaker).toMatchObject({ type: 'person', vague: true });
    expect(statement.speaker.name).toMatch(/anonymous/);
  });

  it('finds the speaker after "… came as": "Peskov\'s comments came as US officials warned that …"', () => {
    const [statement] = statementsOf("Peskov's comments came as US officials warned that China was providing components.");
    expect(statement.speaker.name).toBe('US officials');
  });
});

describe('a name given in full only later', () => {
  it('gives "President Xi" the full name the article uses further down', () => {
    const statements = statementsOf('President Xi told visiting Brazilian President Luiz Inacio Lula da Silva that China was ready to deepen ties.\nXi Jinping also met business leaders, the broadcaster said.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Xi Jinping', 'Broadcaster']);
  });
});

describe('names with more than one particle', () => {
  it('finds "Ursula von der Leyen" behind "Ms von der Leyen"', () => {
    const statements = statementsOf('European Commission president Ursula von der Leyen spoke to the Chinese premier.\n"China has an influence on Russia," Ms von der Leyen said.');
    expect(statements[0].speaker.name).toBe('Ursula von der Leyen');
  });
});

describe('a title that holds commas, then the name', () => {
  it('reads "said the Commissioner for Political Affairs, Peace and Security, Ambassador Bankole Adeoye"', () => {
    const [statement] = statementsOf('The situation on the continent is alarming, said the Commissioner for Political Affairs, Peace and Security, Ambassador Bankole Adeoye.');
    expect(statement.speaker).toMatchObject({ name: 'Bankole Adeoye', type: 'person' });
  });
});

describe('an opening participle with "also", then a title and a name', () => {
  it('reads "Also addressing the Assembly, the Chairperson of the Commission, Moussa Faki Mahamat, called on …"', () => {
    const [statement] = statementsOf('Also addressing the Assembly, the Chairperson of the African Union Commission, Moussa Faki Mahamat, called on African nations to unite.');
    expect(statement.speaker).toMatchObject({ name: 'Moussa Faki Mahamat', type: 'person' });
  });
});

describe('a description without an article before the name', () => {
  it('reads "…," spokesperson for Ministry of External Affairs (MEA), Raveesh Kumar, said."', () => {
    const statements = statementsOf('"India seeks normal relations with all neighbours," spokesperson for Ministry of External Affairs (MEA), Raveesh Kumar, said.\nThe spokesperson added that the message stressed trust.');
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Raveesh Kumar', 'Raveesh Kumar']);
  });
});

describe('the Joint Chiefs of Staff and a chief of staff', () => {
  it('reads "Seoul\'s Joint Chiefs of Staff said" as an institution', () => {
    const [statement] = statementsOf("Seoul's Joint Chiefs of Staff said that Pyongyang fired one missile.");
    expect(statement.speaker).toMatchObject({ type: 'institution', country: 'KR' });
  });

  it('reads "White House Chief of Staff Mark Meadows" as a person with a title', () => {
    const [statement] = statementsOf('White House Chief of Staff Mark Meadows said that talks had stalled.');
    expect(statement.speaker).toMatchObject({ type: 'person', name: 'Mark Meadows' });
  });
});

describe('an introduction that names someone else', () => {
  it('reads "Together with Foreign Minister Alvaro Leyva, Bárcena called on …" as Bárcena\'s', () => {
    const statements = statementsOf('Mexican Foreign Minister Alicia Bárcena spoke first.\nTogether with Colombian Foreign Minister Alvaro Leyva, Bárcena called on the region to address “the root causes” of drug trafficking.');
    expect(statements.at(-1)?.speaker.name).toBe('Alicia Bárcena');
  });
});

describe('a name, then where the person works', () => {
  it.each([
    ['Dr Lisa Jackson of the Kaiser Permanente Washington Research Institute in Seattle said the vaccine works well.', 'Lisa Jackson', 'Kaiser Permanente Washington Research Institute'],
    ['“This is an essential building block,” said Dr Lisa Jackson of the Kaiser Permanente Washington Research Institute in Seattle, who led the study.', 'Lisa Jackson', 'Kaiser Permanente Washington Research Institute'],
  ])('reads %s', (text, name, affiliation) => {
    const [statement] = statementsOf(text);
    expect(statement.speaker).toMatchObject({ type: 'person', name, affiliation });
  });
});

describe('titles with "of" in them', () => {
  it.each([
    ['U.S. Secretary of State-nominee Condoleezza Rice', 'Condoleezza Rice'],
    ['President-elect Joe Biden', 'Joe Biden'],
  ])('reads "%s" as a title before the name', (phrase, name) => {
    const [statement] = statementsOf(`${phrase} said that the plan was troubling.`);
    expect(statement.speaker.name).toBe(name);
  });

  it.each([
    ['Secretary of State Antony Blinken', 'Antony Blinken', 'Secretary of State'],
    ['US Secretary of State Marco Rubio', 'Marco Rubio', 'US Secretary of State'],
    ['Minister of Foreign Affairs Sergey Lavrov', 'Sergey Lavrov', 'Minister of Foreign Affairs'],
  ])('reads "%s" as a title before a name', (phrase, name, role) => {
    expect(parseSpeakerPhrase(phrase)).toMatchObject({ kind: 'name', name, role });
  });

  it('keeps "a spokesman for Foreign Minister Sergey Lavrov" the spokesman', () => {
    expect(parseSpeakerPhrase('a spokesman for Foreign Minister Sergey Lavrov')).toMatchObject({ kind: 'indefinite', name: null });
  });

  it('gives a later "Rubio said" the full name from "US Secretary of State Marco Rubio spoke …"', () => {
    const result = annotate('WASHINGTON: US Secretary of State Marco Rubio spoke on Wednesday with Chinese Foreign Minister Wang Yi, deputy spokesperson Tommy Pigott said.\nRubio said at the time that the odds were high.', { published: '2025-09-10' });
    expect(result.statements.map((s) => s.speaker.name)).toEqual(['Tommy Pigott', 'Marco Rubio']);
  });
});

describe('titles that end in a job noun', () => {
  it('reads "EU Chief Diplomat Kaja Kallas" as Kaja Kallas, not "Diplomat Kaja Kallas"', () => {
    expect(parseSpeakerPhrase('EU Chief Diplomat Kaja Kallas')).toMatchObject({ kind: 'name', name: 'Kaja Kallas' });
  });
});

describe('organisations named like people', () => {
  it('does not take "the Kipling Public Library" for a person that "she" could refer to', () => {
    const statements = statementsOf('Although the Kipling Public Library has been open for some time, Charla Smyth (Librarian) says that it was good that the opening took place.\nShe adds that the library enjoyed a busy day.', '2022-09-16');
    expect(statements.map((s) => [s.speaker.name, s.text])).toEqual([
      ['Charla Smyth', 'it was good that the opening took place'],
      ['Charla Smyth', 'the library enjoyed a busy day'],
    ]);
  });
});

describe('first names in an article about one family', () => {
  it('gives "Serena said" the family name when the article is about "the Williams sisters"', () => {
    const statements = statementsOf('The Williams sisters met in the final.\n“She is the only reason I am here,” Serena said of her sister.\n“That is my little sister,” Venus said.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Serena Williams', 'Venus Williams']);
  });

  it('leaves a first name alone when the article names two families', () => {
    const statements = statementsOf('The Williams sisters and the Bryan brothers met in the final.\n“She is the only reason I am here,” Serena said.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Serena']);
  });

  it('leaves the family name alone: "Williams said" may be either sister', () => {
    const statements = statementsOf('The Williams sisters met in the final.\n“It was hard,” Williams said.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Williams']);
  });
});

describe('a surname misspelt once', () => {
  it('gives "Wand noted" to Wang Yi when nobody called Wand was named', () => {
    const statements = statementsOf('Chinese Foreign Minister Wang Yi held a phone call with his counterpart.\nChina advocates a fair investigation, Wand noted.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Wang Yi']);
  });

  it('keeps Petrova apart from Petrov: a letter added is another name', () => {
    const statements = statementsOf('Igor Petrov met the delegation.\nThe talks went well, Petrova said.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Petrova']);
  });

  it('keeps a different first letter apart: Chen is not Shen', () => {
    const statements = statementsOf('Shen Yiqin met the delegation.\nThe talks went well, Chen said.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Chen']);
  });
});

describe('groups described by a name before them or a clause after them', () => {
  it('reads "U.S. astronomers using NASA\'s Spitzer Space Telescope" as the astronomers', () => {
    expect(parseSpeakerPhrase("U.S. astronomers using NASA's Spitzer Space Telescope")).toMatchObject({ kind: 'group', head: 'astronomers', name: null });
  });

  it('reads "Texas A&M University scientists who led the study" as the scientists', () => {
    expect(parseSpeakerPhrase('Texas A&M University scientists who led the study')).toMatchObject({ kind: 'group', head: 'scientists' });
  });
});

describe('"the agency" for an organisation named before', () => {
  it('gives "the agency posted" to the police who spoke before', () => {
    const statements = statementsOf('Puyallup police told residents near a large fire to evacuate immediately.\n“There is concern of toxic chemicals,” the agency posted.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Puyallup police', 'Puyallup police']);
  });

  it('keeps "the agency" its own when no organisation spoke before', () => {
    const statements = statementsOf('Residents left their homes.\n“There is concern of toxic chemicals,” the agency posted.');
    expect(statements.map((s) => s.speaker.name)).toEqual(['Agency']);
  });
});

describe('"they" for two people named together', () => {
  it('gives "They say …" to "Eric Handler and Matt Zahn", named together as the subject before', () => {
    const statements = statementsOf('O.C. Health Deputy Agency Director Eric Handler and Medical Director Matt Zahn have not seen an outbreak like this in two decades. They say people are not getting immunized.');
    expect(statements.map((s) => [s.speaker.name, s.speaker.type])).toEqual([['Eric Handler and Matt Zahn', 'group']]);
  });

  it('gives "they" to the two who became the subject after the last statement', () => {
    const statements = statementsOf('Western officials said the talks had failed. Xi Jinping and Vladimir Putin met in Moscow. They said the sanctions would stay.');
    expect(statements.at(-1)?.speaker.name).toBe('Xi Jinping and Vladimir Putin');
  });

  it('keeps "they" with the group that spoke when two people were named only as objects', () => {
    const statements = statementsOf('Western officials met Xi Jinping and Vladimir Putin yesterday. They said the sanctions would stay.');
    expect(statements.at(-1)?.speaker.name).not.toBe('Xi Jinping and Vladimir Putin');
  });
});
