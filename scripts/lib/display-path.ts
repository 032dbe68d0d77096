import { join, relative, sep } from 'node:path';

/** The repository root. */
export const REPO = join(import.meta.dirname, '..', '..');

/** A path as printed and as stored in `source:`: relative to the repository, with forward slashes. */
export function displayPath(path: string): string {
  const rel = relative(REPO, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}
