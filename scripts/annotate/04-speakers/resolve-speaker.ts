import type { SpeakerPhrase } from './parse-speaker-phrase.ts';
import { type Entity, type Registry } from './registry.ts';

/** What the resolver knows of the statements found so far. */
export interface SpeakerHistory {
  /** Earlier statements' speakers with the body offset of their attribution and their paragraph. */
  statements: ReadonlyArray<{ entity: Entity; at: number; paragraph: number }>;
  /** Start of the sentence being read: mentions in it do not antecede its own pronoun. */
  currentSentence: number;
  /** The article body the offsets point into. */
  text: string;
  /** Whether an offset lies inside a quotation (names there are not sentence subjects). */
  quoted: (offset: number) => boolean;
  /** Whether the mention at an offset is the subject of its sentence. */
  isSubject: (mention: number) => boolean;
  /** Whether the mention at an offset is in a sentence set at an earlier time: "In December last year, Putin …". */
  inBackground: (mention: number) => boolean;
  /** Whether an offset lies in words already reported as someone's statement: a name there is what they said. */
  reported: (offset: number) => boolean;
}

export interface Resolution {
  entity: Entity;
  /** How the entity was chosen, for debugging and for the "why" of a label. */
  by: 'name' | 'surname' | 'pronoun' | 'description' | 'collective' | 'unresolved';
}

const pronounWindowParagraphs = 3;

/**
 * Ties a speaker phrase to an entity. Prefers a vague speaker over a wrong one: a surname shared by two
 * people mentioned close together, or a pronoun with no recent person, gives a vague speaker.
 */
