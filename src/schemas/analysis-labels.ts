import { z } from 'astro/zod';

/** A topic of `content/taxonomy.yml`, with the rule that gave it (shown as "why this label"). */
export const topicLabelSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a topic id from content/taxonomy.yml'),
  reason: z.string().min(1),
});

/** What the words do, with the rule that decided it. */
export const claimTypeLabelSchema = z.strictObject({
  value: z.enum(['commitment', 'assessment', 'accusation', 'position', 'report']),
  reason: z.string().min(1),
});

export type TopicLabel = z.infer<typeof topicLabelSchema>;
export type ClaimTypeLabel = z.infer<typeof claimTypeLabelSchema>;
