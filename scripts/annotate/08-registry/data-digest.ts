import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TAXONOMY_FILE } from '../09-topics/taxonomy.ts';
import { SPEAKER_REGISTRY_FILE } from './speaker-registry.ts';

/**
 * A digest of the data files the annotator reads besides its code (the speaker registry and the
 * taxonomy): editing either changes the annotator's output, so the build must annotate again.
 */
export function analysisDataDigest(files: readonly string[] = [SPEAKER_REGISTRY_FILE, TAXONOMY_FILE]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/**
 * An annotator version (`0.1.0+<12 hex>`) that also changes with the data files, in the same form, so
 * that whoever reads the version needs to know nothing of them.
 */
export function withAnalysisData(version: string, files?: readonly string[]): string {
  const plus = version.lastIndexOf('+');
  const [release, code] = plus === -1 ? [version, ''] : [version.slice(0, plus), version.slice(plus + 1)];
  return `${release}+${createHash('sha256').update(`${code}\0${analysisDataDigest(files)}`).digest('hex').slice(0, 12)}`;
}
