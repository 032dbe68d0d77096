/**
 * Scores the date finder against the TempEval-3 platinum test set (TimeML newswire).
 *
 * For each document the DCT is the publication date and the text is run through the date finder one
 * paragraph at a time. System dates are compared with the gold TIMEX3 elements of type DATE:
 *
 * - extents, strict (same span) and relaxed (any overlap), one-to-one; the finder's core span is
 *   compared, because TimeML leaves prepositions and the dated event out ("Friday" in
 *   "at Friday's media briefing");
 * - value accuracy on relaxed matches, and value P/R/F1 in the TempEval-3 sense
 *   (P = correct values / system dates, R = correct values / gold dates);
 * - gold values the contract cannot express (`PRESENT_REF`, `2012-SU`, `XXXX-XX-XX`, centuries)
 *   stay in the gold count and so count as misses.
 *
 * A system date overlapping only a gold TIME, DURATION or SET (e.g. "Friday afternoon" is a TIME in
 * TimeML) is a found time expression of another type: the headline figures leave it out of the
 * system count, and `valueCountingOtherTypes` counts it as a wrong answer instead.
 *
 * Run: node_modules/.bin/node scripts/eval/tempeval.ts [dir] [--errors]  (writes reports/tempeval.json)
 */

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findDateMatches } from '../annotate/dates/index.ts';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  /** Numerators and denominators, so the figures can be checked. */
  correct: number;
  system: number;
  gold: number;
}

export interface TempEvalError {
  document: string;
  kind: 'missed' | 'spurious' | 'wrong-value';
  /** The expression's own words (a few words, never the sentence). */
  gold: { text: string; value: string } | null;
  system: { text: string; value: string; tense: string } | null;
}

export interface TempEvalDocumentReport {
  document: string;
  dct: string;
  gold: number;
  system: number;
  relaxedMatches: number;
  correctValues: number;
}

export interface TempEvalReport {
  dataset: string;
  documents: number;
  /** Gold DATE expressions in the texts (the DCTs are left out). */
  goldDates: number;
  /** Gold DATE values with no equivalent in the day/week/month/year contract. */
  goldUnrepresentable: number;
  /** System dates, not counting those that overlap only a gold TIME/DURATION/SET. */
  systemDates: number;
  systemOtherType: number;
  strict: Scores;
  relaxed: Scores;
  /** Correct values over relaxed matches. */
  valueAccuracy: number;
  value: Scores;
  valueCountingOtherTypes: Scores;
  perDocument: TempEvalDocumentReport[];
  errors: TempEvalError[];
}

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface Document {
  name: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z:]+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Strips the TimeML markup from <TEXT>, keeping the TIMEX3 extents as offsets into the plain text. */
export function parseTimeML(name: string, xml: string): Document {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  if (!dctTag) throw new Error(`${name}: no DCT`);
  const dct = attributes(dctTag[0]).value!.slice(0, 10);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) throw new Error(`${name}: no TEXT`);
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; attrs: Record<string, string> } | null = null;
  for (const part of body[1]!.split(/(<[^>]+>)/)) {
    if (!part.startsWith('<')) {
      text += decodeEntities(part);
      continue;
    }
    if (part.startsWith('<TIMEX3')) open = { start: text.length, attrs: attributes(part) };
    else if (part.startsWith('</TIMEX3') && open) {
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start), type: open.attrs.type ?? '', value: open.attrs.value ?? '' });
      open = null;
    }
  }
  return { name, dct, text, timexes };
}

/** The gold value in the contract's notation, or null when it has none. */
function contractValue(value: string): string | null {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || /^\d{4}-W\d{2}$/.test(value)) return value;
  const day = /^(\d{4}-\d{2}-\d{2})T/.exec(value);
  return day ? day[1]! : null;
}

interface SystemDate {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
  value: string;
  tense: string;
}

function systemDates(doc: Document): SystemDate[] {
  const out: SystemDate[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of doc.text.matchAll(paragraph)) {
    for (const d of findDateMatches(m[0], doc.dct)) {
      out.push({
        start: m.index + d.start,
        end: m.index + d.end,
        coreStart: m.index + d.coreStart,
        coreEnd: m.index + d.coreEnd,
        value: d.value,
        tense: d.tense,
      });
    }
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, s: SystemDate): boolean => s.start < a.end && a.start < s.end;

function trimmed(g: GoldTimex): { start: number; end: number } {
  const lead = g.text.length - g.text.trimStart().length;
  const trail = g.text.length - g.text.trimEnd().length;
  return { start: g.start + lead, end: g.end - trail };
}

function scores(correct: number, system: number, gold: number): Scores {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, correct, system, gold };
}

