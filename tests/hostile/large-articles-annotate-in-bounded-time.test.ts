import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.ts';

/** The CLI under the project's Node, with room for the megabytes of JSON a large article gives. */
function annotateCli(file: string) {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'annotate-cli.ts'), file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
}

const dir = mkdtempSync(join(tmpdir(), 'readout-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = readFileSync(join(ROOT, 'content', 'sources', 'global-times-2022-10-29-china-russia-reaffirm-deepened-relations.md'), 'utf8');
const SEED_BODY = SEED.slice(SEED.indexOf('\n---\n') + 5);

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

/**
 * Inputs whose cost would explode if some work grew with the square of the text. The only limit is
 * the CLI's 60 s kill switch, which catches a runaway; speed itself is measured by `npm run bench`,
 * and each case's time is printed here.
 */
const CASES: Array<[string, string]> = [
  ['a single 100 KB line of attributed quotations', repeatTo('Wang said that "China and Russia will deepen ties." ', 100_000)],
  ['a single 100 KB line without a full stop', repeatTo('China and Russia said that ', 100_000)],
  ['a single 100 KB line with a quotation that never closes', `Wang said: "${repeatTo('ties deepen and ', 100_000)}`],
  ['200 KB of paragraphs of real wire copy', repeatTo(`${SEED_BODY}\n`, 200_000)],
];

describe('the annotate CLI on large articles', () => {
  it.each(CASES)('annotates %s without running away, with every offset pointing at its words', (name, body) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.md`);
    writeFileSync(file, `---\npublished: '2022-10-29'\n---\n${body}`);
    const started = performance.now();
    const run = annotateCli(file);
    const seconds = (performance.now() - started) / 1000;
    console.log(`annotate: ${name} (${(body.length / 1000).toFixed(0)} K characters): ${run.status === null ? 'killed after ' : ''}${seconds.toFixed(1)} s`);
    expect(run.status, run.stderr).toBe(0);
    const { statements } = JSON.parse(run.stdout) as { statements: Array<{ text: string; start: number; end: number }> };
    for (const s of statements) expect(body.slice(s.start, s.end)).toBe(s.text);
  }, 70_000);
});
