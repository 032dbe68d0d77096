/**
 * Lanes: horizontal bands the marks sit in. By country (China, Russia, then everyone else) or by
 * speaker; events always have their own track above the statements.
 */
import type { TimelineStatement } from './data.ts';

export type LaneMode = 'country' | 'speaker';

export interface Lane {
  key: string;
  label: string;
}

export const EVENTS_LANE: Lane = { key: 'events', label: 'Events' };

/** The two countries the corpus is about get their own lanes; the rest share one. */
const COUNTRY_LANES: Lane[] = [
  { key: 'CN', label: 'China' },
  { key: 'RU', label: 'Russia' },
  { key: 'other', label: 'Others' },
];

/** The lane key a statement belongs to. */
export function laneKey(statement: Pick<TimelineStatement, 'country' | 'speaker'>, mode: LaneMode): string {
  if (mode === 'speaker') return statement.speaker;
  return statement.country === 'CN' || statement.country === 'RU' ? statement.country : 'other';
}

/**
 * The statement lanes for a set of statements. By country: always China, Russia, Others, so the
 * chart keeps its shape under filters. By speaker: speakers grouped by country in the same order,
 * the most quoted first within a country, then by name.
 */
export function assignLanes(statements: readonly Pick<TimelineStatement, 'country' | 'speaker' | 'speakerName'>[], mode: LaneMode): Lane[] {
  if (mode === 'country') return COUNTRY_LANES.map((lane) => ({ ...lane }));
  const bySpeaker = new Map<string, { name: string; group: number; count: number }>();
  for (const s of statements) {
    const entry = bySpeaker.get(s.speaker) ?? { name: s.speakerName, group: countryOrder(s.country), count: 0 };
    entry.count++;
    bySpeaker.set(s.speaker, entry);
  }
  return [...bySpeaker]
    .sort(([, a], [, b]) => a.group - b.group || b.count - a.count || a.name.localeCompare(b.name))
    .map(([key, entry]) => ({ key, label: entry.name }));
}

function countryOrder(country: string | null): number {
  return country === 'CN' ? 0 : country === 'RU' ? 1 : 2;
}
