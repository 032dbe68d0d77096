import { z } from 'astro/zod';
import { statementSpeakerSchema } from './statement-speaker.ts';
import { statementDateSchema } from './statement-date.ts';
import { speakerMentionSchema } from './speaker-mention.ts';
import { claimTypeLabelSchema, topicLabelSchema } from './analysis-labels.ts';
import { correctionMarkSchema } from './correction.ts';

/** One thing someone said, with where and when. */
export const statementSchema = z.strictObject({
  /** Stable id: `s-` and a hash of the normalised words. */
  id: z.string().regex(/^s-[a-z0-9]+$/, 'must look like s-3f9a1c2b'),
  /** Who said it. */
  speaker: statementSpeakerSchema,
  /** Direct quote, reported speech, or a mix of both. */
  kind: z.enum(['direct', 'indirect', 'mixed']),
  /** The words: for a direct quote without the quotation marks, otherwise the reported clause. */
  text: z.string().min(1),
  /** Offset of the first character in the source body. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character. */
  end: z.number().int().nonnegative(),
  /** The cue word(s), e.g. `said`, `according to`. */
  cue: z.string(),
  /** When it was said, if that could be resolved. */
  date: statementDateSchema.nullable(),
  /** Where the speaker was named, when they were. */
  speakerMention: speakerMentionSchema.nullable(),
  /** The medium the words came through, e.g. `TASS reported`. */
  via: z.string().nullable(),
  /** Index of the paragraph holding `start`. */
  paragraph: z.number().int().nonnegative(),
  /** The rule that found the statement and how its speaker was resolved (shown as "why"). */
  rule: z.string(),
  /** Topics of content/taxonomy.yml, each with its reason. */
  topics: z.array(topicLabelSchema).optional(),
  /** Commitment, assessment, accusation, position or report, with its reason. */
  claimType: claimTypeLabelSchema.optional(),
  /** Set when an editor changed or added the statement. */
  corrected: correctionMarkSchema.optional(),
});

export type Statement = z.infer<typeof statementSchema>;
