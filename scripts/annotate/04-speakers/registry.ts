import type { Speaker, SpeakerType } from '../types.ts';
import type { SpeakerPhrase } from './parse-speaker-phrase.ts';
import { parseSpeakerPhrase } from './parse-speaker-phrase.ts';
import { placeByWord } from '../lexicon/places.ts';
import { knownPerson } from '../lexicon/known-people.ts';
import { honorifics } from '../lexicon/titles.ts';

/** One entity of an article: a person, a group, an institution or a document, with where it was named. */
export interface Entity extends Omit<Speaker, 'registryId'> {
  gender: 'm' | 'f' | null;
  /** Descriptive nouns it has been called by: "expert", "spokesperson", "readout". */
  descriptors: Set<string>;
  /** Body offsets where it was mentioned, in text order. */
  mentions: number[];
  /** Body offsets of statements it made. */
  spoke: number[];
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '') || 'speaker';
}

function descriptorsOf(phrase: SpeakerPhrase): string[] {
  const words = `${phrase.role ?? ''} ${phrase.head ?? ''}`.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.filter((word) => word.length > 2);
}

/** Person names found anywhere in the text ("… held a phone conversation with Sergei Lavrov"). */
const capitalisedRun =
  /(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}[\p{L}]*\))(?:\s+(?:(?:von|van|der|den|de|del|bin|al|el|da|di|dos|la|le|to|of|for)\s+)*(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}[\p{L}]*\)))*/gu;

/** Same length, same first letter, one letter different: "Wang" and "Wand". */
function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0] || a === b) return false;
  let differences = 0;
  for (let index = 1; index < a.length; index++) if (a[index] !== b[index]) differences++;
  return differences === 1;
}

