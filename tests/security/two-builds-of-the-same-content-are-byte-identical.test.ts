import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReproducible, compareTrees } from '../../scripts/check/reproducible-build.ts';

describe('a checked build', () => {
  it('annotates and builds the same sources twice into byte-identical articles and sites', () => {
    const started = performance.now();
    const differences = checkReproducible({ sources: 'tests/fixtures/hostile/sources' });
    console.log(`two full builds compared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(differences).toEqual([]);
  }, 120_000);

  it('would name a file that differs, and one that only one build has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-compare-'));
    try {
      for (const [name, text] of [['a', 'same'], ['b', 'same']] as const) {
        mkdirSync(join(dir, name, 'statements'), { recursive: true });
        writeFileSync(join(dir, name, 'index.html'), text);
      }
      writeFileSync(join(dir, 'a', 'statements', 'x.html'), 'id s-1, 2022-10-28');
      writeFileSync(join(dir, 'b', 'statements', 'x.html'), 'id s-2, 2022-10-28');
      writeFileSync(join(dir, 'b', 'extra.json'), '{}');
      expect(compareTrees(join(dir, 'a'), join(dir, 'b'))).toEqual([
        { path: 'extra.json', problem: 'only in the second build' },
        { path: 'statements/x.html', problem: 'differs from byte 5: "id s-1, 2022-10-28" vs "id s-2, 2022-10-28"' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
