import { createHash } from 'node:crypto';

/**
 * Ids that depend only on the article and the words they name (and on how many times the same words
 * came before), so an edit elsewhere in the article leaves them unchanged.
 */
export function stableIds(prefix: string, texts: readonly string[], article = ''): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const normal = text.normalize('NFKC').toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();
    const count = (seen.get(normal) ?? 0) + 1;
    seen.set(normal, count);
    // The article is part of the key: two articles quoting the same words keep distinct statements.
    const hash = createHash('sha256').update(`${article}\u0000${normal}\u0000${count}`).digest('hex').slice(0, 10);
    return `${prefix}-${hash}`;
  });
}
