/** Reads `public/_headers` the way Netlify and Cloudflare Pages do: a path pattern, then indented `Name: value` lines. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEADERS_FILE = join(import.meta.dirname, '..', '..', 'public', '_headers');

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function readHeadersFile(path: string = HEADERS_FILE): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`${path}: cannot read the line ${JSON.stringify(line)}`);
    rule.headers[match[1]] = match[2].trim();
  }
  return rules;
}

/** The headers a host sends for `path`: those of every rule whose pattern matches, later rules winning. */
export function headersFor(path: string, rules: readonly HeaderRule[] = readHeadersFile()): Record<string, string> {
  const matches = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers));
}

/** A policy as a map from directive to its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}
