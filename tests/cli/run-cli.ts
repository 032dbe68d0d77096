import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cli');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

/** Runs a script of ours under the project's Node, as `npm run` does, and collects what it printed. */
export function runScript(script: string, args: readonly string[]) {
  const run = spawnSync(NODE, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
