/**
 * Evaluates the annotator against the hand-annotated articles.
 *
 *   node_modules/.bin/node scripts/eval/eval.ts [--<set>-only] [--strict]    (sets: dev, holdout, blind, unseen, fresh, recent, later, seeds)
 *
 * Sets: `tests/fixtures/<set>/<slug>.md` with `<slug>.gold.yml` beside it (see `SETS`), and the seed articles'
 * gold in `tests/fixtures/seeds/<slug>.gold.yml` (article from that folder, or else from
 * `content/sources/<slug>.md`). Prints a table per article, the totals against the targets and
 * the lists of errors, and writes `reports/eval.json`. With `--strict` the exit code is 1 when a
 * target is missed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import type { AnnotationResult, SourceFacts } from '../annotate/types.ts';
import {
  clip,
  figuresOf,
  parseGoldYaml,
  resolveGoldSpans,
  scoreArticle,
  targetsFor,
  totalTally,
  type ArticleScore,
  type GoldStatement,
  type PairError,
  type SystemStatement,
  type Tally,
} from './score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEV_DIR = join(ROOT, 'tests', 'fixtures', 'dev');
export const HOLDOUT_DIR = join(ROOT, 'tests', 'fixtures', 'holdout');
export const BLIND_DIR = join(ROOT, 'tests', 'fixtures', 'blind');
export const UNSEEN_DIR = join(ROOT, 'tests', 'fixtures', 'unseen');
export const FRESH_DIR = join(ROOT, 'tests', 'fixtures', 'fresh');
export const RECENT_DIR = join(ROOT, 'tests', 'fixtures', 'recent');
export const LATER_DIR = join(ROOT, 'tests', 'fixtures', 'later');
export const SEEDS_DIR = join(ROOT, 'tests', 'fixtures', 'seeds');
const SOURCES_DIR = join(ROOT, 'content', 'sources');
const ANNOTATOR = join(ROOT, 'scripts', 'annotate', 'index.ts');
const TEMPEVAL = join(ROOT, 'scripts', 'eval', 'tempeval.ts');
const TEMPEVAL_DATA = resolve(ROOT, '..', 'shared', 'bench', 'te3-platinum');
const REPORT = join(ROOT, 'reports', 'eval.json');

export type SetName = 'dev' | 'holdout' | 'blind' | 'unseen' | 'fresh' | 'recent' | 'later' | 'seeds';

export interface EvalCase {
  set: SetName;
  slug: string;
  articlePath: string;
  goldPath: string;
  body: string;
  facts: SourceFacts;
  gold: GoldStatement[];
}

type Annotate = (body: string, facts: SourceFacts) => AnnotationResult;

/** gray-matter's YAML turns an unquoted `published: 2022-10-28` into a Date; the contract wants the string. */
function dateString(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : '';
}

/** Reads one article and its gold; throws with the file named when the gold does not fit the body. */
export function loadCase(set: SetName, slug: string, articlePath: string, goldPath: string): EvalCase {
  const parsed = matter(readFileSync(articlePath, 'utf8'));
  const data = parsed.data as Record<string, unknown>;
  const facts: SourceFacts = {
    title: String(data.title ?? ''),
    outlet: String(data.outlet ?? ''),
    url: String(data.url ?? ''),
    published: dateString(data.published),
    language: String(data.language ?? 'en'),
  };
  const entries = parseGoldYaml(readFileSync(goldPath, 'utf8'), goldPath);
  const gold = resolveGoldSpans(parsed.content, entries, goldPath);
  return { set, slug, articlePath, goldPath, body: parsed.content, facts, gold };
}

/** Every article of a set folder that has a gold file. */
function casesIn(set: SetName, dir: string): EvalCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yml'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -'.gold.yml'.length);
      const article = join(dir, `${slug}.md`);
      if (!existsSync(article)) throw new Error(`${join(dir, f)}: no article ${slug}.md beside it`);
      return loadCase(set, slug, article, join(dir, f));
    });
}

/**
 * The gold sets, in the order they were added and printed. Each was scored once before its misses
 * were used to develop rules; the newest such set gives the figure to quote for unseen articles.
 */
export const SETS = {
  /** The articles the rules are developed against. */
  dev: DEV_DIR,
  /** Annotated by the same guidelines, first kept out of rule development. */
  holdout: HOLDOUT_DIR,
  /** Annotated without ever seeing the annotator's output. */
  blind: BLIND_DIR,
  unseen: UNSEEN_DIR,
  fresh: FRESH_DIR,
  recent: RECENT_DIR,
  later: LATER_DIR,
} as const satisfies Record<Exclude<SetName, 'seeds'>, string>;

