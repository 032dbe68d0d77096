import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { loadTaxonomy } from '../../scripts/annotate/09-topics/taxonomy.ts';
import { findTalkingPoints, talkingPointsOf, type PhraseSource } from '../../scripts/annotate/10-talking-points/find-talking-points.ts';

/** The first day a statement date can mean, as the site sorts by. */
function firstDay(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!week) return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
  const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

function seedSources(): PhraseSource[] {
  return ['al-mayadeen-2022-09-13-china-russia-more-just-world-order', 'global-times-2022-10-29-china-russia-reaffirm-deepened-relations'].flatMap((slug) => {
    const source = matter(readFileSync(`content/sources/${slug}.md`, 'utf8'));
    const published = String(source.data.published);
    const result = annotate(source.content, { ...(source.data as { title: string; outlet: string }), published });
    return result.statements.map((s, i) => ({ statement: s.id, speaker: s.speaker.id, speakerName: s.speaker.name, article: slug, day: firstDay(s.date?.value ?? published), number: i + 1, text: s.text }));
  });
}

const source = (statement: string, speaker: string, article: string, day: string, text: string): PhraseSource => ({ statement, speaker, speakerName: speaker, article, day, number: 1, text });

describe('talking points on the seeds', () => {
  const points = findTalkingPoints(seedSources(), loadTaxonomy().talkingPoints);
  const point = (id: string) => points.find((p) => p.id === id);

  it('finds the “unprecedented level” echo from Li Zhanshu to Putin', () => {
    const uses = point('unprecedented-level')?.uses.map((use) => use.speaker);
    expect(uses).toEqual(['li-zhanshu', 'vladimir-putin']);
  });

  it('finds the “more just … order” echo from Yang Jiechi to the Global Times’ observers', () => {
    const uses = point('more-just-order')!.uses;
    expect(uses[0].speaker).toBe('yang-jiechi');
    expect(uses.at(-1)).toMatchObject({ speaker: 'chinese-observers', words: 'more just, effective and multipolar global order' });
  });

  it('lists every use in date order', () => {
    for (const p of points) expect(p.uses.map((use) => use.day)).toEqual([...p.uses.map((use) => use.day)].sort());
  });

  it('reports no names as recurring phrases', () => {
    expect(points.map((p) => p.label)).not.toContain('xi jinping');
    expect(points.map((p) => p.label)).not.toContain('vladimir putin');
  });
});

describe('talking points', () => {
  const options = { phrases: [{ id: 'right-track', label: 'right track', match: ['right track', 'right path'] }], ignore: ['bilateral ties'] };

  it('need two speakers: one speaker repeating himself is no echo', () => {
    const points = findTalkingPoints([source('s-1', 'yang', 'a', '2022-09-12', 'on the right track'), source('s-2', 'yang', 'b', '2022-09-20', 'along the right path')], options);
    expect(points).toEqual([]);
  });

  it('put the first use first whatever order the statements come in', () => {
    const points = findTalkingPoints([source('s-2', 'putin', 'b', '2022-10-27', 'on the right track'), source('s-1', 'yang', 'a', '2022-09-12', 'along the right path')], options);
    expect(points[0].uses.map((use) => use.statement)).toEqual(['s-1', 's-2']);
    expect(talkingPointsOf(points, 's-2')).toEqual([{ point: points[0], index: 1 }]);
  });

  it('find a phrase the taxonomy does not list when two speakers use it in two articles, unless it is ignored', () => {
    const points = findTalkingPoints(
      [source('s-1', 'a', 'x', '2022-01-01', 'a new era of partnership and bilateral ties'), source('s-2', 'b', 'y', '2022-02-01', 'we enter a new era of partnership; bilateral ties matter')],
      options,
    );
    expect(points.map((p) => p.label)).toEqual(['new era of partnership']);
  });
});
