/** The front page's "Latest statements". */

interface Dated {
  date?: { value: string } | null;
}

/**
 * The first `count` statements whose day is known, from a list already sorted newest first. An
 * undated statement sorts by its article's publication day, which would put it ahead of what was
 * actually said last, so it is left out here (it still appears on its article and speaker pages).
 */
export function latestDated<T extends Dated>(newestFirst: readonly T[], count: number): T[] {
  const latest: T[] = [];
  for (const statement of newestFirst) {
    if (latest.length === count) break;
    if (statement.date) latest.push(statement);
  }
  return latest;
}
