import { z } from 'astro/zod';
import { speakerTypeSchema } from './speaker-type.ts';

/** A speaker as listed in an article's `speakers`. */
export const speakerSchema = z.strictObject({
  /** Stable slug, e.g. `wang-wenbin`; the same person in two articles has the same id. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'),
  /** Full name as the article gives it, or the descriptive phrase for groups. */
  name: z.string().min(1),
  /** Person, group, institution, document, outlet or unknown. */
  type: speakerTypeSchema,
  /** Title or function, e.g. `Chinese Foreign Ministry spokesperson`. */
  role: z.string().nullable(),
  /** Organisation the speaker belongs to. */
  affiliation: z.string().nullable(),
  /** ISO 3166-1 alpha-2 code when the text gives it. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').nullable(),
  /** True when the speaker could not be tied to a named entity with confidence. */
  vague: z.boolean(),
  /** The canonical speaker of content/speakers.yml it was linked to. */
  registryId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
});

export type Speaker = z.infer<typeof speakerSchema>;
