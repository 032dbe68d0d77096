import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../scripts/annotate/02-quotes/find-quotes.ts';

function quoted(text: string, depth?: number): string[] {
  return findQuotes(text)
    .filter((quote) => depth === undefined || quote.depth === depth)
    .map((quote) => text.slice(quote.start, quote.end));
}

describe('quotations', () => {
  it('pairs straight and curly double quotes', () => {
    expect(quoted('"One," he said. “Two,” she said.')).toEqual(['One,', 'Two,']);
  });

  it('pairs single quotes used as the main marks of a headline', () => {
    expect(quoted("China, Russia building 'more just' world order")).toEqual(['more just']);
    expect(quoted('‘Good old friend’: Putin offers praise')).toEqual(['Good old friend']);
  });

  it('finds a quote nested in another', () => {
    expect(quoted('"He called it \'a farce\' yesterday," she said.', 1)).toEqual(['a farce']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted("Russia's view, the US' pressure and the countries' interests don't change in the '90s")).toEqual([]);
    expect(quoted('China’s Foreign Minister didn’t comment')).toEqual([]);
  });

  it('runs a quote that never closes to the end of its paragraph', () => {
    const quotes = findQuotes('He said: "This goes on into the next paragraph');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ unclosed: true, end: 46 });
  });

  it('pairs guillemets', () => {
    expect(quoted('Il a dit «oui» hier')).toEqual(['oui']);
  });
});
