import { z } from 'astro/zod';
import { speakerSchema } from './speaker.ts';

/** The speaker as printed with a statement: the same fields as a listed speaker. */
export const statementSpeakerSchema = speakerSchema;

export type StatementSpeaker = z.infer<typeof statementSpeakerSchema>;
