/**
 * `npm run --silent annotate -- <file> [--published YYYY-MM-DD]`
 *
 * Annotates one article and prints `{ "statements": [...], "claims": [...] }` as JSON on stdout, exactly
 * as the annotator returns them. Offsets (`start`, `end`) count UTF-16 code units in the article body:
 * the file's text after a UTF-8 byte order mark, if any, and after the front matter, if any; so
 * `text === body.slice(start, end)` for every statement. `--published` replaces the front matter's
 * publication date. Problems go to stderr, naming the file, with exit code 1 (2 for wrong usage).
 */
import { annotate } from './annotate/index.ts';
import { dateProblem } from './lib/date-problem.ts';
import { readSource, SourceError } from './lib/read-source.ts';

const USAGE = 'usage: npm run --silent annotate -- <file> [--published YYYY-MM-DD]';

interface CliArguments {
  file?: string;
  published?: string;
  help?: boolean;
}

function parseArguments(args: readonly string[]): CliArguments {
  const parsed: CliArguments = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--published' || arg.startsWith('--published=')) {
      const value = arg === '--published' ? args[++i] : arg.slice('--published='.length);
      if (value === undefined) throw new UsageError('--published needs a date: --published YYYY-MM-DD');
      const problem = dateProblem(value);
      if (problem) throw new UsageError(`--published: ${problem}`);
      parsed.published = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (parsed.file !== undefined) throw new UsageError(`only one file can be annotated at a time (got ${parsed.file} and ${arg})`);
    else parsed.file = arg;
  }
  return parsed;
}

class UsageError extends Error {}

function main(args: readonly string[]): number {
  let parsed: CliArguments;
  try {
    parsed = parseArguments(args);
  } catch (error) {
    process.stderr.write(`annotate: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.file === undefined) {
    process.stderr.write(`annotate: missing file argument\n${USAGE}\n`);
    return 2;
  }
  try {
    const source = readSource(parsed.file, { published: parsed.published });
    const { statements, claims } = annotate(source.body, source.facts);
    process.stdout.write(`${JSON.stringify({ statements, claims }, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SourceError) process.stderr.write(`annotate: ${error.message}\n`);
    else process.stderr.write(`annotate: ${parsed.file}: annotation failed: ${(error as Error).stack ?? error}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
