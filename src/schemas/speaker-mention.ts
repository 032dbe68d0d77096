import { z } from 'astro/zod';

/** Where the speaker was named in the text (offsets into the source body). */
export const speakerMentionSchema = z.strictObject({
  /** Offset of the first character of the name. */
  start: z.number().int().nonnegative(),
  /** Offset just past the name. */
  end: z.number().int().nonnegative(),
  /** The name as written. */
  text: z.string(),
});

export type SpeakerMention = z.infer<typeof speakerMentionSchema>;
