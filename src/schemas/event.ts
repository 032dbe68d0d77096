import { z } from 'astro/zod';

const datePatterns = { day: /^\d{4}-\d{2}-\d{2}$/, week: /^\d{4}-W\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

/** When an event took or takes place, at the precision the text gives. */
export const eventDateSchema = z
  .strictObject({
    /** ISO date at its precision: `2022-10-27`, `2022-W37`, `2022-10`, `2022`. */
    value: z.string(),
    precision: z.enum(['day', 'week', 'month', 'year']),
    /** The words the date came from, e.g. `this week`. */
    text: z.string(),
  })
  .refine((d) => datePatterns[d.precision].test(d.value), { message: 'value does not match its precision', path: ['value'] });

/** A diplomatic event an article reports: a meeting, call, summit, visit, congress, briefing or signing. */
export const eventSchema = z
  .strictObject({
    /** Stable id: `e-` and a hash of the naming words. */
    id: z.string().regex(/^e-[a-z0-9]+$/, 'must look like e-3f9a1c2b'),
    kind: z.enum(['meeting', 'call', 'summit', 'visit', 'congress', 'briefing', 'signing', 'other']),
    /** The words naming the event in the article. */
    text: z.string().min(1),
    /** Offsets of those words in the source body. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Full names of the people taking part. */
    participants: z.array(z.string().min(1)),
    /** Where it takes place, when the text says. */
    place: z.string().nullable(),
    /** Null when the text gives no date. */
    date: eventDateSchema.nullable(),
    /** Scheduled when the article reports it as still to come. */
    status: z.enum(['past', 'scheduled']),
  })
  .refine((e) => e.end > e.start, { message: 'end must be after start', path: ['end'] });

export type ArticleEvent = z.infer<typeof eventSchema>;
