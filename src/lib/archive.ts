/** Articles grouped by the year they were published, for the archive pages. */
import type { ArticleEntry } from './articles.ts';

/** The years articles were published in, newest first, with how many each has. */
export function archiveYears(articles: readonly ArticleEntry[]): Array<{ year: string; count: number }> {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.data.published.slice(0, 4), (counts.get(a.data.published.slice(0, 4)) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year.localeCompare(a.year));
}

/** The articles of one year, newest first. */
export function articlesOfYear(articles: readonly ArticleEntry[], year: string): ArticleEntry[] {
  return articles
    .filter((a) => a.data.published.startsWith(year))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.slug.localeCompare(b.data.slug));
}
