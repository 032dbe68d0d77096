import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../scripts/annotate/01-segment/classify-paragraphs.ts';
import { findDateline } from '../../scripts/annotate/01-segment/find-dateline.ts';
import { splitParagraphs } from '../../scripts/annotate/01-segment/paragraphs.ts';
import { splitSentences } from '../../scripts/annotate/01-segment/split-sentences.ts';
import { findQuotes } from '../../scripts/annotate/02-quotes/find-quotes.ts';

function sentences(text: string): string[] {
  return splitSentences(text, findQuotes(text)).map((span) => text.slice(span.start, span.end));
}

function types(body: string, title?: string): string[] {
  const { spans } = splitParagraphs(body);
  return classifyParagraphs(body, spans, title).map((paragraph) => paragraph.type);
}

describe('paragraphs', () => {
  it('splits on any line ending and keeps the whitespace to rebuild the text exactly', () => {
    for (const body of ['One.\nTwo.', 'One.\r\nTwo.\r\n', 'One.\rTwo.', '\n\n  One.  \n\n\nTwo.\n']) {
      const { spans, gaps } = splitParagraphs(body);
      expect(spans).toHaveLength(2);
      const rebuilt = gaps.map((gap, index) => gap + (spans[index] ? body.slice(spans[index].start, spans[index].end) : '')).join('');
      expect(rebuilt).toBe(body);
    }
  });

  it('gives an empty body no paragraphs and one gap', () => {
    expect(splitParagraphs('')).toEqual({ spans: [], gaps: [''] });
  });
});

describe('noise lines', () => {
  it('recognises a photo credit, a related link and a subheading', () => {
    expect(types('Photo:Xinhua\nChina said it would help.\nRead next: Something else\nSino-Western relations\nRussia said it agreed.')).toEqual([
      'credit', 'body', 'related', 'subheading', 'body',
    ]);
  });

  it('recognises a headline that repeats the title or reads like one', () => {
    expect(types("China, Russia building 'more just' world order: Beijing\nThe text starts here.", "China, Russia building 'more just' world order: Beijing")).toEqual(['headline', 'body']);
    expect(types('Kremlin to comment on agenda of talks\nThe Kremlin said on Monday it would comment.')).toEqual(['headline', 'body']);
  });

  it('recognises bylines, reading times, editor lines and trailers of web copy', () => {
    expect(types('By Jane Doe and John Roe\n1 Min Read\nThe minister said the talks went well.\n(Web editor: Peng Yukai, Liang Jun)\nThis story is from the March 24, 2023 edition of The Weekly.')).toEqual([
      'byline', 'byline', 'body', 'byline', 'byline',
    ]);
  });

  it('does not take an ordinary sentence for a subheading', () => {
    expect(types('The first paragraph ends here.\nThe minister said talks went well.\nA final paragraph.')).toEqual(['body', 'body', 'body']);
  });
});

describe('paragraphs the page repeats', () => {
  it('marks the first of two identical paragraphs as a repeat and keeps the second as text', () => {
    const line = 'A wildfire burned out of control late Sunday in central Washington, forcing residents to evacuate, authorities said.';
    expect(types(`Wildfires consume homes\n${line}\n${line}\nThe mayor said the fire was spreading.`)).toEqual(['headline', 'repeat', 'body', 'body']);
  });

  it('marks a standfirst with a wire credit run into it as a repeat of the paragraph that follows', () => {
    const line = "Apple Inc. said yesterday that its profit in the holiday quarter edged up 2 percent.";
    const found = types(`Apple's results beat expectations\nASSOCIATED PRESS ${line}\nASSOCIATED PRESS\n${line}`);
    expect([found[1], found[3]]).toEqual(['repeat', 'body']);
  });

  it('does not take a short line said twice for a repeat', () => {
    expect(types('Talks went well.\nThe minister spoke.\nTalks went well.')).not.toContain('repeat');
  });
});

