/**
 * The view as a permalink: `?from=2022-10-01&to=2022-10-31&speaker=wang-wenbin&lanes=speaker`.
 * Filters take several values (`speaker=a&speaker=b`); an empty list means no filter.
 */
import { parseDay } from './date-span.ts';
import type { TimelineData, TimelineEvent, TimelineStatement } from './data.ts';
import type { LaneMode } from './lanes.ts';

export const FILTER_KEYS = ['speaker', 'country', 'kind', 'outlet'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ViewState {
  from: string | null;
  to: string | null;
  lanes: LaneMode;
  filters: Record<FilterKey, string[]>;
}

export function readState(params: URLSearchParams): ViewState {
  const day = (key: string) => (parseDay(params.get(key)) === null ? null : params.get(key));
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.getAll(key).filter(Boolean)])) as Record<FilterKey, string[]>;
  return { from: day('from'), to: day('to'), lanes: params.get('lanes') === 'speaker' ? 'speaker' : 'country', filters };
}

/** The query string for a state, in a fixed key order so equal views have equal addresses. */
export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.lanes === 'speaker') params.set('lanes', 'speaker');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Country filter values are ISO codes, with `other` for everything that is neither China nor Russia. */
export function countryKey(country: string | null): string {
  return country ?? 'unknown';
}

export function statementMatches(s: TimelineStatement, filters: ViewState['filters']): boolean {
  const is = (key: FilterKey, value: string) => filters[key].length === 0 || filters[key].includes(value);
  return is('speaker', s.speaker) && is('country', countryKey(s.country)) && is('kind', s.kind) && is('outlet', s.outlet);
}

/**
 * Events follow the outlet filter; a speaker filter keeps the events that speaker took part in; kind
 * and country are statement properties and leave events alone.
 */
export function eventMatches(e: TimelineEvent, filters: ViewState['filters'], speakerNames: ReadonlyMap<string, string>): boolean {
  if (filters.outlet.length && !filters.outlet.includes(e.outlet)) return false;
  if (filters.speaker.length && !filters.speaker.some((id) => e.participants.includes(speakerNames.get(id) ?? ''))) return false;
  return true;
}

export function applyFilters(data: TimelineData, filters: ViewState['filters']): TimelineData {
  const names = new Map(data.statements.map((s) => [s.speaker, s.speakerName]));
  return {
    statements: data.statements.filter((s) => statementMatches(s, filters)),
    events: data.events.filter((e) => eventMatches(e, filters, names)),
  };
}