/** Every article of a set with a gold file; the seeds come from their own folder and the sources. */
export function casesOf(set: SetName): EvalCase[] {
  return set === 'seeds' ? seedCases() : casesIn(set, SETS[set]);
}

export const SET_NAMES: readonly SetName[] = [...(Object.keys(SETS) as SetName[]), 'seeds'];

export function devCases(): EvalCase[] {
  return casesOf('dev');
}

/** Seed gold, when someone has written it; the folder may not exist yet. */
export function seedCases(): EvalCase[] {
  if (!existsSync(SEEDS_DIR)) return [];
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.gold.yml'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -'.gold.yml'.length);
      const article = [join(SEEDS_DIR, `${slug}.md`), join(SOURCES_DIR, `${slug}.md`)].find((p) => existsSync(p));
      if (!article) throw new Error(`${join(SEEDS_DIR, f)}: no article ${slug}.md in tests/fixtures/seeds or content/sources`);
      return loadCase('seeds', slug, article, join(SEEDS_DIR, f));
    });
}

async function loadAnnotator(): Promise<Annotate> {
  if (!existsSync(ANNOTATOR)) {
    throw new Error(
      `The annotator is missing: ${ANNOTATOR} does not exist yet.\n` +
        'The evaluation needs `export function annotate(body, facts)` from scripts/annotate/index.ts.',
    );
  }
  const module = (await import(pathToFileURL(ANNOTATOR).href)) as { annotate?: unknown };
  if (typeof module.annotate !== 'function') {
    throw new Error(`${ANNOTATOR} does not export a function named "annotate".`);
  }
  return module.annotate as Annotate;
}

interface CaseResult {
  set: SetName;
  score: ArticleScore;
  error: string | null;
}

