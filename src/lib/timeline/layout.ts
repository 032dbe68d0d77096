/**
 * Placing marks inside a lane: rows so that marks close in time do not cover each other, and, when
 * too many marks are in view to draw one by one, counts per lane and time bin instead.
 */

export interface Extent {
  /** Left and right edges in pixels. */
  x0: number;
  x1: number;
}

/**
 * Greedy interval packing: each extent (in the given order, which should be by `x0`) goes to the
 * first row where it clears the previous mark by `gap` pixels. When `maxRows` are full it goes to the
 * row that frees up first, so a crowded lane overlaps instead of growing without bound.
 */
export function packRows(extents: readonly Extent[], gap: number, maxRows: number): { rows: number[]; rowCount: number } {
  const rowEnds: number[] = [];
  const rows = extents.map((extent) => {
    let row = rowEnds.findIndex((end) => end + gap <= extent.x0);
    if (row === -1) {
      if (rowEnds.length < maxRows) row = rowEnds.push(-Infinity) - 1;
      else row = rowEnds.indexOf(Math.min(...rowEnds));
    }
    rowEnds[row] = Math.max(rowEnds[row]!, extent.x1);
    return row;
  });
  return { rows, rowCount: Math.max(1, rowEnds.length) };
}

/** The pixel extent of a mark: a point takes its diameter, a span its width (never narrower than a point). */
export function markExtent(x0: number, x1: number, isPoint: boolean, pointSize: number): Extent {
  if (isPoint) {
    const centre = (x0 + x1) / 2;
    return { x0: centre - pointSize / 2, x1: centre + pointSize / 2 };
  }
  const width = Math.max(x1 - x0, pointSize);
  return { x0, x1: x0 + width };
}

/** Items overlapping `[from, to)` (ms), in their order. */
export function inView<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number): T[] {
  return items.filter((item) => item.start < to && item.end > from);
}

export interface Bin {
  lane: string;
  /** Pixel column of the bin. */
  x0: number;
  x1: number;
  count: number;
}

/**
 * Counts of marks per lane in columns `binPx` wide, each mark counted in the column of its middle.
 * Used when zoomed out over thousands of statements: a lane becomes a strip of counts.
 */
export function binCounts<T extends { start: number; end: number }>(
  items: readonly T[],
  x: (ms: number) => number,
  lane: (item: T) => string,
  binPx: number,
): Bin[] {
  const bins = new Map<string, Bin>();
  for (const item of items) {
    const column = Math.floor(x((item.start + item.end) / 2) / binPx);
    const key = `${lane(item)}\u0000${column}`;
    const bin = bins.get(key);
    if (bin) bin.count++;
    else bins.set(key, { lane: lane(item), x0: column * binPx, x1: (column + 1) * binPx, count: 1 });
  }
  return [...bins.values()];
}
