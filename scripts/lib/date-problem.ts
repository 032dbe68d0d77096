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
