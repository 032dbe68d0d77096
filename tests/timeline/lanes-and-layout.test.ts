import { describe, expect, it } from 'vitest';
import { assignLanes, laneKey } from '../../src/lib/timeline/lanes.ts';
import { binCounts, inView, markExtent, packRows } from '../../src/lib/timeline/layout.ts';

const s = (speaker: string, country: string | null) => ({ speaker, speakerName: speaker.replace('-', ' '), country });

describe('lane assignment', () => {
  it('by country: China, Russia, then everyone else in one lane, whatever the data', () => {
    expect(assignLanes([], 'country').map((lane) => lane.label)).toEqual(['China', 'Russia', 'Others']);
    expect([s('a', 'CN'), s('b', 'RU'), s('c', 'US'), s('d', null)].map((x) => laneKey(x, 'country'))).toEqual(['CN', 'RU', 'other', 'other']);
  });
  it('by speaker: grouped China, Russia, others; most quoted first; then by name', () => {
    const statements = [s('xi-b', 'CN'), s('putin', 'RU'), s('wang-a', 'CN'), s('wang-a', 'CN'), s('blinken', 'US'), s('xi-a', 'CN')];
    expect(assignLanes(statements, 'speaker').map((lane) => lane.key)).toEqual(['wang-a', 'xi-a', 'xi-b', 'putin', 'blinken']);
    expect(laneKey(s('putin', 'RU'), 'speaker')).toBe('putin');
  });
});

describe('layout', () => {
  it('packs overlapping marks into rows and reuses a row once it is clear', () => {
    const { rows, rowCount } = packRows([{ x0: 0, x1: 24 }, { x0: 10, x1: 34 }, { x0: 30, x1: 54 }, { x0: 60, x1: 84 }], 2, 6);
    expect(rows).toEqual([0, 1, 0, 0]);
    expect(rowCount).toBe(2);
  });
  it('never uses more rows than allowed: the row that frees first takes the overflow', () => {
    const same = Array.from({ length: 5 }, () => ({ x0: 0, x1: 10 }));
    expect(packRows(same, 0, 3)).toEqual({ rows: [0, 1, 2, 0, 0], rowCount: 3 });
  });
  it('a point takes its target size; a span at least that', () => {
    expect(markExtent(100, 110, true, 24)).toEqual({ x0: 93, x1: 117 });
    expect(markExtent(100, 300, false, 24)).toEqual({ x0: 100, x1: 300 });
    expect(markExtent(100, 101, false, 24)).toEqual({ x0: 100, x1: 124 });
  });
  it('keeps what overlaps the view, spans that start before it included', () => {
    const items = [{ start: 0, end: 10 }, { start: 5, end: 50 }, { start: 20, end: 21 }, { start: 60, end: 61 }];
    expect(inView(items, 15, 30)).toEqual([items[1], items[2]]);
  });
  it('counts marks per lane and pixel column when zoomed out', () => {
    const items = [{ start: 0, end: 2, lane: 'CN' }, { start: 2, end: 4, lane: 'CN' }, { start: 20, end: 22, lane: 'CN' }, { start: 0, end: 2, lane: 'RU' }];
    const bins = binCounts(items, (ms) => ms, (item) => item.lane, 10);
    expect(bins).toEqual([
      { lane: 'CN', x0: 0, x1: 10, count: 2 },
      { lane: 'CN', x0: 20, x1: 30, count: 1 },
      { lane: 'RU', x0: 0, x1: 10, count: 1 },
    ]);
  });
});
