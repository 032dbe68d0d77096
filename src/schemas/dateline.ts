import { z } from 'astro/zod';

/** The dateline that opens wire copy: "MOSCOW, Oct. 23 (Xinhua) --". */
export const datelineSchema = z.strictObject({
  /** Offset of its first character in the source body. */
  start: z.number().int().nonnegative(),
  /** Offset just past its last character. */
  end: z.number().int().nonnegative(),
  /** The dateline as written. */
  text: z.string(),
  /** The day it gives (anchor of "on Tuesday" in the copy), or null when it gives none. */
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});

export type Dateline = z.infer<typeof datelineSchema>;
