/**
 * What is wrong with a publication date, or null when it is a real calendar day written YYYY-MM-DD.
 * Dates like 2022-02-30 have the right shape but no such day, and are refused too.
 */
export function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a date written YYYY-MM-DD, in quotes';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `"${value}" is not a date in YYYY-MM-DD form`;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : `"${value}" is not a real date (there is no such day)`;
}

/**
 * What is odd about a publication date after today, or null. "Today" is the latest calendar day
 * anywhere on Earth (UTC+14), so an article published this morning in Asia is not in the future
 * for a build running in Europe.
 */
export function futureDateProblem(value: string, today: string = latestToday()): string | null {
  return value > today ? `"${value}" is in the future (today is ${today} at the latest); relative dates in the text are resolved against it` : null;
}

function latestToday(now: number = Date.now()): string {
  return new Date(now + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
