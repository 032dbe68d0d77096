import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';

/**
 * The front matter of a file in `content/articles/` as a plain object, or null when the file has
 * none or it cannot be read. Used to recognise our own files and to see what they were made from.
 */
export function readArticleHeader(path: string): Record<string, unknown> | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  try {
    const data = yaml.load(match[1], { schema: yaml.CORE_SCHEMA });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
