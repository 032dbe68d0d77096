import { z } from 'astro/zod';

/** Value formats by precision: `2022-10-27` (day), `2022-W43` (week), `2022-10` (month), `2022` (year). */
const valuePattern = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;

/** When a statement was made, as resolved from the text. */
export const statementDateSchema = z
  .strictObject({
    /** ISO date at the given precision. */
    value: z.string().regex(valuePattern, 'must look like 2022-10-27, 2022-W43, 2022-10 or 2022'),
    /** How exact the date is. */
    precision: z.enum(['day', 'week', 'month', 'year']),
    /** The words the date came from, e.g. `at Friday's media briefing`. */
    text: z.string(),
    /** Found in the statement's own sentence, carried from the passage, or the publication date. */
    source: z.enum(['explicit', 'carried', 'publication']),
  })
  .refine(
    (d) =>
      ({ day: /^\d{4}-\d{2}-\d{2}$/, week: /^\d{4}-W\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ })[d.precision].test(d.value),
    { message: 'value does not match its precision', path: ['value'] },
  );

export type StatementDate = z.infer<typeof statementDateSchema>;
