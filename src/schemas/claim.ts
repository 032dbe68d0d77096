import { z } from 'astro/zod';
import { claimTypeLabelSchema, topicLabelSchema } from './analysis-labels.ts';

/** One asserted proposition, attributed to a speaker or asserted by the article itself. */
export const claimSchema = z.strictObject({
  /** Stable id: `c-` and a hash. */
  id: z.string().regex(/^c-[a-z0-9]+$/, 'must look like c-1a2b3c4d'),
  /** The words of the claim. */
  text: z.string(),
  /** Offset of the first character in the source body. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character. */
  end: z.number().int().nonnegative(),
  /** Speaker id, or the outlet's id when the article itself asserts it. */
  speaker: z.string(),
  /** False when the article asserts it in its own voice. */
  attributed: z.boolean(),
  /** The statement this claim is the content of, when it is one. */
  statement: z.string().nullable(),
  /** Topics of content/taxonomy.yml, each with its reason. */
  topics: z.array(topicLabelSchema).optional(),
  /** Commitment, assessment, accusation, position or report, with its reason. */
  claimType: claimTypeLabelSchema.optional(),
});

export type Claim = z.infer<typeof claimSchema>;
