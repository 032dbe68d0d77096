import { z } from 'astro/zod';

/** On a statement an editor changed or added: what changed, and the editor's note. */
export const correctionMarkSchema = z.strictObject({
  /** `speaker`, `date`, `kind`, `span`, or `added` for a statement the machine missed. */
  changes: z.array(z.enum(['speaker', 'date', 'kind', 'span', 'added'])).min(1),
  note: z.string().min(1),
});

/** On an article: the corrections file applied, and the corrections that no longer fit the text. */
export const correctionsRecordSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  applied: z.number().int().nonnegative(),
  stale: z.array(z.strictObject({ index: z.number().int().nonnegative(), note: z.string(), problem: z.string() })),
});

export type CorrectionMark = z.infer<typeof correctionMarkSchema>;
export type CorrectionsRecord = z.infer<typeof correctionsRecordSchema>;