describe('datelines', () => {
  it('reads the day of a wire dateline as the anchor for relative days', () => {
    const text = 'MOSCOW, April 26 (Xinhua) -- Russian Foreign Minister Sergei Lavrov said on Tuesday that talks must go on.';
    expect(findDateline(text, 0, text.length, '2022-04-27')).toMatchObject({ text: 'MOSCOW, April 26 (Xinhua) --', value: '2022-04-26' });
  });

  it('reads a TASS-style dateline', () => {
    const text = 'MOSCOW, March 14. /TASS/. The Kremlin will not comment, Dmitry Peskov told TASS.';
    expect(findDateline(text, 0, text.length, '2023-03-14')).toMatchObject({ value: '2023-03-14' });
  });

  it('reads a place in capitals with a colon as a dateline with no day', () => {
    const text = 'ISLAMABAD: Pakistan has confirmed that its foreign minister will attend the meeting.';
    expect(findDateline(text, 0, text.length, '2023-04-20')).toMatchObject({ text: 'ISLAMABAD:', value: null });
  });

  it('reads a place in capitals with its credit in brackets and no dash', () => {
    const text = 'MOSCOW (UrduPoint News / Sputnik - 13th March, 2023) Moscow has nothing to say about a visit, Dmitry Peskov said on Monday.';
    expect(findDateline(text, 0, text.length, '2023-03-13')).toMatchObject({ text: 'MOSCOW (UrduPoint News / Sputnik - 13th March, 2023)', value: '2023-03-13' });
  });

  it('keeps a bracketed dateline out of the reported words', async () => {
    const { annotate } = await import('../../scripts/annotate/index.ts');
    const result = annotate('MOSCOW (UrduPoint News / Sputnik - 13th March, 2023) Moscow has nothing to say about a visit, Dmitry Peskov said on Monday.', { published: '2023-03-13' });
    expect(result.statements.map((statement) => statement.text)).toEqual(['Moscow has nothing to say about a visit']);
  });

  it('reads a known place in ordinary capitals with a colon: "New Delhi: India on Thursday …"', () => {
    const text = 'New Delhi: India on Thursday rejected claims of having agreed to hold talks.';
    expect(findDateline(text, 0, text.length, '2019-06-20')).toMatchObject({ text: 'New Delhi:', value: null });
  });

  it('does not take a label with a colon for a dateline: "Update: …", "Watch: …"', () => {
    const text = 'Watch: The minister said talks would resume.';
    expect(findDateline(text, 0, text.length, '2019-06-20')).toBeNull();
  });

  it('reads an EFE dateline: "Cali, Colombia, Sept 9 (EFE).- "', () => {
    const text = 'Cali, Colombia, Sept 9 (EFE).- Colombia and Mexico led on Saturday the conclusion of the conference.';
    expect(findDateline(text, 0, text.length, '2023-09-09')).toMatchObject({ text: 'Cali, Colombia, Sept 9 (EFE).-', value: '2023-09-09' });
  });

  it('reads an outlet\'s name and a dash as a dateline with no day', () => {
    const text = 'Islam Times - The Kremlin will inform reporters in time, Dmitry Peskov said.';
    expect(findDateline(text, 0, text.length, '2023-03-16')).toMatchObject({ text: 'Islam Times -', value: null });
  });

  it('does not take a speaker\'s name and a dash for a dateline', () => {
    const text = 'Sergei Lavrov - the veteran minister - said talks would go on.';
    expect(findDateline(text, 0, text.length, '2023-03-16')).toBeNull();
  });

  it('does not take a label such as "UPDATE:" for a dateline', () => {
    const text = 'UPDATE: The ministry said the talks would resume on Monday.';
    expect(findDateline(text, 0, text.length, '2023-04-20')).toBeNull();
  });

  it('finds no dateline in an ordinary opening sentence', () => {
    const text = 'China and Russia vowed to deepen relations at all levels.';
    expect(findDateline(text, 0, text.length, '2022-10-29')).toBeNull();
  });
});

describe('sentences', () => {
  it('does not end a sentence after a title, an initial or a month abbreviation', () => {
    expect(sentences('Mr. Smith met Dr. J. Doe on Sept. 12 in St. Petersburg. They talked.')).toEqual([
      'Mr. Smith met Dr. J. Doe on Sept. 12 in St. Petersburg.',
      'They talked.',
    ]);
  });

  it('ends a sentence after "U.S." only when a new sentence clearly starts', () => {
    expect(sentences('He flew to the U.S. The talks began.')).toEqual(['He flew to the U.S.', 'The talks began.']);
    expect(sentences('The U.S. President said so.')).toEqual(['The U.S. President said so.']);
  });

  it('keeps a quotation that contains full stops in one sentence with its attribution', () => {
    expect(sentences('"We regard China as a friend. I am sure we will move forward," Putin said. Wang agreed.')).toEqual([
      '"We regard China as a friend. I am sure we will move forward," Putin said.',
      'Wang agreed.',
    ]);
  });

  it('splits after a closing quotation mark that ends a sentence', () => {
    expect(sentences('He said: "It is over." Then he left.')).toEqual(['He said: "It is over."', 'Then he left.']);
  });
});

