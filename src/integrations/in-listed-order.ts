/**
 * Passes items on in the order of their positions (0, 1, 2, …) however they arrive: an item that
 * comes before the one listed ahead of it waits. `flush` passes on whatever still waits, in order,
 * for when some position never arrives.
 */
export function inListedOrder<T>(pass: (item: T) => void): { add(position: number, item: T): void; flush(): void } {
  const waiting = new Map<number, T>();
  let next = 0;
  return {
    add(position, item) {
      if (position < next || waiting.has(position)) throw new Error(`Position ${position} was given twice.`);
      waiting.set(position, item);
      while (waiting.has(next)) {
        const ready = waiting.get(next)!;
        waiting.delete(next++);
        pass(ready);
      }
    },
    flush() {
      for (const position of [...waiting.keys()].sort((a, b) => a - b)) pass(waiting.get(position)!);
      waiting.clear();
    },
  };
}
