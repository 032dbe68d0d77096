import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

/**
 * Identifies the annotator that writes `content/articles/`: the package version plus a digest of
 * every file under `scripts/annotate/`. Any change to the pipeline (a rule, the lexicon, the markdown
 * writer) changes it, so the build never keeps an article made by older code.
 */
export function generatorVersion(root: string = REPO): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  const hash = createHash('sha256');
  const annotateDir = join(root, 'scripts', 'annotate');
  for (const file of listFiles(annotateDir)) {
    hash.update(relative(annotateDir, file).split('\\').join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return `${pkg.version ?? '0.0.0'}+${hash.digest('hex').slice(0, 12)}`;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
