import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURE_DIR } from './fixtures.ts';

describe('a schema violation fails the build', () => {
  // Inside the project, as every build is: Astro puts the code of a build whose output lies outside
  // the project in the project's `.astro/`, where two such builds at once collide.
  mkdirSync(resolve('.cache/tmp'), { recursive: true });
  const dir = mkdtempSync(join(resolve('.cache/tmp'), 'bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('naming the file and the field', { timeout: 60_000 }, () => {
    const good = readFileSync(join(FIXTURE_DIR, 'china-and-russia-reaffirm-deepened-relations.md'), 'utf8');
    writeFileSync(join(dir, 'bad-article.md'), good.replace('    kind: mixed', '    kind: paraphrase'));
    const pinned = resolve('node_modules/.bin/node');
    const result = spawnSync(existsSync(pinned) ? pinned : process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
      env: {
        ...process.env,
        READOUT_ARTICLES_DIR: join(dir),
        READOUT_OUT_DIR: join(dir, 'dist'),
        READOUT_CACHE_DIR: join(dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('bad-article.md');
    expect(output).toContain('statements.0.kind');
  });
});