export async function evaluateTempEval(dir: string): Promise<TempEvalReport> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.tml')).sort();
  let gold = 0;
  let unrepresentable = 0;
  let system = 0;
  let otherType = 0;
  let strict = 0;
  let relaxed = 0;
  let correct = 0;
  const perDocument: TempEvalDocumentReport[] = [];
  const errors: TempEvalError[] = [];

  for (const file of files) {
    const doc = parseTimeML(file.replace(/\.tml$/, ''), await readFile(path.join(dir, file), 'utf8'));
    const goldDates = doc.timexes.filter((t) => t.type === 'DATE');
    const others = doc.timexes.filter((t) => t.type !== 'DATE');
    const found = systemDates(doc);
    const used = new Set<SystemDate>();
    let docRelaxed = 0;
    let docCorrect = 0;

    for (const g of goldDates) {
      const span = trimmed(g);
      const expected = contractValue(g.value);
      if (expected === null) unrepresentable++;
      const candidates = found.filter((s) => !used.has(s) && overlaps(span, s));
      // Prefer the system date whose core has the same extent, then the one overlapping most.
      const best = candidates.sort((a, b) => {
        const sameA = a.coreStart === span.start && a.coreEnd === span.end ? 1 : 0;
        const sameB = b.coreStart === span.start && b.coreEnd === span.end ? 1 : 0;
        const overlap = (s: SystemDate) => Math.min(s.end, span.end) - Math.max(s.start, span.start);
        return sameB - sameA || overlap(b) - overlap(a);
      })[0];
      if (!best) {
        errors.push({ document: doc.name, kind: 'missed', gold: { text: g.text, value: g.value }, system: null });
        continue;
      }
      used.add(best);
      relaxed++;
      docRelaxed++;
      const exact = (best.coreStart === span.start && best.coreEnd === span.end) || (best.start === span.start && best.end === span.end);
      if (exact) strict++;
      if (expected !== null && best.value === expected) {
        correct++;
        docCorrect++;
      } else {
        errors.push({
          document: doc.name,
          kind: 'wrong-value',
          gold: { text: g.text, value: g.value },
          system: { text: doc.text.slice(best.start, best.end), value: best.value, tense: best.tense },
        });
      }
    }

    let docSystem = 0;
    for (const s of found) {
      if (used.has(s)) {
        docSystem++;
        continue;
      }
      if (others.some((o) => overlaps(trimmed(o), s))) {
        otherType++;
        continue;
      }
      docSystem++;
      errors.push({ document: doc.name, kind: 'spurious', gold: null, system: { text: doc.text.slice(s.start, s.end), value: s.value, tense: s.tense } });
    }
    gold += goldDates.length;
    system += docSystem;
    perDocument.push({ document: doc.name, dct: doc.dct, gold: goldDates.length, system: docSystem, relaxedMatches: docRelaxed, correctValues: docCorrect });
  }

  return {
    dataset: path.basename(path.resolve(dir)),
    documents: files.length,
    goldDates: gold,
    goldUnrepresentable: unrepresentable,
    systemDates: system,
    systemOtherType: otherType,
    strict: scores(strict, system, gold),
    relaxed: scores(relaxed, system, gold),
    valueAccuracy: relaxed === 0 ? 0 : correct / relaxed,
    value: scores(correct, system, gold),
    valueCountingOtherTypes: scores(correct, system + otherType, gold),
    perDocument,
    errors,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

function formatTable(r: TempEvalReport): string {
  const row = (label: string, s: Scores): string =>
    `${label.padEnd(34)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   ${s.correct}/${s.system} sys, ${s.correct}/${s.gold} gold`;
  return [
    `TempEval-3 ${r.dataset}: ${r.documents} documents, ${r.goldDates} gold DATE expressions (${r.goldUnrepresentable} with values outside day/week/month/year)`,
    `${r.systemDates} system dates scored; ${r.systemOtherType} more overlap only a gold TIME/DURATION/SET and are left out`,
    '',
    `${''.padEnd(34)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}`,
    row('extent, strict', r.strict),
    row('extent, relaxed', r.relaxed),
    row('value (TempEval-3 value F1)', r.value),
    row('value, other types as errors', r.valueCountingOtherTypes),
    '',
    `value accuracy on relaxed matches: ${(100 * r.valueAccuracy).toFixed(1)}%`,
    `reference: HeidelTime-t value F1 77.61, relaxed F1 90.30 (official scorer, all TIMEX3 types)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.resolve(root, '..', 'shared', 'bench', 'te3-platinum');
  const report = await evaluateTempEval(dir);
  console.log(formatTable(report));
  if (process.argv.includes('--errors')) {
    for (const e of report.errors) {
      console.log(`${e.kind.padEnd(12)} ${e.document.padEnd(32)} gold=${e.gold ? `${JSON.stringify(e.gold.text)} ${e.gold.value}` : '-'}  sys=${e.system ? `${JSON.stringify(e.system.text)} ${e.system.value} (${e.system.tense})` : '-'}`);
    }
  }
  await mkdir(path.join(root, 'reports'), { recursive: true });
  await writeFile(path.join(root, 'reports', 'tempeval.json'), `${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
