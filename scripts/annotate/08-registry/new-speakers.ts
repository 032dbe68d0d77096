import type { Speaker, SpeakerType } from '../types.ts';

/** A speaker the registry does not know yet, with where they speak. */
export interface NewSpeaker extends Pick<Speaker, 'id' | 'name' | 'type' | 'role' | 'affiliation' | 'country'> {
  /** Slugs of the articles quoting them. */
  articles: string[];
}

/** Only people and institutions belong in the registry: groups ("analysts"), documents and outlets do not. */
const REGISTRABLE: ReadonlySet<SpeakerType> = new Set(['person', 'institution']);

/**
 * Speakers of the articles that no entry of `content/speakers.yml` claims, merged by id, for an editor
 * to add (or to recognise as a misreading). Unnamed speakers are left out: there is nobody to add.
 */
export function findNewSpeakers(articles: readonly { slug: string; speakers: readonly Speaker[] }[]): NewSpeaker[] {
  const found = new Map<string, NewSpeaker>();
  for (const article of articles) {
    for (const speaker of article.speakers) {
      if (speaker.registryId || speaker.vague || !REGISTRABLE.has(speaker.type)) continue;
      const known = found.get(speaker.id);
      if (known) {
        if (!known.articles.includes(article.slug)) known.articles.push(article.slug);
        continue;
      }
      const { id, name, type, role, affiliation, country } = speaker;
      found.set(id, { id, name, type, role, affiliation, country, articles: [article.slug] });
    }
  }
  return [...found.values()].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

/** The line the build prints about them. */
export function newSpeakersSummary(speakers: readonly NewSpeaker[], reportPath: string): string {
  if (!speakers.length) return 'new speakers: none (every named speaker is in content/speakers.yml)';
  const names = speakers.slice(0, 5).map((speaker) => speaker.name).join(', ');
  const more = speakers.length > 5 ? `, and ${speakers.length - 5} more` : '';
  return `new speakers: ${speakers.length} not in content/speakers.yml (${names}${more}); see ${reportPath}`;
}
