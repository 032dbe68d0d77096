/**
 * The timeline's data: every statement and event with its time span, lane keys and the words the
 * tooltip and the table print. Built once at build time; the tables are rendered from it, and the
 * browser gets it packed (`compact.ts`: the marks whole, the words by period), so the chart and the
 * no-JavaScript table always show the same things.
 */
import { dateSpan, type Precision } from './date-span.ts';

export type EventKind = 'meeting' | 'call' | 'summit' | 'visit' | 'congress' | 'briefing' | 'signing' | 'other';

export interface TimelineDate {
  value: string;
  precision: Precision;
  /** Reader-facing: `27 Oct 2022`, `week of 24 Oct 2022`, `October 2022`. */
  label: string;
}

export interface TimelineStatement {
  id: string;
  text: string;
  speaker: string;
  speakerName: string;
  /** ISO code, or null when unknown. */
  country: string | null;
  kind: 'direct' | 'indirect' | 'mixed';
  outlet: string;
  article: string;
  url: string;
  date: TimelineDate | null;
  /** Span in ms (UTC); null when undated. */
  start: number | null;
  end: number | null;
}

export interface TimelineEvent {
  id: string;
  kind: EventKind;
  text: string;
  participants: string[];
  place: string | null;
  status: 'past' | 'scheduled';
  outlet: string;
  article: string;
  /** The article page: events have no page of their own. */
  url: string;
  date: TimelineDate | null;
  start: number | null;
  end: number | null;
}

export interface TimelineData {
  statements: TimelineStatement[];
  events: TimelineEvent[];
}

/** Earliest first; undated last; ties by id so the order never depends on input order. */
export function byTime<T extends { start: number | null; end: number | null; id: string }>(a: T, b: T): number {
  if (a.start === null || b.start === null) return (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0) || a.id.localeCompare(b.id);
  return a.start - b.start || a.end! - b.end! || a.id.localeCompare(b.id);
}

/** Span fields for a date, or nulls. */
export function spanFields(date: { value: string; precision: Precision } | null): { start: number | null; end: number | null } {
  if (!date) return { start: null, end: null };
  return dateSpan(date.value, date.precision);
}

/** Only the dated ones: what the chart can place. */
export function dated<T extends { start: number | null }>(items: readonly T[]): Array<T & { start: number; end: number }> {
  return items.filter((item) => item.start !== null) as Array<T & { start: number; end: number }>;
}

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  meeting: 'Meeting',
  call: 'Phone call',
  summit: 'Summit',
  visit: 'Visit',
  congress: 'Congress',
  briefing: 'Briefing',
  signing: 'Signing',
  other: 'Other event',
};
