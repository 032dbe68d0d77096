import type { AnnotationResult, Speaker, StatementSpeaker } from '../types.ts';
import { loadSpeakerRegistry, normaliseName, type RegistryEntry, type SpeakerRegistry } from './speaker-registry.ts';

/** The registry entry a speaker of an article stands for, or undefined when there is none. */
export function registryEntryFor(registry: SpeakerRegistry, speaker: Pick<Speaker, 'id' | 'name' | 'type' | 'vague'>): RegistryEntry | undefined {
  // An unnamed speaker ("a Beijing-based expert") is nobody in particular; groups are never one person.
  if (speaker.vague || (speaker.type !== 'person' && speaker.type !== 'institution')) return undefined;
  const entry = registry.byAlias.get(normaliseName(speaker.name)) ?? registry.byId.get(speaker.id);
  return entry && entry.type === speaker.type ? entry : undefined;
}

function linked<T extends Speaker | StatementSpeaker>(speaker: T, entry: RegistryEntry): T {
  return {
    ...speaker,
    id: entry.id,
    // What the article says of the speaker stays; the registry only fills what it left out.
    affiliation: speaker.affiliation ?? entry.affiliation,
    country: speaker.country ?? entry.country,
    registryId: entry.id,
  };
}

/** Escapes a string for use inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Canonical speakers named anywhere in the article's body paragraphs, whether or not they speak
 * ("Putin and Xi are scheduled to meet"), in the order of the registry. An institution's one-word
 * alias is the name of a place too ("between Moscow and Beijing"), so it does not count as a mention.
 */
export function findMentioned(body: string, result: Pick<AnnotationResult, 'paragraphs'>, registry: SpeakerRegistry): string[] {
  const text = result.paragraphs
    .filter((paragraph) => paragraph.type === 'body')
    .map((paragraph) => body.slice(paragraph.start, paragraph.end).replace(/[()[\]]/g, ' '))
    .join('\n');
  return registry.entries
    .filter((entry) => entry.aliases.some((alias) => (entry.type === 'person' || /\s/.test(alias)) && new RegExp(`(?<![\\p{L}\\p{N}])${literal(alias)}(?![\\p{L}\\p{N}])`, 'u').test(text)))
    .map((entry) => entry.id);
}

/**
 * Stage 8: ties each speaker to its canonical entry in `content/speakers.yml`. A linked speaker takes
 * the entry's id everywhere (speakers, statements, claims), so "Putin" in one article and "Vladimir
 * Putin" in another are one speaker; an unlinked one keeps the id the article gave it and is left for
 * the build's report of new speakers.
 */
export function linkSpeakers(body: string, result: AnnotationResult, registry: SpeakerRegistry = loadSpeakerRegistry()): AnnotationResult {
  const renamed = new Map<string, string>();
  const speakers: Speaker[] = [];
  for (const speaker of result.speakers) {
    const entry = registryEntryFor(registry, speaker);
    const next = entry ? linked(speaker, entry) : speaker;
    renamed.set(speaker.id, next.id);
    const twin = speakers.findIndex((other) => other.id === next.id);
    if (twin === -1) speakers.push(next);
    else {
      const first = speakers[twin];
      speakers[twin] = { ...first, role: first.role ?? next.role, affiliation: first.affiliation ?? next.affiliation, country: first.country ?? next.country };
    }
  }
  const statements = result.statements.map((statement) => {
    const entry = registryEntryFor(registry, statement.speaker);
    return entry ? { ...statement, speaker: linked(statement.speaker, entry) } : statement;
  });
  const byStatement = new Map(statements.map((statement) => [statement.id, statement.speaker.id]));
  const claims = result.claims.map((claim) => ({
    ...claim,
    speaker: (claim.statement && byStatement.get(claim.statement)) || (renamed.get(claim.speaker) ?? claim.speaker),
  }));
  return { ...result, speakers, statements, claims, mentions: findMentioned(body, result, registry) };
}