function runCase(annotate: Annotate, c: EvalCase): CaseResult {
  let statements: SystemStatement[] = [];
  let error: string | null = null;
  try {
    statements = annotate(c.body, c.facts).statements;
  } catch (e) {
    // One crashing article should not hide the figures of the others; it scores as finding nothing.
    error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  return { set: c.set, score: scoreArticle(c.slug, c.gold, statements), error };
}

function pct(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function tableRow(name: string, t: Tally, nameWidth: number): string {
  const f = figuresOf(t);
  const cells = [
    String(t.gold),
    String(t.system),
    pct(f.precision),
    pct(f.recall),
    pct(f.f1),
    pct(f.speakerAccuracy),
    pct(f.kindAccuracy),
    pct(f.dateAccuracy),
    String(t.sameSurnameConfusions),
  ];
  return `${pad(name, nameWidth)}  ${cells.map((c) => padStart(c, 7)).join(' ')}`;
}

function printTable(results: CaseResult[], total: Tally): void {
  const nameWidth = Math.max(30, ...results.map((r) => r.score.slug.length + 2));
  const head = ['gold', 'system', 'P', 'R', 'F1', 'speaker', 'kind', 'date', 'surname'];
  console.log(`${pad('article', nameWidth)}  ${head.map((h) => padStart(h, 7)).join(' ')}`);
  let set: SetName | null = null;
  for (const r of results) {
    if (r.set !== set) {
      set = r.set;
      console.log(`[${set}]`);
    }
    const mark = r.error ? ' !' : '';
    console.log(tableRow(`  ${r.score.slug}${mark}`, r.score.tally, nameWidth));
  }
  console.log('-'.repeat(nameWidth + 2 + head.length * 8));
  // One line per set: the blind set is the estimate for articles nobody has seen.
  for (const name of [...new Set(results.map((r) => r.set))]) {
    console.log(tableRow(`${name} overall`, totalTally(results.filter((r) => r.set === name).map((r) => r.score)), nameWidth));
  }
  console.log(tableRow('overall', total, nameWidth));
}

function describePair(p: PairError, what: 'speaker' | 'date' | 'kind'): string {
  const gold = what === 'speaker' ? p.gold.speaker : what === 'date' ? String(p.gold.date) : p.gold.kind;
  const system = what === 'speaker' ? String(p.system.speaker) : what === 'date' ? String(p.system.date) : p.system.kind;
  return `${JSON.stringify(clip(p.gold.text, 80))}: gold ${gold}, system ${system}`;
}

function printList<T>(title: string, results: CaseResult[], pick: (s: ArticleScore) => T[], show: (item: T) => string): void {
  const rows = results.flatMap((r) => pick(r.score).map((item) => `  ${r.score.slug}: ${show(item)}`));
  console.log(`\n${title} (${rows.length})`);
  for (const row of rows) console.log(row);
}

/** Someone else's TempEval-3 scorer; optional, and never allowed to break this run. */
async function runTempEval(): Promise<unknown> {
  if (!existsSync(TEMPEVAL)) return undefined;
  try {
    const module = (await import(pathToFileURL(TEMPEVAL).href)) as { evaluateTempEval?: unknown };
    if (typeof module.evaluateTempEval !== 'function') {
      console.log('\nTempEval-3: scripts/eval/tempeval.ts does not export evaluateTempEval; skipped.');
      return undefined;
    }
    const result = await (module.evaluateTempEval as (dir: string) => unknown)(TEMPEVAL_DATA);
    const report = result as {
      documents?: number;
      goldDates?: number;
      value?: { precision: number; recall: number; f1: number };
      relaxed?: { f1: number };
      valueAccuracy?: number;
    } | null;
    console.log(`\nTempEval-3 platinum (${report?.documents ?? '?'} documents, ${report?.goldDates ?? '?'} DATE expressions)`);
    if (report?.value) {
      const percent = (x: number) => (100 * x).toFixed(1);
      console.log(`  value F1 ${percent(report.value.f1)} (P ${percent(report.value.precision)}, R ${percent(report.value.recall)})` +
        `  extent F1 ${percent(report.relaxed?.f1 ?? 0)}  value accuracy on matches ${percent(report.valueAccuracy ?? 0)}` +
        '  — best system in the evaluation (HeidelTime): value F1 77.6');
    }
    return result;
  } catch (e) {
    console.log(`\nTempEval-3 failed: ${e instanceof Error ? e.message : String(e)}`);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export interface Options {
  sets: SetName[];
  strict: boolean;
}

export function parseArgs(argv: string[]): Options {
  const only = SET_NAMES.filter((set) => argv.includes(`--${set}-only`));
  if (only.length > 1) throw new Error(`${only.map((set) => `--${set}-only`).join(' and ')} exclude each other`);
  const unknown = argv.filter((a) => a !== '--strict' && !SET_NAMES.some((set) => a === `--${set}-only`));
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(' ')}`);
  return { sets: only.length ? [...only] : [...SET_NAMES], strict: argv.includes('--strict') };
}

export async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  // Gold is checked before the annotator is even loaded: a broken gold file is the first thing to fix.
  const cases = options.sets.flatMap(casesOf);
  if (cases.length === 0) {
    console.error('No gold files found for the selected set(s).');
    return 2;
  }
  const annotate = await loadAnnotator();
  const results = cases.map((c) => runCase(annotate, c));
  const total = totalTally(results.map((r) => r.score));
  const targets = targetsFor(total);

  printTable(results, total);
  console.log('\nTargets');
  for (const t of targets) {
    const value = typeof t.value === 'number' && t.label !== 'same-surname confusions' ? pct(t.value) : String(t.value);
    console.log(`  ${pad(t.label, 24)} ${padStart(value, 6)}  (target ${t.goal})  ${t.met ? 'met' : 'MISSED'}`);
  }
  console.log(`  ${pad('dates on undated gold', 24)} ${padStart(String(total.spuriousDates), 6)}  (dates given where the text gives none)`);

  printList('Misses: gold statements not found', results, (s) => s.misses, (g) => `${JSON.stringify(clip(g.text, 90))} — ${g.speaker}`);
  printList('False positives: system statements with no gold', results, (s) => s.falsePositives, (x) => `${JSON.stringify(clip(x.text, 90))} — ${x.speaker}`);
  printList('Wrong speakers', results, (s) => s.wrongSpeakers, (p) => describePair(p, 'speaker'));
  printList('Same-surname confusions', results, (s) => s.confusions, (p) => describePair(p, 'speaker'));
  printList('Wrong dates', results, (s) => s.wrongDates, (p) => describePair(p, 'date'));
  printList('Wrong kinds', results, (s) => s.wrongKinds, (p) => describePair(p, 'kind'));
  const crashed = results.filter((r) => r.error);
  if (crashed.length > 0) {
    console.log(`\nAnnotator errors (${crashed.length})`);
    for (const r of crashed) console.log(`  ${r.score.slug}: ${r.error?.split('\n')[0]}`);
  }

  const tempeval = options.sets.length > 1 ? await runTempEval() : undefined;

  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(
    REPORT,
    `${JSON.stringify(
      {
        sets: options.sets,
        overall: { tally: total, figures: figuresOf(total), targets },
        articles: results.map((r) => ({ set: r.set, ...r.score, error: r.error })),
        ...(tempeval === undefined ? {} : { tempeval }),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${REPORT}`);
  return options.strict && targets.some((t) => !t.met) ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(2);
    },
  );
}
