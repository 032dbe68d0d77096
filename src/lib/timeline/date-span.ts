/**
 * The stretch of time a date value covers. A day is a point on the timeline; a week, month or year
 * is a span, drawn so that it looks as uncertain as it is.
 */
export type Precision = 'day' | 'week' | 'month' | 'year';

export interface TimeSpan {
  /** First instant covered, in ms since the epoch (UTC midnight). */
  start: number;
  /** First instant after the span. */
  end: number;
}

const DAY = 86_400_000;

/** Monday of ISO week `week` of `year`, in ms (UTC). */
export function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY + (week - 1) * 7 * DAY;
}

/** The span a date value means: `2022-10-27` one day, `2022-W43` seven, `2022-10` a month, `2022` a year. */
export function dateSpan(value: string, precision: Precision): TimeSpan {
  switch (precision) {
    case 'day': {
      const start = Date.parse(`${value}T00:00:00Z`);
      return { start, end: start + DAY };
    }
    case 'week': {
      const [, year, week] = /^(\d{4})-W(\d{2})$/.exec(value) ?? [];
      const start = isoWeekMonday(Number(year), Number(week));
      return { start, end: start + 7 * DAY };
    }
    case 'month': {
      const [year, month] = value.split('-').map(Number);
      return { start: Date.UTC(year!, month! - 1, 1), end: Date.UTC(year!, month!, 1) };
    }
    case 'year': {
      const year = Number(value);
      return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
    }
  }
}

/** True when the date is exact to the day and so drawn as a point. */
export function isPoint(precision: Precision): boolean {
  return precision === 'day';
}

/** `YYYY-MM-DD` of an instant (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` day, or null when it is not one. */
export function parseDay(day: string | null | undefined): number | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

export { DAY };

/**
 * The earliest start and the latest end of some spans, or null when there are none. A loop, not
 * `Math.min(...spans)`: spreading a hundred thousand arguments overflows the call stack.
 */
export function spanExtent(spans: readonly TimeSpan[]): { start: number; end: number } | null {
  if (!spans.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}
