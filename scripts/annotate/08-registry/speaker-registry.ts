import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';

/** Where the canonical speakers live; the site and tests may read another file. */
export const SPEAKER_REGISTRY_FILE = join(import.meta.dirname, '..', '..', '..', 'content', 'speakers.yml');

export interface RegistryRole {
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from: string | null;
  /** Null when the role is current or its end is not recorded. */
  to: string | null;
}

export interface RegistryEntry {
  id: string;
  name: string;
  type: 'person' | 'institution';
  aliases: string[];
  roles: RegistryRole[];
  affiliation: string | null;
  country: string | null;
  wikidata: string | null;
}

export interface SpeakerRegistry {
  entries: RegistryEntry[];
  byId: Map<string, RegistryEntry>;
  /** Normalised alias (see `normaliseName`) to its entry. */
  byAlias: Map<string, RegistryEntry>;
}

export class RegistryFileError extends Error {}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A name as compared with aliases: accents, brackets ("President (Vladimir) Putin"), curly apostrophes,
 * case and spacing do not tell two spellings apart.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

/** Reads and checks a registry; every problem names the entry it is in. */
export function parseSpeakerRegistry(source: string, file = 'speakers.yml'): SpeakerRegistry {
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    throw new RegistryFileError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const list = (data as { speakers?: unknown } | null)?.speakers;
  if (!Array.isArray(list)) throw new RegistryFileError(`${file}: needs a "speakers" list`);
  const entries: RegistryEntry[] = [];
  const byId = new Map<string, RegistryEntry>();
  const byAlias = new Map<string, RegistryEntry>();
  list.forEach((raw: Record<string, unknown>, index) => {
    const where = `${file}: speakers[${index}]`;
    const id = text(raw?.id);
    if (!id || !SLUG.test(id)) throw new RegistryFileError(`${where}: "id" must be a lowercase slug`);
    if (byId.has(id)) throw new RegistryFileError(`${where}: the id "${id}" is used twice`);
    const name = text(raw.name);
    if (!name) throw new RegistryFileError(`${where} (${id}): "name" is missing`);
    const type = raw.type ?? 'person';
    if (type !== 'person' && type !== 'institution') throw new RegistryFileError(`${where} (${id}): "type" must be person or institution`);
    const roles = ((raw.roles ?? []) as Record<string, unknown>[]).map((role, r) => {
      const title = text(role?.title);
      if (!title) throw new RegistryFileError(`${where} (${id}): roles[${r}] needs a "title"`);
      const from = text(role.from);
      const to = text(role.to);
      for (const value of [from, to]) {
        if (value !== null && !PARTIAL_DATE.test(value)) throw new RegistryFileError(`${where} (${id}): roles[${r}] date "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      return { title, from, to };
    });
    const country = text(raw.country);
    if (country !== null && !/^[A-Z]{2}$/.test(country)) throw new RegistryFileError(`${where} (${id}): "country" must be a two-letter code`);
    const wikidata = text(raw.wikidata);
    if (wikidata !== null && !/^Q\d+$/.test(wikidata)) throw new RegistryFileError(`${where} (${id}): "wikidata" must look like Q7747`);
    const entry: RegistryEntry = {
      id,
      name,
      type,
      aliases: [...new Set([name, ...((raw.aliases ?? []) as unknown[]).map(String)])],
      roles,
      affiliation: text(raw.affiliation),
      country,
      wikidata,
    };
    for (const alias of entry.aliases) {
      const key = normaliseName(alias);
      const other = byAlias.get(key);
      if (other && other !== entry) throw new RegistryFileError(`${where} (${id}): the alias "${alias}" also belongs to ${other.id}; an alias must name one speaker`);
      byAlias.set(key, entry);
    }
    entries.push(entry);
    byId.set(id, entry);
  });
  return { entries, byId, byAlias };
}

const cache = new Map<string, SpeakerRegistry>();

/** The registry in `file` (read once per process). */
export function loadSpeakerRegistry(file: string = SPEAKER_REGISTRY_FILE): SpeakerRegistry {
  let registry = cache.get(file);
  if (!registry) {
    registry = parseSpeakerRegistry(readFileSync(file, 'utf8'), file);
    cache.set(file, registry);
  }
  return registry;
}

/** The roles an entry held on a day (YYYY-MM-DD or coarser), compared at the coarser precision. */
export function rolesOn(entry: RegistryEntry, day: string): RegistryRole[] {
  const held = (role: RegistryRole) => {
    const after = role.from === null || role.from.slice(0, day.length) <= day.slice(0, role.from.length);
    const before = role.to === null || day.slice(0, role.to.length) <= role.to.slice(0, day.length);
    return after && before;
  };
  return entry.roles.filter(held);
}