describe('photo captions', () => {
  it('recognises a caption that ends with its agency in brackets', () => {
    expect(types('Minister Kim Yung-ho and Ambassador Philip Goldberg shake hands in Seoul on Sept. 22, 2023. (Yonhap)\nThe minister said talks went well.')).toEqual(['credit', 'body']);
  });

  it('recognises a long caption that ends with a "(Photo: …)" credit', () => {
    const caption = "US Secretary of State Marco Rubio meets with China's Foreign Minister Wang Yi during the 58th ASEAN Foreign Ministers’ meeting and related meetings at the Convention Centre in Kuala Lumpur on Jul 11, 2025. (Photo: Pool via REUTERS/Mandel Ngan)";
    expect(types(`${caption}\nThe minister said talks went well.`)).toEqual(['credit', 'body']);
  });

  it('recognises a caption by the places of the people in it: "(centre)", "(left)", "Pictured with"', () => {
    const caption = 'Mayor Pat Jackson (centre) cuts the ribbon and declares the library “officially open” at the Grand Opening held on Saturday. Pictured with Pat Jackson is Lane Batters (left) representing the Batters family.';
    expect(types(`${caption}\nThe minister said talks went well.`)).toEqual(['credit', 'body']);
    expect(types('Foreign Minister Wang Yi (right) shakes hands with his counterpart in Beijing.\nThe minister said talks went well.')).toEqual(['credit', 'body']);
  });

  it('recognises a caption that ends with "Picture: Name/Agency"', () => {
    expect(types('President Cyril Ramaphosa has concluded a working visit to Brasilia, the presidency said. Picture: Kopano Tlape/GCIS\nThe minister said talks went well.')).toEqual(['credit', 'body']);
  });

  it('keeps a body paragraph that ends with a sentence about a picture', () => {
    expect(types('The minister said talks went well. The picture: a deal within weeks.\nThe minister said talks went well.')).toEqual(['body', 'body']);
  });

  it('keeps a body paragraph that says "left" or "right" in words', () => {
    expect(types('The minister (who left the party in 2019) said the talks went well and that the right decision had been made.\nThe minister said talks went well.')).toEqual(['body', 'body']);
  });

  it('keeps a long body paragraph that ends with an agency name in brackets', () => {
    const paragraph = 'The minister said the talks had gone well and that both sides would meet again before the end of the year to settle the remaining questions on trade, energy and the border, according to the readout published by the state news agency (Xinhua).';
    expect(types(`${paragraph}\nThe minister said talks went well.`)).toEqual(['body', 'body']);
  });
});

describe('datelines after a standfirst, and glued captions', () => {
  it('finds the dateline in the paragraph after a standfirst and keeps its date off the words', async () => {
    const { annotate } = await import('../../scripts/annotate/index.ts');
    const result = annotate('Xi says ready to keep in touch with Putin\nThe Chinese president spoke of turbulence\nBEIJING, May 16. /TASS/. Chinese President Xi Jinping said that he is ready to keep in close touch.', { published: '2024-05-16' });
    expect(result.dateline).toMatchObject({ text: 'BEIJING, May 16. /TASS/.', value: '2024-05-16' });
    expect(result.statements.at(-1)?.date).toBeNull();
  });

  it('recognises a caption with the photographer\'s name glued to the date', () => {
    expect(types('Goldfajn gives an interview in Brasilia, Brazil, September 15, 2016.Adriano Machado\nThe bank said rates would fall.')).toEqual(['credit', 'body']);
  });
});

describe('bylines with a place and an outlet', () => {
  it('recognises "By Sun Xiaochen in Huangshan, Anhui province ( China Daily)"', () => {
    expect(types('Swimming coach ban rumors denied\nBy Sun Xiaochen in Huangshan, Anhui province ( China Daily)\nThe coach said the rumors were false.')).toEqual(['headline', 'byline', 'body']);
  });
});
