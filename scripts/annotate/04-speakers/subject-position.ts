/**
 * Whether a mention at `mention` is the subject of the sentence that starts at `start`: nothing but an
 * introductory phrase, a conjunction or a title stands before it ("Meanwhile, Xi …", "And Venus …",
 * "Russian President Vladimir Putin …"), and it does not follow a preposition ("talks with Lavrov").
 */
export function isSubjectPosition(text: string, start: number, mention: number): boolean {
  const before = text.slice(start, mention);
  return (
    /^(?:(?:and|but|meanwhile|then|later|also|earlier|however|so)\s+|[^,.;:!?"“”]{0,40},\s*)?(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/iu.test(before) &&
    !/\S\s+(?:with|to|by|for|from|of|and|in|on|at)\s+(?:[\p{L}'’.-]+\s+){0,4}$/iu.test(before)
  );
}
