/**
 * `node scripts/check/validate-html.ts <dist>`
 *
 * Validates every page of a built site against the HTML standard with html-validate (its `standard`
 * preset: conformance only, no house style). Astro writes the pages; what this catches is markup the
 * templates or the annotation renderer get wrong, such as a block element inside a paragraph or an
 * id used twice on one page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';

export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** Every `.html` file under `dir`, as paths relative to it with forward slashes, in a fixed order. */
export function htmlPages(dir: string): string[] {
  const root = resolve(dir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => relative(root, join(root, name)).split(sep).join('/'))
    .sort();
}

export async function validateHtml(dist: string, pages: readonly string[] = htmlPages(dist)): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(dist, page), 'utf8'), page);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ page, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      }
    }
  }
  return problems;
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const pages = htmlPages(dist);
  const problems = await validateHtml(dist, pages);
  for (const p of problems) process.stderr.write(`validate-html: ${p.page}:${p.line}:${p.column}: ${p.message} (${p.rule})\n`);
  process.stdout.write(`validate-html: ${pages.length} pages, ${problems.length} problems\n`);
  process.exitCode = problems.length ? 1 : 0;
}
