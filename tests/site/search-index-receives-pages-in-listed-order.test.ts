import { describe, expect, it } from 'vitest';
import { inListedOrder } from '../../src/integrations/in-listed-order.ts';

describe('the search index receives statement pages in their listed order', () => {
  it('holds a page back until every page listed before it has arrived', () => {
    const passed: string[] = [];
    const queue = inListedOrder<string>((page) => passed.push(page));
    queue.add(2, 'c');
    queue.add(1, 'b');
    expect(passed).toEqual([]);
    queue.add(0, 'a');
    expect(passed).toEqual(['a', 'b', 'c']);
    queue.add(3, 'd');
    expect(passed).toEqual(['a', 'b', 'c', 'd']);
  });

  it('passes on the pages still waiting, in order, when one never arrives', () => {
    const passed: string[] = [];
    const queue = inListedOrder<string>((page) => passed.push(page));
    queue.add(0, 'a');
    queue.add(4, 'e');
    queue.add(2, 'c');
    queue.flush();
    expect(passed).toEqual(['a', 'c', 'e']);
  });

  it('refuses a position given twice', () => {
    const queue = inListedOrder<string>(() => {});
    queue.add(0, 'a');
    queue.add(2, 'c');
    expect(() => queue.add(0, 'again')).toThrow(/Position 0 was given twice/);
    expect(() => queue.add(2, 'again')).toThrow(/Position 2 was given twice/);
  });
});
