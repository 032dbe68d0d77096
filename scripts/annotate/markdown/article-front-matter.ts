import { createHash } from 'node:crypto';
import type { AnnotationResult } from '../types.ts';
import type { AnnotateOptions } from '../index.ts';
import { dumpYaml } from './dump-yaml.ts';

/** Marks a file in `content/articles/` as ours, so the build may replace or remove it. */
export const GENERATOR = 'readout';

export interface ArticleFrontMatterOptions {
  slug: string;
  /** Path of the source file relative to the repository root. */
  source: string;
  /** Identifies the annotator that produced the file; a different value makes the build annotate again. */
  generatorVersion: string;
}

/** The SHA-256 of a source body, in hex: what the build compares to decide a source is unchanged. */
export function sourceHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * The front matter of an annotated article as YAML, keys in a fixed order. `lineWidth: -1` keeps each
 * string on one line and `noRefs` spells out repeated objects (the same speaker on many statements)
 * instead of YAML anchors, so the text is stable and readable by any YAML reader.
 */
export function articleFrontMatter(body: string, facts: AnnotateOptions, result: AnnotationResult, options: ArticleFrontMatterOptions): string {
  const data = {
    title: facts.title ?? '',
    outlet: facts.outlet ?? '',
    url: facts.url ?? '',
    published: facts.published,
    language: facts.language ?? 'en',
    slug: options.slug,
    source: options.source,
    sourceHash: sourceHash(body),
    generator: GENERATOR,
    generatorVersion: options.generatorVersion,
    paragraphs: result.paragraphs,
    gaps: result.gaps,
    dateline: result.dateline,
    speakers: result.speakers,
    statements: result.statements,
    claims: result.claims,
    events: result.events ?? [],
    mentions: result.mentions ?? [],
    ...(result.corrections && { corrections: result.corrections }),
  };
  // The default schema quotes any string that another reader could take for a date or a number,
  // so `published: '2022-10-29'` stays a string. `dumpYaml` writes what js-yaml's `dump` does with
  // these options, faster.
  return dumpYaml(data);
}
