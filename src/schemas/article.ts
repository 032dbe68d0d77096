import { z } from 'astro/zod';
import { paragraphSchema } from './paragraph.ts';
import { speakerSchema } from './speaker.ts';
import { statementSchema } from './statement.ts';
import { claimSchema } from './claim.ts';
import { datelineSchema } from './dateline.ts';
import { eventSchema } from './event.ts';
import { correctionsRecordSchema } from './correction.ts';

/** The front matter of `content/articles/<slug>.md`, as the annotation pipeline writes it. */
export const articleSchema = z.strictObject({
  /** The article's headline. */
  title: z.string().min(1),
  /** The publication, e.g. `Global Times`. */
  outlet: z.string().min(1),
  /** The original article's address. */
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date as a quoted `YYYY-MM-DD` string. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a quoted YYYY-MM-DD string, e.g. '2022-10-29'"),
  /** ISO 639-1 language code of the text. */
  language: z.string().min(2),
  /** URL slug of the article page. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'),
  /** Path of the source file the article was annotated from. */
  source: z.string(),
  /** sha256 of the source body, for incremental builds. */
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Marks files the pipeline wrote (and may rewrite or remove). */
  generator: z.literal('readout'),
  /** Version of the pipeline that wrote the file. */
  generatorVersion: z.string().min(1),
  /** Every non-blank line of the source, in order. */
  paragraphs: z.array(paragraphSchema),
  /** The dateline opening the copy, if any. */
  dateline: datelineSchema.nullable(),
  /** The whitespace around paragraphs (one more than paragraphs), for an exact round trip. */
  gaps: z.array(z.string()),
  /** Everyone quoted or cited in the article. */
  speakers: z.array(speakerSchema),
  /** Every statement, in text order. */
  statements: z.array(statementSchema),
  /** Every asserted proposition, attributed or not. */
  claims: z.array(claimSchema),
  /** Diplomatic events the article reports (meetings, calls, summits, visits, congresses), one per occasion. */
  events: z.array(eventSchema).default([]),
  /** Ids of the registry's speakers the article names, quoted there or not. */
  mentions: z.array(z.string()).default([]),
  /** The editor's corrections applied, when the article has any. */
  corrections: correctionsRecordSchema.optional(),
}).superRefine((a, ctx) => {
  if (a.gaps.length !== a.paragraphs.length + 1) {
    ctx.addIssue({ code: 'custom', path: ['gaps'], message: `must have ${a.paragraphs.length + 1} entries (paragraphs + 1), has ${a.gaps.length}` });
  }
  a.statements.forEach((s, i) => {
    if (s.paragraph >= a.paragraphs.length) {
      ctx.addIssue({ code: 'custom', path: ['statements', i, 'paragraph'], message: `points past the last paragraph (${a.paragraphs.length - 1})` });
    }
  });
});

export type Article = z.infer<typeof articleSchema>;
