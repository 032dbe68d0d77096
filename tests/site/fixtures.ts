/** Reads the hand-made site fixtures for unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';

export const FIXTURE_DIR = resolve('tests/fixtures/site/articles');

export interface FixtureFile {
  file: string;
  data: Record<string, unknown> & { statements: Array<{ id: string; text: string }> };
  body: string;
}

export function readFixtures(): FixtureFile[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const parsed = matter(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
      return { file, data: parsed.data as FixtureFile['data'], body: parsed.content };
    });
}
