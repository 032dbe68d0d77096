/**
 * The statement downloads: the pipeline's statement fields plus `article` (slug) and `url` (the
 * statement page), as JSON and as RFC 4180 CSV.
 */
import type { StatementRecord } from './site-data.ts';

/** One statement as published in the downloads. */
export interface ExportedStatement {
  id: string;
  speaker: StatementRecord['speaker'];
  kind: StatementRecord['kind'];
  text: string;
  start: number;
  end: number;
  cue: string;
  date: StatementRecord['date'];
  speakerMention: StatementRecord['speakerMention'];
  via: string | null;
  paragraph: number;
  /** Topics of content/taxonomy.yml and claim type, each with the rule that gave it. */
  topics?: NonNullable<StatementRecord['topics']>;
  claimType?: StatementRecord['claimType'] | null;
  /** What an editor changed, when one did. */
  corrected?: StatementRecord['corrected'] | null;
  article: string;
  url: string;
}

export function toExported(s: StatementRecord, site?: URL): ExportedStatement {
  return {
    id: s.id,
    speaker: s.speaker,
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    cue: s.cue,
    date: s.date,
    speakerMention: s.speakerMention,
    via: s.via,
    paragraph: s.paragraph,
    topics: s.topics ?? [],
    claimType: s.claimType ?? null,
    corrected: s.corrected ?? null,
    article: s.article,
    url: site ? new URL(s.url, site).href : s.url,
  };
}

/** Column order of the CSV; nested fields are flattened with underscores. */
export const CSV_COLUMNS = [
  'id',
  'article',
  'url',
  'speaker_id',
  'speaker_name',
  'speaker_role',
  'speaker_country',
  'speaker_type',
  'speaker_affiliation',
  'speaker_vague',
  'kind',
  'text',
  'start',
  'end',
  'cue',
  'date_value',
  'date_precision',
  'date_text',
  'date_source',
  'speaker_mention_start',
  'speaker_mention_end',
  'speaker_mention_text',
  'via',
  'paragraph',
] as const;

/** Quotes a field when it holds a comma, quote, or line break; doubles inner quotes. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsvRow(s: ExportedStatement): string {
  const row: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
    id: s.id,
    article: s.article,
    url: s.url,
    speaker_id: s.speaker.id,
    speaker_name: s.speaker.name,
    speaker_role: s.speaker.role,
    speaker_country: s.speaker.country,
    speaker_type: s.speaker.type,
    speaker_affiliation: s.speaker.affiliation,
    speaker_vague: s.speaker.vague,
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    cue: s.cue,
    date_value: s.date?.value ?? null,
    date_precision: s.date?.precision ?? null,
    date_text: s.date?.text ?? null,
    date_source: s.date?.source ?? null,
    speaker_mention_start: s.speakerMention?.start ?? null,
    speaker_mention_end: s.speakerMention?.end ?? null,
    speaker_mention_text: s.speakerMention?.text ?? null,
    via: s.via,
    paragraph: s.paragraph,
  };
  return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
}

/** The whole CSV document, CRLF line ends as RFC 4180 asks. */
export function toCsv(statements: ExportedStatement[]): string {
  return [CSV_COLUMNS.join(','), ...statements.map(toCsvRow)].join('\r\n') + '\r\n';
}