export function resolveSpeaker(
  phrase: SpeakerPhrase,
  at: number,
  paragraph: number,
  registry: Registry,
  history: SpeakerHistory,
): Resolution {
  switch (phrase.kind) {
    case 'name':
      return resolveName(phrase, at, registry, history);
    case 'pronoun':
      return resolvePronoun(phrase, at, paragraph, registry, history);
    case 'definite':
      return resolveDescription(phrase, at, registry, history);
    case 'indefinite':
      return { entity: registry.vague(phrase, at, 'person'), by: 'unresolved' };
    case 'group': {
      const name = capitalise(phrase.core.replace(/^(?:the|some|many|several|most|other|both)\s+/i, ''));
      return { entity: registry.collective(phrase, 'group', name, at), by: 'collective' };
    }
    case 'media':
      return { entity: registry.collective(phrase, 'institution', phrase.head ?? phrase.text, at), by: 'collective' };
    case 'document':
      return resolveDocument(phrase, at, registry);
    case 'institution':
      return resolveInstitution(phrase, at, registry);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function resolveName(phrase: SpeakerPhrase, at: number, registry: Registry, history: SpeakerHistory): Resolution {
  const name = phrase.name ?? phrase.text;
  if (name.split(/\s+/).length > 1) return { entity: registry.person(phrase, at), by: 'name' };
  const candidates = registry.entities.filter(
    (entity) => entity.type === 'person' && !entity.vague && entity.name.split(/\s+/).includes(name),
  );
  if (candidates.length <= 1) return { entity: registry.person(phrase, at), by: candidates.length ? 'surname' : 'name' };
  // Two people share the surname. Take the one last named as a subject or as a speaker ("Kim said"
  // after a passing "between Kim Jong-un and Putin" is still the minister who spoke), unless the other
  // was made salient nearly as late: then the speaker stays vague.
  const salient = (entity: Entity): number =>
    Math.max(
      entity.spoke.filter((spoke) => spoke < at).at(-1) ?? -1,
      entity.mentions.filter((mention) => mention < at && !history.quoted(mention) && history.isSubject(mention)).at(-1) ?? -1,
    );
  const anySalient = candidates.some((entity) => salient(entity) >= 0);
  const lastMention = (entity: Entity): number => (anySalient ? salient(entity) : entity.mentions.filter((mention) => mention < at).at(-1) ?? -1);
  const ranked = [...candidates].sort((a, b) => lastMention(b) - lastMention(a));
  const [first, second] = ranked;
  const rawLast = (entity: Entity): number => entity.mentions.filter((mention) => mention < at).at(-1) ?? -1;
  if (lastMention(first) === -1 || (rawLast(second) !== -1 && Math.abs(lastMention(first) - rawLast(second)) < 30)) {
    return { entity: registry.vague({ ...phrase, text: `${name} (unclear which)` }, at, 'person'), by: 'unresolved' };
  }
  first.mentions.push(at);
  first.mentions.sort((a, b) => a - b);
  return { entity: first, by: 'surname' };
}

function resolvePronoun(
  phrase: SpeakerPhrase,
  at: number,
  paragraph: number,
  registry: Registry,
  history: SpeakerHistory,
): Resolution {
  const recent = [...history.statements].reverse().filter((item) => paragraph - item.paragraph <= pronounWindowParagraphs);
  if (phrase.pronoun === 'm' || phrase.pronoun === 'f') {
    const gender = phrase.pronoun;
    // "Xi published an article, in which he called for …": the subject of the same sentence binds the pronoun.
    const sentenceSubjects = registry.entities.filter(
      (entity) => entity.type === 'person' && !entity.vague && (entity.gender === null || entity.gender === gender) &&
        entity.mentions.some((mention) => mention >= history.currentSentence && mention < at && !history.quoted(mention) && history.isSubject(mention)),
    );
    if (sentenceSubjects.length === 1) return { entity: sentenceSubjects[0], by: 'pronoun' };
    const speaker = recent.find((item) => item.entity.type === 'person' && (item.entity.gender === null || item.entity.gender === gender));
    // A different person who became the subject of a sentence after that statement takes the pronoun.
    const since = speaker?.at ?? -1;
    const subjects = registry.entities.filter(
      (entity) => entity.type === 'person' && !entity.vague && entity !== speaker?.entity &&
        (entity.gender === null || entity.gender === gender) &&
        entity.mentions.some((mention) => mention > since && mention < history.currentSentence && !history.quoted(mention) &&
          history.isSubject(mention) && !(speaker && (history.inBackground(mention) || history.reported(mention)))),
    );
    if (subjects.length === 1) return { entity: subjects[0], by: 'pronoun' };
    if (subjects.length > 1) {
      // Several people became subjects: the latest one takes the pronoun when nobody spoke since.
      const lastSubject = (entity: Entity): number =>
        entity.mentions.filter((mention) => mention > since && mention < history.currentSentence && !history.quoted(mention) && history.isSubject(mention) &&
          !(speaker && (history.inBackground(mention) || history.reported(mention)))).at(-1) ?? -1;
      const ranked = [...subjects].sort((a, b) => lastSubject(b) - lastSubject(a));
      if (speaker === undefined && lastSubject(ranked[0]) - lastSubject(ranked[1]) > 40) return { entity: ranked[0], by: 'pronoun' };
      return { entity: registry.vague(phrase, at, 'person'), by: 'unresolved' };
    }
    if (speaker) return { entity: speaker.entity, by: 'pronoun' };
    const mentioned = registry.mostRecent(registry.entities.filter((entity) => entity.type === 'person' && !entity.vague), at);
    if (mentioned) return { entity: mentioned, by: 'pronoun' };
    return { entity: registry.vague(phrase, at, 'person'), by: 'unresolved' };
  }
  if (phrase.pronoun === 'p') {
    const pair = coordinatedPair(registry, history, recent[0]?.at ?? -1);
    if (pair) return { entity: registry.collective(phrase, 'group', pair, at), by: 'pronoun' };
  }
  const collective = recent.find((item) => item.entity.type !== 'person');
  if (collective) return { entity: collective.entity, by: 'pronoun' };
  return { entity: registry.vague(phrase, at), by: 'unresolved' };
}

/**
 * "Eric Handler and Medical Director Matt Zahn have not seen … They say …": two people named
 * together as a subject since the last statement are who "they" are. Their names, joined, or null.
 */
function coordinatedPair(registry: Registry, history: SpeakerHistory, since: number): string | null {
  const people = registry.entities.filter((entity) => entity.type === 'person' && !entity.vague);
  const named = people.flatMap((entity) =>
    entity.mentions
      .filter((mention) => mention > since && mention < history.currentSentence && !history.quoted(mention) && history.text.startsWith(entity.name, mention))
      .map((mention) => ({ entity, mention })),
  ).sort((a, b) => a.mention - b.mention);
  for (let index = named.length - 2; index >= 0; index--) {
    const first = named[index]!;
    const second = named[index + 1]!;
    if (first.entity === second.entity) continue;
    const between = history.text.slice(first.mention + first.entity.name.length, second.mention);
    // The pair is the subject: a verb follows the second name.
    const after = history.text.slice(second.mention + second.entity.name.length, second.mention + second.entity.name.length + 40);
    if (/^\s+and\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(between) && /^\s+(?:(?:also|both|jointly|have|has|had)\s+)*(?:not\s+)?(?:have|has|had|were|are|will|would|did|do|met|said|told|spoke|made|took|gave|saw|held|went|came|\p{Ll}+ed|\p{Ll}{2,}s)\b/u.test(after) &&
      !/^\s+(?:of|in|on|at|to|for|with|from|and)\b/.test(after)) {
      return `${first.entity.name} and ${second.entity.name}`;
    }
  }
  return null;
}

/** Function nouns that may name the same office: "the Russian leader" for a president. */
const synonyms: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'premier', 'chancellor', 'prime', 'king', 'chairman', 'leader'],
  president: ['president', 'leader'],
  diplomat: ['minister', 'ambassador', 'envoy', 'diplomat', 'secretary', 'representative'],
  spokesman: ['spokesperson', 'spokesman', 'spokeswoman', 'press'],
  spokeswoman: ['spokesperson', 'spokesman', 'spokeswoman', 'press'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'press'],
  minister: ['minister', 'secretary'],
  official: ['official', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'chief', 'head', 'director', 'diplomat', 'ambassador', 'adviser', 'aide'],
  counterpart: ['president', 'minister', 'premier', 'chancellor', 'leader', 'counterpart'],
  expert: ['expert', 'analyst', 'fellow', 'researcher', 'scholar', 'professor', 'director'],
  analyst: ['analyst', 'expert', 'fellow', 'researcher', 'scholar'],
  scholar: ['scholar', 'expert', 'fellow', 'researcher', 'professor'],
  envoy: ['envoy', 'ambassador', 'representative'],
  // "The representative of the Foreign Ministry" is how translated wire copy names its spokesperson.
  representative: ['representative', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman'],
  ambassador: ['ambassador', 'envoy'],
  chief: ['chief', 'head', 'director', 'chairman', 'secretary-general', 'president'],
};

function resolveDescription(phrase: SpeakerPhrase, at: number, registry: Registry, history: SpeakerHistory): Resolution {
  const head = phrase.head ?? '';
  const spokeRecently = new Set(history.statements.map((item) => item.entity));
  const nouns = synonyms[head] ?? [head];
  const describes = (entity: Entity): boolean => {
    const role = (entity.role ?? '').toLowerCase();
    return nouns.some((noun) => entity.descriptors.has(noun) || role.includes(noun));
  };
  const matching = registry.entities.filter(
    (entity) => (entity.type === 'person' || entity.vague) && describes(entity) &&
      (!phrase.country || !entity.country || entity.country === phrase.country),
  );
  const preferred = matching.filter((entity) => spokeRecently.has(entity));
  const found = registry.mostRecent(preferred.length ? preferred : matching, at);
  if (found) {
    found.mentions.push(at);
    found.mentions.sort((a, b) => a - b);
    return { entity: found, by: 'description' };
  }
  // "Jordan Chiles opened up about … The American athlete revealed …": a description that no one's
  // role matches, right after one named person was the subject, is that person named again. Not for
  // the nouns that usually stand for someone unnamed ("the official", "the source").
  if (!unnamedNouns.has(head)) {
    const recent = registry.entities
      .filter((entity) => entity.type === 'person' && !entity.vague && (!phrase.country || !entity.country || entity.country === phrase.country))
      .map((entity) => ({ entity, last: entity.mentions.filter((mention) => mention < history.currentSentence && mention >= history.currentSentence - 300 && !history.quoted(mention) && history.isSubject(mention)).at(-1) ?? -1 }))
      .filter(({ last }) => last >= 0);
    const others = registry.entities.filter((entity) => entity.type === 'person' && !entity.vague &&
      entity.mentions.some((mention) => mention >= history.currentSentence - 300 && mention < history.currentSentence));
    if (recent.length === 1 && others.length === 1) {
      recent[0].entity.mentions.push(at);
      recent[0].entity.mentions.sort((a, b) => a - b);
      return { entity: recent[0].entity, by: 'description' };
    }
  }
  return { entity: registry.vague(phrase, at, 'person'), by: 'unresolved' };
}

/** Nouns a report uses for people it does not name. */
const unnamedNouns = new Set([
  'official', 'officials', 'source', 'sources', 'spokesperson', 'spokesman', 'spokeswoman', 'expert', 'analyst', 'diplomat',
  'aide', 'adviser', 'advisor', 'insider', 'representative', 'envoy', 'ambassador', 'witness', 'resident', 'observer',
  'person', 'man', 'woman', 'officer', 'employee', 'member', 'researcher', 'scholar', 'professor', 'lawyer', 'doctor',
]);

function resolveDocument(phrase: SpeakerPhrase, at: number, registry: Registry): Resolution {
  const head = phrase.head ?? 'document';
  const definite = /^(?:the|this|that|its)\b/i.test(phrase.text);
  if (definite) {
    const earlier = registry.mostRecent(
      registry.entities.filter((entity) => entity.type === 'document' && entity.descriptors.has(head)),
      at,
    );
    if (earlier) return { entity: earlier, by: 'description' };
  }
  const name = capitalise(phrase.core.replace(/^(?:a|an|the|this|that|its|their|his|her)\s+/i, ''));
  return { entity: registry.collective(phrase, 'document', name, at), by: 'collective' };
}

/** Words an article uses for an organisation it has already named: "the agency", "the company". */
const genericOrganisationWords = new Set(['agency', 'company', 'firm', 'organisation', 'organization', 'department', 'force', 'service', 'authority', 'body']);
/** Groups that act as one organisation: "Puyallup police", "the fire department". */
const organisedGroup = /\b(?:police|army|military|forces|fire|department|authorities|government|guard|navy|coast guard)\b/i;

function resolveInstitution(phrase: SpeakerPhrase, at: number, registry: Registry): Resolution {
  const bare = phrase.core.replace(/^the\s+/i, '');
  // "the ministry", "The Ministry" (at the start of a sentence too).
  const definiteCommon = /^[Tt]he\s+\p{Ll}|^[Tt]he\s+(?:Ministry|Government|Embassy|Department|Office|Agency|Committee|Council)$/u.test(phrase.core);
  if (definiteCommon) {
    // "the Ministry" after "a Foreign Ministry readout": the institution named before.
    const head = (phrase.head ?? '').toLowerCase();
    const earlier = registry.entities.filter(
      (entity) => (entity.type === 'institution' || entity.type === 'document') &&
        `${entity.name} ${entity.affiliation ?? ''}`.toLowerCase().includes(head),
    );
    // "the agency", "the company": a generic word for the organisation that spoke last.
    const generic = earlier.length === 0 && genericOrganisationWords.has(head)
      ? registry.entities.filter((entity) => entity.spoke.length > 0 && (entity.type === 'institution' || (entity.type === 'group' && organisedGroup.test(entity.name))))
      : [];
    const found = registry.mostRecent(earlier.length ? earlier : generic, at);
    if (found) {
      if (found.type === 'institution' || found.type === 'group') return { entity: found, by: 'description' };
      if (found.affiliation) {
        return { entity: registry.collective({ ...phrase, affiliation: null }, 'institution', found.affiliation, at), by: 'description' };
      }
    }
  }
  return { entity: registry.collective(phrase, 'institution', capitalise(bare), at), by: 'collective' };
}
