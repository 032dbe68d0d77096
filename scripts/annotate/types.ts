/**
 * The data contract of the annotation pipeline.
 *
 * Everything downstream (the CLI's JSON, the front matter of `content/articles/*.md`, the site, the
 * timeline, the evaluation) reads these shapes. Offsets are JavaScript string offsets (UTF-16 code
 * units) into the article body: the source file's text after its front matter.
 */

/** What kind of thing a speaker is. */
export type SpeakerType = 'person' | 'group' | 'institution' | 'document' | 'outlet' | 'unknown';

export interface Speaker {
  /** Stable slug, e.g. `wang-wenbin`, `chinese-analysts`, `foreign-ministry-readout`. */
  id: string;
  /** Full name as the article gives it (`Wang Wenbin`), or the descriptive phrase for groups. */
  name: string;
  type: SpeakerType;
  /** Title or function, e.g. `Chinese Foreign Ministry spokesperson`. */
  role: string | null;
  /** Organisation, e.g. `Center for Russian Studies of East China Normal University`. */
  affiliation: string | null;
  /** ISO 3166-1 alpha-2 code when the text gives it (`CN`, `RU`). */
  country: string | null;
  /**
   * True when the pipeline could not tie the statement to a named entity with confidence
   * ("a Beijing-based foreign affairs expert, who requested anonymity", or an ambiguous "he").
   */
  vague: boolean;
  /** The canonical speaker of `content/speakers.yml` this one was linked to, when it was. */
  registryId?: string;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface StatementDate {
  /** ISO date: `2022-10-28` (day), `2022-W43` (week), `2022-10` (month), `2022` (year). */
  value: string;
  precision: DatePrecision;
  /** The words the date came from, e.g. `at Friday's media briefing`; for a date inherited from
   * earlier in the passage, those earlier words. */
  text: string;
  /** How the date was found: in the statement's own sentence, carried from the passage, or the
   * publication date used as a fallback ("publication"). */
  source: 'explicit' | 'carried' | 'publication';
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

/** The speaker as printed with a statement (the CLI contract's shape). */
export interface StatementSpeaker {
  id: string;
  name: string;
  role: string | null;
  country: string | null;
  type: SpeakerType;
  affiliation: string | null;
  vague: boolean;
  /** The canonical speaker of `content/speakers.yml` this one was linked to, when it was. */
  registryId?: string;
}

/** A topic of `content/taxonomy.yml` and the rule that gave it ("the words contain “multipolar”"). */
export interface TopicLabel {
  id: string;
  reason: string;
}

/** What a statement or claim does: commits, assesses, accuses, states a position or reports an event. */
export type ClaimCategory = 'commitment' | 'assessment' | 'accusation' | 'position' | 'report';

export interface ClaimTypeLabel {
  value: ClaimCategory;
  /** The rule that gave it, e.g. `the words contain “willing to”`. */
  reason: string;
}

/** What an editor changed (`content/corrections/<slug>.yml`); set by the build, never by `annotate`. */
export interface CorrectionMark {
  /** The fields changed (`speaker`, `date`, `kind`, `span`), or `added` for a statement the machine missed. */
  changes: string[];
  note: string;
}

export interface Statement {
  /** Stable id (`s-` + hash of the normalised words), kept when unrelated text changes. */
  id: string;
  speaker: StatementSpeaker;
  kind: StatementKind;
  /** `body.slice(start, end)`. Direct: the quoted words without the marks; otherwise the reported clause. */
  text: string;
  start: number;
  end: number;
  /** The cue word(s): `said`, `told`, `according to`, `quoted … as saying`. */
  cue: string;
  date: StatementDate | null;
  /** Where the speaker was named in the text, when it was (offsets into the body). */
  speakerMention: { start: number; end: number; text: string } | null;
  /** The medium the words came through ("TASS reported", "the report quoted"), if any. */
  via: string | null;
  /** Index of the paragraph (see `Paragraph`) holding `start`. */
  paragraph: number;
  /** The rule that found the statement or carried its speaker to it ("subject-first", "trailing",
   * "quote-continues-speaker", …) and how the speaker was resolved ("surname", "pronoun", …). */
  rule: string;
  topics?: TopicLabel[];
  claimType?: ClaimTypeLabel;
  corrected?: CorrectionMark;
}

export type ClaimType = 'attributed' | 'unattributed';

export interface Claim {
  id: string;
  /** `body.slice(start, end)`: one asserted proposition, normally a sentence or a reported clause. */
  text: string;
  start: number;
  end: number;
  /** Speaker id, or the outlet's id when the article itself asserts it. */
  speaker: string;
  attributed: boolean;
  /** The statement this claim is the content of, when it is one. */
  statement: string | null;
  topics?: TopicLabel[];
  claimType?: ClaimTypeLabel;
}

export type ParagraphType = 'headline' | 'body' | 'credit' | 'related' | 'subheading' | 'dateline' | 'byline' | 'repeat';

export interface Paragraph {
  type: ParagraphType;
  start: number;
  end: number;
}

/** A dateline opening the first body paragraph of wire copy: "MOSCOW, Oct. 23 (Xinhua) --". */
export interface Dateline {
  start: number;
  end: number;
  text: string;
  /** The day it gives, which anchors "on Tuesday" in the copy; null when it gives none. */
  value: string | null;
}

export type EventKind = 'meeting' | 'call' | 'summit' | 'visit' | 'congress' | 'briefing' | 'signing' | 'other';

/** When an event took or takes place, as the text gives it. */
export interface EventDate {
  /** ISO date at its precision, as for statements: `2022-10-27`, `2022-W37`, `2022-10`, `2022`. */
  value: string;
  precision: DatePrecision;
  /** The words the date came from ("this week", "on Thursday"). */
  text: string;
}

/** A diplomatic occasion the article reports: a meeting, call, summit, visit, congress, briefing or signing. */
export interface Event {
  /** Stable id (`e-` + hash of the naming words). */
  id: string;
  kind: EventKind;
  /** `body.slice(start, end)`: the words naming the event at its first, fullest mention. */
  text: string;
  start: number;
  end: number;
  /** Full names of the people taking part, as the article names them. */
  participants: string[];
  /** Where it takes place, when the text says ("Uzbekistan"). */
  place: string | null;
  /** Null when the text gives no date for it. */
  date: EventDate | null;
  /** Scheduled when the text reports it as still to come ("are scheduled to meet"). */
  status: 'past' | 'scheduled';
}

export interface AnnotationResult {
  paragraphs: Paragraph[];
  /** The whitespace around paragraphs: gaps[0] + p0 + gaps[1] + … + gaps[n] is the body. */
  gaps: string[];
  dateline: Dateline | null;
  speakers: Speaker[];
  statements: Statement[];
  claims: Claim[];
  /** Diplomatic events the article reports, one per occasion, in text order. */
  events: Event[];
  /** Ids of the registry's speakers the body names, quoted or not, in registry order (stage 8). */
  mentions?: string[];
  /** The editor's corrections applied to this result (by the build only). */
  corrections?: CorrectionsRecord;
}

/** Which corrections file was applied, and those of its entries that no longer match the text. */
export interface CorrectionsRecord {
  /** SHA-256 of the corrections file, so that editing it rebuilds the article. */
  hash: string;
  applied: number;
  stale: { index: number; note: string; problem: string }[];
}

/** Publication facts of a source, from its front matter. */
export interface SourceFacts {
  title: string;
  outlet: string;
  url: string;
  /** YYYY-MM-DD */
  published: string;
  language: string;
}
