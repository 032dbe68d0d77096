/**
 * The analysis layer of the site: canonical speakers (content/speakers.yml), topic and claim-type
 * labels (content/taxonomy.yml) and talking points across every article.
 */
import { resolve } from 'node:path';
import { loadSpeakerRegistry, type RegistryEntry } from '../../scripts/annotate/08-registry/speaker-registry.ts';
import { loadTaxonomy } from '../../scripts/annotate/09-topics/taxonomy.ts';
import { findTalkingPoints, type TalkingPoint } from '../../scripts/annotate/10-talking-points/find-talking-points.ts';
import { loadSiteData, type SiteData, type StatementRecord } from './site-data.ts';

export type { TalkingPoint } from '../../scripts/annotate/10-talking-points/find-talking-points.ts';
export type { RegistryEntry } from '../../scripts/annotate/08-registry/speaker-registry.ts';

// Read from the project root: the bundled page code no longer sits beside the scripts.
const registry = () => loadSpeakerRegistry(resolve('content/speakers.yml'));
const taxonomy = () => loadTaxonomy(resolve('content/taxonomy.yml'));

export function registryEntry(id: string | undefined): RegistryEntry | undefined {
  return id ? registry().byId.get(id) : undefined;
}

/** The name a speaker goes by across the site: the registry's, else the article's. */
export function canonicalName(speaker: { name: string; registryId?: string }): string {
  return registryEntry(speaker.registryId)?.name ?? speaker.name;
}

export function topicLabel(id: string): string {
  return taxonomy().topics.find((topic) => topic.id === id)?.label ?? id;
}

const CLAIM_TYPE_WORDS: Record<string, string> = { commitment: 'Commitment', assessment: 'Assessment', accusation: 'Accusation', position: 'Position', report: 'Report of an event' };

export function claimTypeLabel(value: string): string {
  return taxonomy().claimTypes.find((rule) => rule.id === value)?.label ?? CLAIM_TYPE_WORDS[value] ?? value;
}

/** Reader-facing words for what an editor changed. */
export function correctionLabel(changes: readonly string[]): string {
  if (changes.includes('added')) return 'added by an editor (the annotator missed it)';
  return `${changes.join(', ')} corrected by an editor`;
}

let points: Promise<TalkingPoint[]> | undefined;

/** Talking points across every article's statements, each use in date order. */
export function loadTalkingPoints(): Promise<TalkingPoint[]> {
  points ??= loadSiteData().then((data) => {
    const sources = data.statements.map((s: StatementRecord) => ({
      statement: s.id,
      speaker: s.speaker.id,
      speakerName: data.speakerById.get(s.speaker.id) ? canonicalName(data.speakerById.get(s.speaker.id)!) : s.speaker.name,
      article: s.article,
      day: s.sortDate,
      number: s.number,
      text: s.text,
    }));
    return findTalkingPoints(sources, taxonomy().talkingPoints);
  });
  return points;
}

let pointsByStatement: Promise<Map<string, { point: TalkingPoint; index: number }[]>> | undefined;

/**
 * The talking points a statement uses, each with the statement's place among the uses (as
 * `talkingPointsOf` gives them), looked up in an index built once per build rather than by scanning
 * every use of every talking point on every statement page.
 */
export async function talkingPointsOfStatement(id: string): Promise<{ point: TalkingPoint; index: number }[]> {
  pointsByStatement ??= loadTalkingPoints().then((all) => {
    const index = new Map<string, { point: TalkingPoint; index: number }[]>();
    for (const point of all) {
      point.uses.forEach((use, i) => {
        const found = index.get(use.statement);
        // `talkingPointsOf` takes a statement's first use of a point.
        if (found?.at(-1)?.point === point) return;
        if (found) found.push({ point, index: i });
        else index.set(use.statement, [{ point, index: i }]);
      });
    }
    return index;
  });
  return (await pointsByStatement).get(id) ?? [];
}

let mentions: Map<string, string[]> | undefined;

/** For each canonical speaker, the slugs of the articles that name them. */
export function articlesNaming(data: SiteData): Map<string, string[]> {
  if (!mentions) {
    mentions = new Map();
    for (const entry of data.articles) {
      for (const id of entry.data.mentions) {
        const slugs = mentions.get(id);
        if (slugs) slugs.push(entry.data.slug);
        else mentions.set(id, [entry.data.slug]);
      }
    }
  }
  return mentions;
}
