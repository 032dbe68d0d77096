import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../scripts/lib/read-source.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'content', 'sources');

/** The seed sources under content/sources, read as the build reads them. */
export function seedSources() {
  return readdirSync(SOURCES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, path: join(SOURCES, name), ...readSource(join(SOURCES, name)) }));
}
