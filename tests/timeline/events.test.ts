import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import type { Event } from '../../scripts/annotate/types.ts';

/** Events of a one-paragraph article published on `published`. */
function events(text: string, published = '2022-10-29'): Event[] {
  return annotate(text, { published, title: 'Headline that is not in the text', outlet: 'Test Wire' }).events;
}

function only(text: string, published?: string): Event {
  const found = events(text, published);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('events stage', () => {
  it('finds a phone call with both participants, dated by the sentence', () => {
    const body = 'Also on Thursday, Chinese State Councilor and Foreign Minister Wang Yi held a phone conversation with Russian Foreign Minister Sergei Lavrov.';
    const event = only(body);
    expect(event).toMatchObject({
      kind: 'call',
      text: 'Wang Yi held a phone conversation with Russian Foreign Minister Sergei Lavrov',
      participants: ['Wang Yi', 'Sergei Lavrov'],
      date: { value: '2022-10-27', precision: 'day', text: 'on Thursday' },
      status: 'past',
    });
    expect(body.slice(event.start, event.end)).toBe(event.text);
    expect(event.id).toMatch(/^e-[0-9a-f]{10}$/);
  });

  it('keeps a scheduled meeting in the future with its place and week', () => {
    const event = only('Putin and Xi are scheduled to meet in Uzbekistan this week.', '2022-09-13');
    expect(event).toMatchObject({
      kind: 'meeting',
      participants: ['Vladimir Putin', 'Xi Jinping'],
      place: 'Uzbekistan',
      date: { value: '2022-W37', precision: 'week' },
      status: 'scheduled',
    });
  });

  it('marks an event after the publication date as scheduled', () => {
    expect(only('Xi Jinping will pay a state visit to Kazakhstan next month.', '2022-09-01')).toMatchObject({
      kind: 'visit',
      place: 'Kazakhstan',
      date: { value: '2022-10', precision: 'month' },
      status: 'scheduled',
    });
  });

  it('finds a meeting by "met with"', () => {
    expect(only('Lavrov met with Chinese President Xi Jinping in Beijing on Monday.', '2022-10-29')).toMatchObject({
      kind: 'meeting',
      participants: ['Sergei Lavrov', 'Xi Jinping'],
      place: 'Beijing',
      date: { value: '2022-10-24', precision: 'day' },
    });
  });

  it('finds a numbered party congress and leaves it undated when the text gives no date', () => {
    expect(only('China and Russia vowed to deepen relations following the conclusion of the 20th National Congress of the Communist Party of China (CPC).')).toMatchObject({
      kind: 'congress',
      text: '20th National Congress of the Communist Party of China (CPC)',
      participants: [],
      date: null,
    });
  });

  it('finds a media briefing and dates it by the possessive weekday', () => {
    expect(only("Chinese Foreign Ministry spokesperson Wang Wenbin said at Friday's media briefing that China appreciates President Putin's remarks.")).toMatchObject({
      kind: 'briefing',
      text: 'media briefing',
      participants: ['Wang Wenbin'],
      date: { value: '2022-10-28', precision: 'day' },
    });
  });

  it('finds a signing', () => {
    expect(only('The two foreign ministers signed a joint statement on Friday.')).toMatchObject({ kind: 'signing', date: { value: '2022-10-28' } });
  });

  it('finds a summit by name', () => {
    expect(only('Xi Jinping will attend the SCO summit in Samarkand next week.', '2022-09-08')).toMatchObject({ kind: 'summit', place: 'Samarkand', status: 'scheduled' });
  });

  it('dates an occasion by the statement made at it', () => {
    const found = events('Russian President Vladimir Putin said on Thursday that ties are strong. Russia regards China as a close friend, Putin said at the Valdai Discussion Club meeting.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'meeting', text: 'Valdai Discussion Club meeting', date: { value: '2022-10-27' } });
  });

  it('does not date an event by the day reported words were said', () => {
    expect(only('An expert told the Global Times on Friday that the principles were identified at the 20th National Congress of the CPC.').date).toBeNull();
  });

  it('merges repeated mentions of the same occasion', () => {
    const found = events(
      [
        'Also on Thursday, Wang Yi held a phone conversation with Sergei Lavrov.',
        'Wang Wenbin said on Friday that in the phone conversation, the Russian side expressed its willingness to talk.',
        'Lavrov said that the 20th CPC National Congress is a world-class event, after the 20th National Congress of the CPC.',
      ].join('\n\n'),
    );
    expect(found.map((event) => event.kind)).toEqual(['call', 'congress']);
    expect(found[0]!.participants).toEqual(['Wang Yi', 'Sergei Lavrov']);
  });

  it('merges a vague mention into the named one on the same date', () => {
    const found = events(
      'While the Chinese President and his Russian counterpart prepare to meet this week, officials spoke.\n\nPutin and Xi are scheduled to meet in Uzbekistan this week.',
      '2022-09-13',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'Putin and Xi are scheduled to meet in Uzbekistan', participants: ['Vladimir Putin', 'Xi Jinping'] });
  });

  it('keeps two calls on different days apart', () => {
    const found = events('Wang Yi held a phone conversation with Sergei Lavrov on Monday.\n\nWang Yi held a phone conversation with Antony Blinken on Thursday.');
    expect(found).toHaveLength(2);
  });

  it('ignores noise lines such as related links', () => {
    expect(events('Wang Wenbin spoke to reporters.\n\nRelated: Wang Yi holds phone talks with Lavrov')).toEqual([]);
  });

  it('finds the seed articles’ events', async () => {
    const { readFileSync } = await import('node:fs');
    const matter = (await import('gray-matter')).default;
    const kinds = ['al-mayadeen-2022-09-13-china-russia-more-just-world-order', 'global-times-2022-10-29-china-russia-reaffirm-deepened-relations'].map((slug) => {
      const source = matter(readFileSync(`content/sources/${slug}.md`, 'utf8'));
      return annotate(source.content, source.data as never).events.map((event) => `${event.kind} ${event.date?.value ?? 'undated'}`);
    });
    expect(kinds).toEqual([
      ['meeting 2022-W37', 'summit 2022-W37'],
      ['congress undated', 'other 2022-10-27', 'briefing 2022-10-28', 'call 2022-10-27'],
    ]);
  });
});