/** "the Williams sisters", "The Kardashian Family": a family an article may call by first names. */
const familyPhrase = /\b[Tt]he\s+(\p{Lu}[\p{L}'’-]+)\s+(?:[Ss]isters|[Bb]rothers|[Ff]amily|[Tt]wins|[Ss]iblings)\b/gu;

/**
 * The speakers of one article, and the rules that tie a mention ("Wang", "he", "the expert") to one.
 * Mentions are registered in text order, so "the most recent" always means before the offset asked about.
 */
export class Registry {
  readonly entities: Entity[] = [];
  /** The one family the article is about ("the Williams sisters"), whose name a bare first name takes. */
  private readonly family: string | null;

  constructor(text = '') {
    const families = new Set([...text.matchAll(familyPhrase)].map((match) => match[1].replace(/['’]s?$/, '')));
    this.family = families.size === 1 ? [...families][0] : null;
  }
  /** Single-word names the article uses for a speaker ("Xi said"), registered wherever they appear. */
  private readonly knownSingles = new Set<string>();

  knowName(name: string): void {
    if (!name.includes(' ')) this.knownSingles.add(name);
  }

  /** Registers every person named in a stretch of text, so that later surnames can find them. */
  scanNames(text: string, offset: number): void {
    capitalisedRun.lastIndex = 0;
    for (let match = capitalisedRun.exec(text); match; match = capitalisedRun.exec(text)) {
      // A capitalised word that opens a sentence is not part of the name: "And Venus", "But Lavrov".
      const lead = /^(?:(?:And|But|Or|So|Yet|The|A|An|While|When|If|As|In|On|At|For|With|By|From|To|Of|After|Before|Since|Also|Meanwhile|However|Then|Now|Still|Even|Earlier|Later)\s+)+/.exec(match[0]);
      const run = lead ? match[0].slice(lead[0].length) : match[0];
      const runAt = match.index + (lead ? lead[0].length : 0);
      if (!run) continue;
      const words = run.split(/\s+/);
      if (words.length < 2 && !this.byToken(run).length && !this.knownSingles.has(run)) continue;
      const phrase = parseSpeakerPhrase(run.replace(/['’]s$/, ''));
      if (!phrase || phrase.kind !== 'name' || !phrase.name) continue;
      // "Mr. Zelensky", "President Erdogan": a title says a single word is a person's name.
      const titled = words.length > phrase.name.split(/\s+/).length && honorifics.has(words[words.length - phrase.name.split(/\s+/).length - 1].toLowerCase());
      if (phrase.name.split(/\s+/).length < 2 && !titled && !this.byToken(phrase.name).length && !this.knownSingles.has(phrase.name)) continue;
      if (phrase.name.split(/\s+/).some((word) => placeByWord(word))) continue;
      // "Iraj Masjedi, the Iranian ambassador to Baghdad, spoke …": the apposition says who they are.
      const apposition = /^,\s+((?:the|a|an)\s[^,;:"“”]{3,90}),/i.exec(text.slice(match.index + match[0].length));
      const described = apposition ? parseSpeakerPhrase(`${run}, ${apposition[1]}`) : null;
      this.person(described?.kind === 'name' && described.name === phrase.name ? described : phrase, offset + runAt + Math.max(0, phrase.nameStart));
    }
  }

  /**
   * "Wand noted" after "Wang Yi": a surname nobody in the article bears, one letter (not the first)
   * away from the surname of exactly one person named in full, is that person's, misspelt.
   */
  private misspelt(token: string): Entity | undefined {
    if (token.length < 4) return undefined;
    const near = this.entities.filter((entity) => {
      if (entity.type !== 'person' || entity.vague) return false;
      const parts = entity.name.split(/\s+/);
      return parts.length > 1 && parts.some((part) => oneLetterApart(part, token));
    });
    return near.length === 1 ? near[0] : undefined;
  }

  private byToken(token: string): Entity[] {
    return this.entities.filter((entity) => entity.type === 'person' && !entity.vague && entity.name.split(/\s+/).includes(token));
  }

  private add(entity: Omit<Entity, 'descriptors' | 'mentions' | 'spoke'>, at: number, descriptors: string[]): Entity {
    let id = entity.id;
    for (let suffix = 2; this.entities.some((other) => other.id === id); suffix++) id = `${entity.id}-${suffix}`;
    const created: Entity = { ...entity, id, descriptors: new Set(descriptors), mentions: [at], spoke: [] };
    this.entities.push(created);
    return created;
  }

  private enrich(entity: Entity, phrase: SpeakerPhrase, at: number): Entity {
    entity.role ??= phrase.role;
    entity.affiliation ??= phrase.affiliation;
    entity.country ??= phrase.country;
    entity.gender ??= phrase.gender;
    for (const word of descriptorsOf(phrase)) entity.descriptors.add(word);
    if (!entity.mentions.includes(at)) entity.mentions.push(at);
    entity.mentions.sort((a, b) => a - b);
    return entity;
  }

  /** A named person. A full name merges with earlier bare-surname entities; a surname picks the most recent match. */
  person(phrase: SpeakerPhrase, at: number): Entity {
    const name = phrase.name ?? phrase.text;
    const tokens = name.split(/\s+/);
    const exact = this.entities.find((entity) => entity.type === 'person' && entity.name === name);
    if (exact) return this.enrich(exact, phrase, at);
    // "Vladimir Vladimirovich Putin" is "Vladimir Putin": same first and last name, a patronymic between.
    if (tokens.length > 2) {
      const sameEnds = this.entities.find((entity) => {
        const other = entity.name.split(/\s+/);
        return entity.type === 'person' && other.length >= 2 && other[0] === tokens[0] && other.at(-1) === tokens.at(-1);
      });
      if (sameEnds) return this.enrich(sameEnds, phrase, at);
    }
    // "von der Leyen" after "Ursula von der Leyen": the surname with its particles.
    const suffixOf = this.entities.filter(
      (entity) => entity.type === 'person' && !entity.vague && entity.name !== name && entity.name.endsWith(` ${name}`),
    );
    if (tokens.length > 1 && suffixOf.length === 1) return this.enrich(suffixOf[0], phrase, at);
    if (tokens.length === 1) {
      const match = this.mostRecent(this.byToken(name), at) ?? this.misspelt(name);
      if (match) return this.enrich(match, phrase, at);
    } else {
      const partial = this.entities.find(
        (entity) => entity.type === 'person' && entity.name.split(/\s+/).length === 1 && tokens.includes(entity.name) &&
          this.byToken(entity.name).filter((other) => other.name.split(/\s+/).length > 1).length === 0,
      );
      if (partial) {
        partial.name = name;
        partial.id = slugify(name);
        const known = knownPerson(name);
        if (known) {
          partial.country ??= known.country;
          for (const word of known.functions) partial.descriptors.add(word);
        }
        return this.enrich(partial, phrase, at);
      }
    }
    // "Serena said" in an article about "the Williams sisters": the first name of one of them.
    const fullName = tokens.length === 1 && this.family && name !== this.family && !knownPerson(name) ? `${name} ${this.family}` : name;
    const known = knownPerson(fullName);
    return this.add(
      {
        id: slugify(fullName),
        name: fullName,
        type: 'person',
        role: phrase.role,
        affiliation: phrase.affiliation,
        country: phrase.country ?? known?.country ?? null,
        vague: false,
        gender: phrase.gender,
      },
      at,
      [...descriptorsOf(phrase), ...(known?.functions ?? [])],
    );
  }

  /** The entity with a mention closest before `at` (or the first after it, failing that). */
  mostRecent(candidates: readonly Entity[], at: number): Entity | undefined {
    let best: Entity | undefined;
    let bestAt = -Infinity;
    for (const entity of candidates) {
      const last = entity.mentions.filter((mention) => mention <= at).at(-1);
      if (last !== undefined && last > bestAt) {
        best = entity;
        bestAt = last;
      }
    }
    if (best) return best;
    // Named only later (the phrase starts before the name it holds: "President Xi …").
    let firstAt = Infinity;
    for (const entity of candidates) {
      const first = entity.mentions[0];
      if (first !== undefined && first < firstAt) {
        best = entity;
        firstAt = first;
      }
    }
    return best;
  }

  /** The last mention of any entity other than `entity` that shares a name token with it, before `at`. */
  rivalsMentionedSince(entity: Entity, since: number, at: number): Entity[] {
    const tokens = entity.name.split(/\s+/);
    return this.entities.filter(
      (other) => other !== entity && other.type === 'person' && other.name.split(/\s+/).some((token) => tokens.includes(token)) &&
        other.mentions.some((mention) => mention > since && mention <= at),
    );
  }

  /** A group, institution, document or outlet, keyed by its normalised phrase. */
  collective(phrase: SpeakerPhrase, type: SpeakerType, name: string, at: number): Entity {
    const id = slugify(name);
    const existing = this.entities.find((entity) => entity.id === id && entity.type === type);
    if (existing) return this.enrich(existing, phrase, at);
    return this.add(
      { id, name, type, role: type === 'group' ? null : phrase.role, affiliation: phrase.affiliation, country: phrase.country, vague: false, gender: null },
      at,
      descriptorsOf(phrase),
    );
  }

  /** A speaker the text leaves unnamed or that could not be tied to one entity with confidence. */
  vague(phrase: SpeakerPhrase, at: number, type: SpeakerType = 'unknown'): Entity {
    const name = phrase.core.replace(/^(?:a|an|the|one)\s+/i, '').trim() || phrase.core;
    const display = phrase.kind === 'pronoun' ? `Unidentified speaker (“${phrase.core.toLowerCase()}”)` : phrase.anonymous ? `${name} (anonymous)` : name;
    return this.add(
      {
        id: `unnamed-${slugify(name)}`,
        name: display.charAt(0).toUpperCase() + display.slice(1),
        type,
        role: phrase.role,
        affiliation: phrase.affiliation,
        country: phrase.country,
        vague: true,
        gender: phrase.gender,
      },
      at,
      descriptorsOf(phrase),
    );
  }

  toSpeakers(used: ReadonlySet<Entity>): Speaker[] {
    return this.entities
      .filter((entity) => used.has(entity))
      .map((entity) => ({
        id: entity.id,
        name: entity.name,
        type: entity.type,
        role: entity.role,
        affiliation: entity.affiliation,
        country: entity.country,
        vague: entity.vague,
      }));
  }
}
