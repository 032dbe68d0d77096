import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import type { ClaimCategory } from '../types.ts';

/** Where the taxonomy lives; the site and tests may read another file. */
export const TAXONOMY_FILE = join(import.meta.dirname, '..', '..', '..', 'content', 'taxonomy.yml');

export const CLAIM_CATEGORIES: readonly ClaimCategory[] = ['commitment', 'assessment', 'accusation', 'position', 'report'];

export interface Topic {
  id: string;
  label: string;
  terms: string[];
}

export interface ClaimTypeRule {
  id: ClaimCategory;
  label: string;
  cues: string[];
  terms: string[];
}

export interface TalkingPointPhrase {
  id: string;
  label: string;
  match: string[];
}

export interface Taxonomy {
  topics: Topic[];
  claimTypes: ClaimTypeRule[];
  defaults: { statement: ClaimCategory; outlet: ClaimCategory };
  talkingPoints: { phrases: TalkingPointPhrase[]; ignore: string[] };
}

export class TaxonomyFileError extends Error {}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function strings(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !item.trim())) throw new TaxonomyFileError(`${where} must be a list of words`);
  return value as string[];
}

function category(value: unknown, where: string): ClaimCategory {
  if (!CLAIM_CATEGORIES.includes(value as ClaimCategory)) throw new TaxonomyFileError(`${where} must be one of ${CLAIM_CATEGORIES.join(', ')}`);
  return value as ClaimCategory;
}

/** Reads and checks a taxonomy; every problem names where it is. */
export function parseTaxonomy(source: string, file = 'taxonomy.yml'): Taxonomy {
  let data: Record<string, unknown>;
  try {
    data = (yaml.load(source) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new TaxonomyFileError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const ids = new Set<string>();
  const topics = ((data.topics ?? []) as Record<string, unknown>[]).map((raw, index) => {
    const where = `${file}: topics[${index}]`;
    const id = String(raw?.id ?? '');
    if (!SLUG.test(id)) throw new TaxonomyFileError(`${where}: "id" must be a lowercase slug`);
    if (ids.has(id)) throw new TaxonomyFileError(`${where}: the topic "${id}" is listed twice`);
    ids.add(id);
    const terms = strings(raw.terms, `${where}: "terms"`);
    if (!terms.length) throw new TaxonomyFileError(`${where} (${id}): needs at least one term`);
    return { id, label: String(raw.label ?? id), terms };
  });
  const claimTypes = ((data.claimTypes ?? []) as Record<string, unknown>[]).map((raw, index) => {
    const where = `${file}: claimTypes[${index}]`;
    return { id: category(raw?.id, `${where}: "id"`), label: String(raw.label ?? raw.id), cues: strings(raw.cues, `${where}: "cues"`), terms: strings(raw.terms, `${where}: "terms"`) };
  });
  const defaults = (data.defaults ?? {}) as Record<string, unknown>;
  const points = (data.talkingPoints ?? {}) as Record<string, unknown>;
  const phrases = ((points.phrases ?? []) as Record<string, unknown>[]).map((raw, index) => {
    const where = `${file}: talkingPoints.phrases[${index}]`;
    const id = String(raw?.id ?? '');
    if (!SLUG.test(id)) throw new TaxonomyFileError(`${where}: "id" must be a lowercase slug`);
    const match = strings(raw.match, `${where}: "match"`);
    if (!match.length) throw new TaxonomyFileError(`${where} (${id}): needs at least one pattern in "match"`);
    return { id, label: String(raw.label ?? id), match };
  });
  return {
    topics,
    claimTypes,
    defaults: { statement: category(defaults.statement ?? 'position', `${file}: defaults.statement`), outlet: category(defaults.outlet ?? 'report', `${file}: defaults.outlet`) },
    talkingPoints: { phrases, ignore: strings(points.ignore, `${file}: talkingPoints.ignore`).map((phrase) => phrase.toLowerCase()) },
  };
}

const cache = new Map<string, Taxonomy>();

/** The taxonomy in `file` (read once per process). */
export function loadTaxonomy(file: string = TAXONOMY_FILE): Taxonomy {
  let taxonomy = cache.get(file);
  if (!taxonomy) {
    taxonomy = parseTaxonomy(readFileSync(file, 'utf8'), file);
    cache.set(file, taxonomy);
  }
  return taxonomy;
}
