import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import type { StatementKind } from '../annotate/types.ts';

/** Fields a correction may set on a statement; `null` as a date removes it. */
export interface CorrectionChanges {
  /** A canonical id of `content/speakers.yml`, or the id of a speaker the article already has. */
  speaker?: string;
  /** `2022-10-27`, `2022-W43`, `2022-10` or `2022`. */
  date?: string | null;
  /** The words the date comes from, when the text gives them. */
  dateText?: string;
  kind?: StatementKind;
  /** The statement's exact words in the text. */
  span?: string;
}

/** A statement the machine found, picked by id, by words it contains, or both (the words then guard the id). */
export interface CorrectionTarget {
  statement?: string;
  quote?: string;
}

export type Correction =
  | (CorrectionTarget & { action: 'change'; set: CorrectionChanges; note: string })
  | (CorrectionTarget & { action: 'drop'; note: string })
  | {
      action: 'add';
      add: { text: string; occurrence?: number; speaker: string; kind: StatementKind; date?: string | null; dateText?: string; cue?: string };
      note: string;
    };

export interface CorrectionsFile {
  path: string;
  /** SHA-256 of the file, recorded in the article so that an edit to it rebuilds the article. */
  hash: string;
  corrections: Correction[];
}

export class CorrectionsFileError extends Error {}

const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;
const SET_KEYS = new Set(['speaker', 'date', 'dateText', 'kind', 'span']);

function checkDate(value: unknown, where: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string' || !DATE.test(value)) throw new CorrectionsFileError(`${where}: date "${String(value)}" must be a quoted 2022-10-27, 2022-W43, 2022-10 or 2022`);
  return value;
}

function checkKind(value: unknown, where: string): StatementKind | undefined {
  if (value === undefined) return undefined;
  if (!KINDS.includes(value as StatementKind)) throw new CorrectionsFileError(`${where}: kind must be direct, indirect or mixed`);
  return value as StatementKind;
}

function optionalText(value: unknown, where: string, key: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim()) throw new CorrectionsFileError(`${where}: "${key}" must be text`);
  return value;
}

/** Reads and checks a corrections file; a problem names the entry and what is wrong with it. */
export function parseCorrections(source: string, path: string): CorrectionsFile {
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    throw new CorrectionsFileError(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  const list = (data as { corrections?: unknown } | null)?.corrections;
  if (!Array.isArray(list)) throw new CorrectionsFileError(`${path}: needs a "corrections" list`);
  const corrections = list.map((raw: Record<string, unknown>, index): Correction => {
    const where = `${path}: corrections[${index}]`;
    if (!raw || typeof raw !== 'object') throw new CorrectionsFileError(`${where}: must be a mapping`);
    const note = optionalText(raw.note, where, 'note');
    if (!note) throw new CorrectionsFileError(`${where}: every correction needs a "note" saying why`);
    if (raw.add !== undefined) {
      const add = raw.add as Record<string, unknown>;
      const text = optionalText(add?.text, where, 'add.text');
      const speaker = optionalText(add?.speaker, where, 'add.speaker');
      const kind = checkKind(add?.kind ?? 'indirect', where);
      if (!text || !speaker || !kind) throw new CorrectionsFileError(`${where}: "add" needs "text" (the exact words) and "speaker"`);
      const occurrence = add.occurrence === undefined ? undefined : Number(add.occurrence);
      if (occurrence !== undefined && !(Number.isInteger(occurrence) && occurrence >= 1)) throw new CorrectionsFileError(`${where}: "add.occurrence" must be 1 or more`);
      return { action: 'add', add: { text, occurrence, speaker, kind, date: checkDate(add.date, where), dateText: optionalText(add.dateText, where, 'add.dateText'), cue: optionalText(add.cue, where, 'add.cue') }, note };
    }
    const target = { statement: optionalText(raw.statement, where, 'statement'), quote: optionalText(raw.quote, where, 'quote') };
    if (!target.statement && !target.quote) throw new CorrectionsFileError(`${where}: say which statement with "statement" (its id) or "quote" (words it contains)`);
    if (raw.drop === true) return { action: 'drop', ...target, note };
    const set = raw.set as Record<string, unknown> | undefined;
    if (!set || typeof set !== 'object' || !Object.keys(set).length) throw new CorrectionsFileError(`${where}: needs "set" (speaker, date, kind or span), "drop: true" or "add"`);
    const unknown = Object.keys(set).filter((key) => !SET_KEYS.has(key));
    if (unknown.length) throw new CorrectionsFileError(`${where}: "set" cannot change ${unknown.join(', ')} (only ${[...SET_KEYS].join(', ')})`);
    return {
      action: 'change',
      ...target,
      set: {
        ...(set.speaker !== undefined && { speaker: optionalText(set.speaker, where, 'set.speaker') }),
        ...('date' in set && { date: checkDate(set.date, where) ?? null }),
        ...(set.dateText !== undefined && { dateText: optionalText(set.dateText, where, 'set.dateText') }),
        ...(set.kind !== undefined && { kind: checkKind(set.kind, where) }),
        ...(set.span !== undefined && { span: optionalText(set.span, where, 'set.span') }),
      },
      note,
    };
  });
  return { path, hash: createHash('sha256').update(source, 'utf8').digest('hex'), corrections };
}

/**
 * The corrections of one article (`<dir>/<slug>.yml`), or null when it has none. `shown` turns the
 * path into the form problems are reported with.
 */
export function readCorrections(dir: string, slug: string, shown: (path: string) => string = (path) => path): CorrectionsFile | null {
  const path = join(dir, `${slug}.yml`);
  if (!existsSync(path)) return null;
  return parseCorrections(readFileSync(path, 'utf8'), shown(path));
}
