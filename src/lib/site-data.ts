/**
 * Everything the pages list, derived once from the annotated articles: statements with their
 * article, speakers merged across articles by id, and the headline counts.
 */
import type { Statement } from '../schemas/statement.ts';
import { readArticles, type ArticleEntry } from './articles.ts';
import type { Speaker } from '../schemas/speaker.ts';
import { sortableDay, yearOf } from './dates.ts';
import { articlePath, speakerPath, statementPath } from './paths.ts';

export type { ArticleEntry } from './articles.ts';

/** A statement together with the article it appears in. */
export interface StatementRecord extends Statement {
  /** Slug of the article. */
  article: string;
  /** Site path of the statement page. */
  url: string;
  /** The article's title, outlet, publication date and original address. */
  source: { title: string; outlet: string; published: string; url: string };
  /** First day the statement's date can mean (or the publication date), for sorting. */
  sortDate: string;
  /** Year it is filed under. */
  year: string;
  /** 1-based position in its article. */
  number: number;
}

/** A speaker merged across every article that quotes them. */
export interface SpeakerRecord extends Speaker {
  statements: StatementRecord[];
  /** Slugs of the articles they appear in. */
  articles: string[];
}

export { articlePath, speakerPath, statementPath };

/** Newest first, then by position, so lists read like a news feed. */
function byDateDesc(a: StatementRecord, b: StatementRecord): number {
  return b.sortDate.localeCompare(a.sortDate) || a.article.localeCompare(b.article) || a.number - b.number;
}

/** Oldest first: the order a speaker's record is read in. */
export function byDateAsc(a: StatementRecord, b: StatementRecord): number {
  return a.sortDate.localeCompare(b.sortDate) || a.article.localeCompare(b.article) || a.number - b.number;
}

/** Builds the statement records of one article. */
export function statementsOf(entry: ArticleEntry): StatementRecord[] {
  const a = entry.data;
  return a.statements.map((s, i) => ({
    ...s,
    article: a.slug,
    url: statementPath(s.id),
    source: { title: a.title, outlet: a.outlet, published: a.published, url: a.url },
    sortDate: sortableDay(s.date?.value ?? a.published),
    year: yearOf(s.date, a.published),
    number: i + 1,
  }));
}

/** Merges speaker entries, keeping the first non-empty value of each field. */
export function mergeSpeaker(into: Speaker, from: Speaker): Speaker {
  return {
    ...into,
    role: into.role ?? from.role,
    affiliation: into.affiliation ?? from.affiliation,
    country: into.country ?? from.country,
    // Named once with confidence is enough to treat the speaker as identified.
    vague: into.vague && from.vague,
  };
}

export interface SiteData {
  articles: ArticleEntry[];
  statements: StatementRecord[];
  speakers: SpeakerRecord[];
  statementById: Map<string, StatementRecord>;
  speakerById: Map<string, SpeakerRecord>;
  articleBySlug: Map<string, ArticleEntry>;
}

let cached: Promise<SiteData> | undefined;

/** Loads and indexes the articles (once per build). */
export function loadSiteData(): Promise<SiteData> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteData> {
  const articles = readArticles().sort(
    (a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title),
  );
  const articleBySlug = new Map<string, ArticleEntry>();
  for (const entry of articles) {
    const clash = articleBySlug.get(entry.data.slug);
    if (clash) throw new Error(`Two articles have the slug "${entry.data.slug}": ${clash.filePath} and ${entry.filePath}`);
    articleBySlug.set(entry.data.slug, entry);
  }

  const statements: StatementRecord[] = [];
  const statementById = new Map<string, StatementRecord>();
  const speakerMap = new Map<string, Speaker>();
  for (const entry of articles) {
    for (const s of entry.data.speakers) speakerMap.set(s.id, speakerMap.has(s.id) ? mergeSpeaker(speakerMap.get(s.id)!, s) : s);
    for (const s of statementsOf(entry)) {
      const clash = statementById.get(s.id);
      if (clash) throw new Error(`Statement id ${s.id} appears in both ${clash.article} and ${s.article}`);
      if (!speakerMap.has(s.speaker.id)) speakerMap.set(s.speaker.id, s.speaker);
      statements.push(s);
      statementById.set(s.id, s);
    }
  }
  statements.sort(byDateDesc);

  const statementsBySpeaker = new Map<string, StatementRecord[]>();
  for (const s of statements) {
    const own = statementsBySpeaker.get(s.speaker.id);
    if (own) own.push(s);
    else statementsBySpeaker.set(s.speaker.id, [s]);
  }
  const speakerById = new Map<string, SpeakerRecord>();
  for (const [id, sp] of speakerMap) {
    const own = (statementsBySpeaker.get(id) ?? []).sort(byDateAsc);
    speakerById.set(id, { ...sp, statements: own, articles: [...new Set(own.map((s) => s.article))] });
  }
  const speakers = [...speakerById.values()].sort((a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name));

  return { articles, statements, speakers, statementById, speakerById, articleBySlug };
}

/** The earliest and latest statement days, or null with no statements. */
export function dateSpan(statements: StatementRecord[]): { from: string; to: string } | null {
  if (!statements.length) return null;
  const days = statements.map((s) => s.sortDate).sort();
  return { from: days[0]!, to: days[days.length - 1]! };
}
