import { linkSpeakers } from '../annotate/08-registry/link-speakers.ts';
import { loadSpeakerRegistry, rolesOn, type SpeakerRegistry } from '../annotate/08-registry/speaker-registry.ts';
import { labelTopics } from '../annotate/09-topics/label-topics.ts';
import { loadTaxonomy, type Taxonomy } from '../annotate/09-topics/taxonomy.ts';
import { stableIds } from '../annotate/stable-ids.ts';
import type { AnnotationResult, Claim, CorrectionsRecord, Speaker, Statement, StatementDate, StatementSpeaker } from '../annotate/types.ts';
import type { Correction, CorrectionsFile, CorrectionTarget } from './corrections-file.ts';

export interface AppliedCorrections {
  result: AnnotationResult;
  record: CorrectionsRecord;
}

/** Thrown inside one correction: it no longer fits the text, and is reported instead of applied. */
class Stale extends Error {}

function precisionOf(value: string): StatementDate['precision'] {
  if (/W/.test(value)) return 'week';
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

function editedDate(value: string | null, text: string | undefined): StatementDate | null {
  return value === null ? null : { value, precision: precisionOf(value), text: text ?? '', source: 'explicit' };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Start offsets of every occurrence of `words` in `body`. */
function occurrences(body: string, words: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(words); at !== -1; at = body.indexOf(words, at + 1)) found.push(at);
  return found;
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 50 ? `${line.slice(0, 47)}…` : line;
}

/**
 * Applies an editor's corrections to the machine's annotation of one article. Each correction that no
 * longer fits the text (its statement is gone, its words moved, its speaker is unknown) is left out and
 * listed in the record's `stale`, never dropped silently. Statements an editor touched carry
 * `corrected`. Topics and claim types are worked out again for the corrected words.
 */
export function applyCorrections(
  body: string,
  machine: AnnotationResult,
  file: CorrectionsFile,
  registry: SpeakerRegistry = loadSpeakerRegistry(),
  taxonomy: Taxonomy = loadTaxonomy(),
): AppliedCorrections {
  let statements: Statement[] = machine.statements.map((statement) => ({ ...statement }));
  let claims: Claim[] = machine.claims.map((claim) => ({ ...claim }));
  const speakers: Speaker[] = machine.speakers.map((speaker) => ({ ...speaker }));
  const outlet = speakers.find((speaker) => speaker.type === 'outlet');
  const stale: CorrectionsRecord['stale'] = [];
  let applied = 0;

  const paragraphAt = (offset: number) => Math.max(0, machine.paragraphs.findIndex((p) => p.start <= offset && offset < p.end));

  const speakerFor = (id: string, date: StatementDate | null): StatementSpeaker => {
    const known = speakers.find((speaker) => speaker.id === id);
    if (known) return { id: known.id, name: known.name, role: known.role, country: known.country, type: known.type, affiliation: known.affiliation, vague: known.vague, ...(known.registryId && { registryId: known.registryId }) };
    const entry = registry.byId.get(id);
    if (!entry) throw new Stale(`the speaker "${id}" is neither in content/speakers.yml nor among the article's speakers`);
    const roles = date ? rolesOn(entry, date.value.replace(/-W\d+$/, '')) : [];
    const role = (roles.at(-1) ?? entry.roles.at(-1))?.title ?? null;
    const speaker: Speaker = { id: entry.id, name: entry.name, type: entry.type, role, affiliation: entry.affiliation, country: entry.country, vague: false, registryId: entry.id };
    speakers.push(speaker);
    return { ...speaker };
  };

  const find = (target: CorrectionTarget): Statement => {
    if (target.statement) {
      const statement = statements.find((s) => s.id === target.statement);
      if (!statement) throw new Stale(`no statement ${target.statement} any more (its words or the text changed)`);
      if (target.quote && !statement.text.includes(target.quote)) throw new Stale(`statement ${target.statement} no longer contains “${short(target.quote)}”`);
      return statement;
    }
    const found = statements.filter((s) => s.text.includes(target.quote!));
    if (found.length !== 1) throw new Stale(`${found.length ? `${found.length} statements contain` : 'no statement contains'} “${short(target.quote!)}”`);
    return found[0];
  };

  const clash = (span: { start: number; end: number }, except: string | null) => {
    const other = statements.find((s) => s.id !== except && overlaps(s, span));
    if (other) throw new Stale(`the words would overlap statement ${other.id} (“${short(other.text)}”)`);
  };

  const mark = (statement: Statement, changes: string[], note: string): Statement => ({
    ...statement,
    corrected: {
      changes: [...new Set([...(statement.corrected?.changes ?? []), ...changes])],
      note: statement.corrected ? `${statement.corrected.note} ${note}` : note,
    },
  });

  const apply = (correction: Correction) => {
    if (correction.action === 'add') {
      const { add } = correction;
      const at = occurrences(body, add.text);
      if (!at.length) throw new Stale(`the words “${short(add.text)}” are not in the text`);
      if (at.length > 1 && add.occurrence === undefined) throw new Stale(`the words “${short(add.text)}” occur ${at.length} times; say which with "occurrence"`);
      const start = at[(add.occurrence ?? 1) - 1];
      if (start === undefined) throw new Stale(`the words “${short(add.text)}” occur only ${at.length} times`);
      const span = { start, end: start + add.text.length };
      clash(span, null);
      const date = add.date ? editedDate(add.date, add.dateText) : null;
      // The id the annotator would give the same words, so the page keeps its address if it learns to find them.
      const id = stableIds('s', [add.text])[0];
      if (statements.some((s) => s.id === id)) throw new Stale(`statement ${id} already has these words`);
      const statement: Statement = {
        id,
        speaker: speakerFor(add.speaker, date),
        kind: add.kind,
        text: add.text,
        ...span,
        cue: add.cue ?? '',
        date,
        speakerMention: null,
        via: null,
        paragraph: paragraphAt(start),
        rule: 'added by an editor',
      };
      statements.push(mark(statement, ['added'], correction.note));
      // The sentence is now the speaker's words, no longer the outlet's own.
      claims = claims.filter((claim) => claim.attributed || !overlaps(claim, span));
      claims.push({ id: stableIds('c', [add.text])[0], text: add.text, ...span, speaker: statement.speaker.id, attributed: true, statement: id });
      return;
    }
    const statement = find(correction);
    if (correction.action === 'drop') {
      statements = statements.filter((s) => s !== statement);
      // The words stay in the article; with no speaker they are the outlet's.
      claims = claims.flatMap((claim) => (claim.statement !== statement.id ? [claim] : outlet ? [{ ...claim, speaker: outlet.id, attributed: false, statement: null }] : []));
      return;
    }
    const { set } = correction;
    let next: Statement = { ...statement };
    if (set.span !== undefined) {
      const at = occurrences(body, set.span);
      const start = at.find((offset) => overlaps({ start: offset, end: offset + set.span!.length }, statement)) ?? (at.length === 1 ? at[0] : undefined);
      if (start === undefined) throw new Stale(at.length ? `the words “${short(set.span)}” occur ${at.length} times, none of them over the statement` : `the words “${short(set.span)}” are not in the text`);
      next = { ...next, text: set.span, start, end: start + set.span.length, paragraph: paragraphAt(start) };
      clash(next, statement.id);
    }
    if ('date' in set) next = { ...next, date: editedDate(set.date ?? null, set.dateText) };
    if (set.kind) next = { ...next, kind: set.kind };
    if (set.speaker) next = { ...next, speaker: speakerFor(set.speaker, next.date), speakerMention: null };
    const changes = (['speaker', 'date', 'kind', 'span'] as const).filter((key) => key in set);
    statements = statements.map((s) => (s === statement ? mark(next, changes, correction.note) : s));
    claims = claims.map((claim) => (claim.statement === statement.id ? { ...claim, text: next.text, start: next.start, end: next.end, speaker: next.speaker.id } : claim));
  };

  file.corrections.forEach((correction, index) => {
    try {
      apply(correction);
      applied++;
    } catch (error) {
      if (!(error instanceof Stale)) throw error;
      stale.push({ index, note: correction.note, problem: error.message });
    }
  });

  statements.sort((a, b) => a.start - b.start || a.end - b.end);
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  const used = new Set([...statements.map((s) => s.speaker.id), ...claims.map((c) => c.speaker)]);
  const corrected: AnnotationResult = { ...machine, statements, claims, speakers: speakers.filter((speaker) => used.has(speaker.id)) };
  // An editor's speaker id may be an alias of a canonical one; the labels follow the corrected words.
  const relabelled = labelTopics(body, linkSpeakers(body, corrected, registry), taxonomy);
  const record: CorrectionsRecord = { hash: file.hash, applied, stale };
  return { result: { ...relabelled, corrections: record }, record };
}
