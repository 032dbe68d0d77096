import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../scripts/annotate/index.ts';
import { findMentioned, linkSpeakers } from '../../scripts/annotate/08-registry/link-speakers.ts';
import { findNewSpeakers, newSpeakersSummary } from '../../scripts/annotate/08-registry/new-speakers.ts';
import { loadSpeakerRegistry, normaliseName, parseSpeakerRegistry, RegistryFileError, rolesOn } from '../../scripts/annotate/08-registry/speaker-registry.ts';

const seed = (slug: string) => {
  const source = matter(readFileSync(`content/sources/${slug}.md`, 'utf8'));
  const body = source.content;
  return { body, result: annotate(body, { ...(source.data as { title: string; outlet: string }), published: String(source.data.published) }) };
};
const AL_MAYADEEN = 'al-mayadeen-2022-09-13-china-russia-more-just-world-order';
const GLOBAL_TIMES = 'global-times-2022-10-29-china-russia-reaffirm-deepened-relations';

describe('the speaker registry', () => {
  const registry = loadSpeakerRegistry();

  it('seeds the China and Russia diplomacy figures and everyone quoted in the seeds', () => {
    for (const id of ['xi-jinping', 'vladimir-putin', 'sergei-lavrov', 'wang-yi', 'wang-wenbin', 'yang-jiechi', 'li-zhanshu', 'dmitry-peskov', 'maria-zakharova', 'andrey-denisov', 'cui-heng', 'yang-xiyu']) {
      expect(registry.byId.has(id), id).toBe(true);
    }
  });

  it('knows Xi by every alias an article uses', () => {
    for (const alias of ['Xi', 'Xi Jinping', 'President Xi', 'Jinping', 'xi  jinping']) expect(registry.byAlias.get(normaliseName(alias))?.id, alias).toBe('xi-jinping');
  });

  it('reads "President (Vladimir) Putin" as an alias of Putin', () => {
    expect(registry.byAlias.get(normaliseName('President (Vladimir) Putin'))?.id).toBe('vladimir-putin');
  });

  it('refuses an alias that names two speakers', () => {
    const text = 'speakers:\n  - { id: wang-yi, name: Wang Yi, aliases: [Wang] }\n  - { id: wang-wenbin, name: Wang Wenbin, aliases: [Wang] }\n';
    expect(() => parseSpeakerRegistry(text)).toThrow(RegistryFileError);
    expect(() => parseSpeakerRegistry(text)).toThrow(/"Wang" also belongs to wang-yi/);
  });

  it('refuses a role date that is not a date', () => {
    expect(() => parseSpeakerRegistry('speakers:\n  - { id: a-b, name: A B, roles: [{ title: X, from: last year }] }\n')).toThrow(/not YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('gives the roles a person held on a day', () => {
    const putin = registry.byId.get('vladimir-putin')!;
    expect(rolesOn(putin, '2010-06-01').map((role) => role.title)).toEqual(['Prime Minister of Russia']);
    expect(rolesOn(putin, '2022-10-27').map((role) => role.title)).toEqual(['President of Russia']);
  });
});

describe('linking speakers to the registry', () => {
  it('gives Putin the same canonical id in both seed articles', () => {
    const { result } = seed(GLOBAL_TIMES);
    const putin = result.statements.filter((statement) => statement.speaker.name.includes('Putin'));
    expect(putin.length).toBeGreaterThan(0);
    for (const statement of putin) expect(statement.speaker).toMatchObject({ id: 'vladimir-putin', registryId: 'vladimir-putin' });
    const { body, result: other } = seed(AL_MAYADEEN);
    expect(findMentioned(body, other, loadSpeakerRegistry())).toContain('vladimir-putin');
  });

  it('records in the result the registry speakers the article names, quoted or not', () => {
    const { body, result } = seed(AL_MAYADEEN);
    expect(result.mentions).toEqual(findMentioned(body, result, loadSpeakerRegistry()));
    expect(result.mentions).toContain('vladimir-putin');
  });

  it('merges "Putin" and "Vladimir Putin" of one article into one speaker, and renames the claims', () => {
    const speaker = { name: 'Putin', type: 'person' as const, role: null, affiliation: null, country: null, vague: false };
    const result = annotate('"We will move forward," Putin said.\n', { published: '2022-10-29', outlet: 'Test Outlet' });
    const doubled = { ...result, speakers: [...result.speakers, { ...speaker, id: 'putin' }, { ...speaker, id: 'vladimir-putin-2', name: 'Vladimir Putin' }] };
    const linked = linkSpeakers('', doubled);
    expect(linked.speakers.filter((s) => s.id === 'vladimir-putin')).toHaveLength(1);
    for (const claim of linked.claims.filter((c) => c.attributed)) expect(claim.speaker).toBe('vladimir-putin');
  });

  it('leaves unnamed speakers, groups and people it does not know unlinked', () => {
    const { result } = seed(GLOBAL_TIMES);
    const byName = (name: string) => result.speakers.find((speaker) => speaker.name === name);
    expect(byName('Chinese analysts')?.registryId).toBeUndefined();
    expect(result.speakers.find((speaker) => speaker.vague)?.registryId).toBeUndefined();
    const stranger = annotate('"We are ready," Ivan Petrovsky said on Monday.\n', { published: '2022-10-29', outlet: 'Test Outlet' });
    expect(stranger.statements[0].speaker).toMatchObject({ id: 'ivan-petrovsky' });
    expect(stranger.statements[0].speaker.registryId).toBeUndefined();
  });
});

describe('the report of new speakers', () => {
  it('lists named people the registry lacks, once each with their articles, and leaves out groups and unnamed speakers', () => {
    const person = { id: 'ivan-petrovsky', name: 'Ivan Petrovsky', type: 'person' as const, role: null, affiliation: null, country: null, vague: false };
    const found = findNewSpeakers([
      { slug: 'a', speakers: [person, { ...person, id: 'analysts', name: 'Analysts', type: 'group' }, { ...person, id: 'unnamed-expert', vague: true }] },
      { slug: 'b', speakers: [person, { ...person, id: 'vladimir-putin', name: 'Vladimir Putin', registryId: 'vladimir-putin' }] },
    ]);
    const { vague: _, ...listed } = person;
    expect(found).toEqual([{ ...listed, articles: ['a', 'b'] }]);
    expect(newSpeakersSummary(found, 'reports/new-speakers.json')).toBe('new speakers: 1 not in content/speakers.yml (Ivan Petrovsky); see reports/new-speakers.json');
  });
});
