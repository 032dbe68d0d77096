import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temporary files this module leaves behind only if the process dies between write and rename. */
export const TEMP_FILE = /^\..+\.\d+-[0-9a-f]{8}\.tmp$/;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the text goes
 * to a temporary file in the same directory (so the rename stays on one file system), which then
 * replaces the target in one step.
 */
export function writeFileAtomic(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { encoding: 'utf8', flush: true });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
