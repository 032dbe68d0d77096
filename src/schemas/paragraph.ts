import { z } from 'astro/zod';

/** What a line of the source is: article text or the page furniture around it. */
export const paragraphTypeSchema = z.enum(['headline', 'body', 'credit', 'related', 'subheading', 'dateline', 'byline', 'repeat']);

/** One non-blank line of the source, in order. */
export const paragraphSchema = z.strictObject({
  /** Body text, or which kind of noise line it is. */
  type: paragraphTypeSchema,
  /** Offset of the first character in the source body. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character. */
  end: z.number().int().nonnegative(),
});

export type ParagraphType = z.infer<typeof paragraphTypeSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
