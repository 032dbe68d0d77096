import { z } from 'astro/zod';

/** What kind of thing a speaker is. */
export const speakerTypeSchema = z.enum(['person', 'group', 'institution', 'document', 'outlet', 'unknown']);

export type SpeakerType = z.infer<typeof speakerTypeSchema>;
