/**
 * The timeline chart: `timeline(data, options)` returns an SVG element with every dated statement and
 * event as a mark (a day is a dot, a week, month or year a faded span), lanes by country or speaker,
 * an events track on top, and zoom and pan by wheel, drag and pinch. Buttons and keys drive the same
 * zoom through `zoomBy`, `panBy`, `showDomain` and `resetView`.
 */
import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { countryClass } from '../../lib/countries.ts';
import { DAY, isoDay, isPoint, spanExtent } from '../../lib/timeline/date-span.ts';
import { dated, EVENT_KIND_LABELS, type TimelineData, type TimelineEvent, type TimelineStatement } from '../../lib/timeline/data.ts';
import { assignLanes, EVENTS_LANE, laneKey, type Lane, type LaneMode } from '../../lib/timeline/lanes.ts';
import { binCounts, inView, markExtent, packRows } from '../../lib/timeline/layout.ts';
import { kindLabel } from '../../lib/labels.ts';

export interface TimelineOptions {
  width: number;
  lanes?: LaneMode;
  /** The period shown first (ms); the whole data with a margin when absent. */
  domain?: [number, number];
  /** The period zooming out can reach (ms); `fullDomain(data)` when absent. Pass the unfiltered data's so a filter does not move the scale. */
  extent?: [number, number];
  /** Above this many marks in view, lanes show counts per time bin instead of marks. */
  aggregateAbove?: number;
  /** No animated zooms (prefers-reduced-motion). */
  reducedMotion?: boolean;
  /** Called after every change of the visible period; `detailed` when marks are drawn one by one (not counts per bin). */
  onZoom?: (domain: [number, number], detailed: boolean) => void;
  /** Called when a mark gets pointer hover or keyboard focus (null when it loses them). */
  onActivate?: (item: TimelineItem | null, element: SVGElement | null) => void;
}

/** A mark's datum: a statement or an event, with where it sits. */
export type TimelineItem =
  | (TimelineStatement & { type: 'statement'; start: number; end: number; lane: string; row: number })
  | (TimelineEvent & { type: 'event'; start: number; end: number; lane: string; row: number });

const NS = 'http://www.w3.org/2000/svg';
const AXIS_HEIGHT = 30;
const LABEL_HEIGHT = 20;
const ROW_HEIGHT = 26;
const LANE_PADDING = 6;
/** Marks are drawn small but their target is at least 24×24 px (WCAG 2.2 target size). */
const TARGET = 24;
const POINT_RADIUS = 6;
const MAX_ROWS = 6;
const SIDE = 12;
const MIN_SPAN = 2 * DAY;

interface ChartState {
  zoom: ZoomBehavior<SVGSVGElement, unknown>;
  base: ScaleTime<number, number>;
  x: ScaleTime<number, number>;
  items: TimelineItem[];
  options: TimelineOptions;
  render: () => void;
  focusIndex: number;
  animation: number;
}

/** Colour slots of the country classes, plus the ink of events. */
const FADE_SLOTS = ['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6', 'c-7', 'c-8', 'ink'];

const charts = new WeakMap<SVGSVGElement, ChartState>();

/** Statement marks first by time, events interleaved: the order arrow keys walk. */
function itemsOf(data: TimelineData, mode: LaneMode): { items: TimelineItem[]; lanes: Lane[] } {
  const statements = dated(data.statements);
  const lanes = [EVENTS_LANE, ...assignLanes(statements, mode)];
  const items: TimelineItem[] = [
    ...dated(data.events).map((e) => ({ ...e, type: 'event' as const, lane: EVENTS_LANE.key, row: 0 })),
    ...statements.map((s) => ({ ...s, type: 'statement' as const, lane: laneKey(s, mode), row: 0 })),
  ];
  items.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  return { items, lanes };
}

/** The whole data's period with a margin, never shorter than two weeks. */
export function fullDomain(data: TimelineData): [number, number] {
  const extent = spanExtent([...dated(data.statements), ...dated(data.events)]);
  if (!extent) {
    const now = Date.now();
    return [now - 14 * DAY, now];
  }
  let from = extent.start;
  let to = extent.end;
  const pad = Math.max((to - from) * 0.05, (14 * DAY - (to - from)) / 2, DAY);
  from -= pad;
  to += pad;
  return [from, to];
}

/** What a mark says to a screen reader and in the tooltip's first line (the words once they are loaded). */
export function describe(item: TimelineItem): string {
  const when = item.date?.label ?? 'date unknown';
  const words = item.text ? `: ${item.text}` : '';
  if (item.type === 'statement') return `${item.speakerName}, ${when} (${kindLabel(item.kind)})${words}`;
  const who = item.participants.length ? ` with ${item.participants.join(', ')}` : '';
  const where = item.place ? ` in ${item.place}` : '';
  return `${EVENT_KIND_LABELS[item.kind]}${item.status === 'scheduled' ? ' (scheduled)' : ''}${who}${where}, ${when}${words}`;
}

/** Gives the chart's marks their words (text by id, as a words file holds them) and updates the drawn marks' labels. */
export function setWords(svg: SVGSVGElement, words: Readonly<Record<string, string>>): void {
  const state = charts.get(svg);
  if (!state) return;
  for (const item of state.items) {
    const text = words[item.id];
    if (text !== undefined) item.text = text;
  }
  select(svg).selectAll<SVGAElement, TimelineItem>('a.tl-mark').attr('aria-label', describe);
}

export function timeline(data: TimelineData, options: TimelineOptions): SVGSVGElement {
  const width = Math.max(options.width, 280);
  const mode = options.lanes ?? 'country';
  const { items, lanes } = itemsOf(data, mode);
  const full = options.extent ?? fullDomain(data);
  const base = scaleUtc().domain(full).range([SIDE, width - SIDE]);

  // Rows are packed once, at the widest view (the most crowded), so marks keep their row while zooming.
  const rowCounts = new Map<string, number>();
  for (const lane of lanes) {
    const inLane = items.filter((item) => item.lane === lane.key);
    const { rows, rowCount } = packRows(
      inLane.map((item) => markExtent(base(item.start), base(item.end), isPoint(item.date!.precision), TARGET)),
      2,
      MAX_ROWS,
    );
    inLane.forEach((item, index) => (item.row = rows[index]!));
    rowCounts.set(lane.key, rowCount);
  }
  const laneTop = new Map<string, number>();
  let y = AXIS_HEIGHT;
  for (const lane of lanes) {
    laneTop.set(lane.key, y);
    y += LABEL_HEIGHT + rowCounts.get(lane.key)! * ROW_HEIGHT + LANE_PADDING;
  }
  const height = y + 4;

  const svg = document.createElementNS(NS, 'svg');
  const root = select(svg)
    .attr('class', 'timeline-chart')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('data-lanes', mode);

  const defs = root.append('defs');
  const clipId = `tl-clip-${Math.random().toString(36).slice(2, 8)}`;
  defs.append('clipPath').attr('id', clipId).append('rect').attr('x', 0).attr('y', 0).attr('width', width).attr('height', height);
  // A fade at both ends of every span, so an uncertain date has no hard edges: one gradient per colour,
  // as gradient fills stay cheap to repaint where a mask per span is not.
  const fadeId = `${clipId}-fade`;
  for (const slot of FADE_SLOTS) {
    const gradient = defs.append('linearGradient').attr('id', `${fadeId}-${slot}`).attr('class', slot);
    for (const [offset, opacity] of [[0, 0.08], [0.3, 0.5], [0.7, 0.5], [1, 0.08]] as const) {
      gradient.append('stop').attr('offset', offset).attr('class', 'tl-fade-stop').attr('stop-opacity', opacity);
    }
  }

  const bands = root.append('g').attr('class', 'tl-lanes');
  lanes.forEach((lane, index) => {
    const top = laneTop.get(lane.key)!;
    const laneHeight = LABEL_HEIGHT + rowCounts.get(lane.key)! * ROW_HEIGHT;
    const band = bands.append('g').attr('class', `tl-lane${lane.key === EVENTS_LANE.key ? ' tl-lane-events' : ''}`).attr('data-lane', lane.key);
    band.append('rect').attr('class', index % 2 ? 'tl-band tl-band-alt' : 'tl-band').attr('x', 0).attr('y', top).attr('width', width).attr('height', laneHeight);
    band.append('text').attr('class', 'tl-lane-label').attr('x', SIDE).attr('y', top + 14).text(lane.label);
  });

  const axis = root.append('g').attr('class', 'tl-axis').attr('transform', `translate(0,${AXIS_HEIGHT - 6})`).attr('aria-hidden', 'true');
  const plot = root.append('g').attr('class', 'tl-plot').attr('clip-path', `url(#${clipId})`);
  const binsLayer = plot.append('g').attr('class', 'tl-bins').attr('aria-hidden', 'true');
  const marksLayer = plot.append('g').attr('class', 'tl-marks');

  const rowY = (item: TimelineItem) => laneTop.get(item.lane)! + LABEL_HEIGHT + item.row * ROW_HEIGHT + ROW_HEIGHT / 2;

  const state: ChartState = {
    zoom: zoom<SVGSVGElement, unknown>(),
    base,
    x: base.copy(),
    items,
    options,
    render,
    focusIndex: 0,
    animation: 0,
  };
  charts.set(svg, state);

  function render(): void {
    const x = state.x;
    const [from, to] = x.domain().map(Number) as [number, number];
    axis.call(axisTop<Date>(x).ticks(Math.max(2, Math.floor(width / 110))).tickSizeOuter(0));
    root.attr('data-from', isoDay(from)).attr('data-to', isoDay(to - 1));
    const visible = inView(items, from, to);
    const aggregate = visible.length > (options.aggregateAbove ?? 1500);
    root.classed('tl-aggregated', aggregate);

    const bins = aggregate ? binCounts(visible, (ms) => x(ms), (item) => item.lane, 6) : [];
    const most = Math.max(1, ...bins.map((bin) => bin.count));
    binsLayer
      .selectAll<SVGRectElement, (typeof bins)[number]>('rect')
      .data(bins)
      .join('rect')
      .attr('x', (bin) => bin.x0)
      .attr('width', (bin) => bin.x1 - bin.x0 - 1)
      .attr('y', (bin) => laneTop.get(bin.lane)! + LABEL_HEIGHT)
      .attr('height', (bin) => Math.max(2, rowCounts.get(bin.lane)! * ROW_HEIGHT * Math.sqrt(bin.count / most)))
      .attr('class', 'tl-bin');

    const marks = marksLayer
      .selectAll<SVGAElement, TimelineItem>('a')
      .data(aggregate ? [] : visible, (item) => item.id)
      .join((enter) => enter.append<SVGAElement>('svg:a').each(function (item) {
        drawMark(select(this), item, fadeId);
      }));
    marks.attr('transform', (item) => `translate(${x(item.start)},${rowY(item)})`);
    marks.each(function (item) {
      if (isPoint(item.date!.precision)) return;
      const w = Math.max(x(item.end) - x(item.start), 2);
      const mark = select(this);
      mark.select('.tl-span').attr('width', w);
      mark.select('.tl-hit').attr('x', Math.min(0, (w - TARGET) / 2)).attr('width', Math.max(w, TARGET));
    });
    syncTabStop();
    options.onZoom?.([from, to], !aggregate);
  }

  /** Exactly one mark is in the tab order: the last one focused, or the first in view. */
  function syncTabStop(): void {
    const nodes = marksLayer.selectAll<SVGAElement, TimelineItem>('a');
    const current = items[state.focusIndex];
    let found = false;
    nodes.attr('tabindex', (item) => {
      const on = item === current;
      found ||= on;
      return on ? 0 : -1;
    });
    if (!found) {
      const first = nodes.node();
      if (first) first.setAttribute('tabindex', '0');
    }
  }

  state.zoom
    .scaleExtent([1, Math.max(1, (full[1] - full[0]) / MIN_SPAN)])
    .extent([[SIDE, 0], [width - SIDE, height]])
    .translateExtent([[SIDE, 0], [width - SIDE, height]])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      state.x = event.transform.rescaleX(base);
      render();
    });
  root.call(state.zoom).on('dblclick.zoom', null);

  marksLayer
    .on('pointerover', (event: PointerEvent) => activate(event.target))
    .on('pointerout', () => options.onActivate?.(null, null))
    .on('focusin', (event: FocusEvent) => activate(event.target))
    .on('focusout', () => options.onActivate?.(null, null));

  function activate(target: EventTarget | null): void {
    const element = (target as Element | null)?.closest<SVGAElement>('a.tl-mark');
    if (!element) return;
    options.onActivate?.(select<SVGAElement, TimelineItem>(element).datum(), element);
  }

  root.on('keydown', (event: KeyboardEvent) => onKey(svg, event));

  root.call(state.zoom.transform, transformFor(state, options.domain ? clamp(state, options.domain) : full));
  return svg;
}

function drawMark(mark: Selection<SVGAElement, TimelineItem, null, undefined>, item: TimelineItem, fadeId: string): void {
  mark
    .attr('href', item.url)
    .attr('class', `tl-mark tl-${item.type} ${item.type === 'statement' ? countryClass(item.country) : `tl-event-${item.status}`}`)
    .attr('aria-label', describe(item))
    .attr(item.type === 'statement' ? 'data-statement-id' : 'data-event-id', item.id)
    .attr('data-start', isoDay(item.start));
  const point = isPoint(item.date!.precision);
  mark
    .append('rect')
    .attr('class', 'tl-hit')
    .attr('x', -TARGET / 2)
    .attr('y', -TARGET / 2)
    .attr('width', TARGET)
    .attr('height', TARGET);
  if (!point) {
    mark.attr('data-precision', item.date!.precision);
    const slot = item.type === 'statement' ? countryClass(item.country) : 'ink';
    mark.append('rect').attr('class', 'tl-span').attr('y', -5).attr('height', 10).attr('fill', `url(#${fadeId}-${slot})`);
  } else if (item.type === 'event') {
    mark.append('path').attr('class', 'tl-point').attr('d', 'M0,-7L7,0L0,7L-7,0Z');
  } else {
    mark.append('circle').attr('class', 'tl-point').attr('r', POINT_RADIUS);
  }
}

function transformFor(state: ChartState, [from, to]: [number, number]): ZoomTransform {
  const [r0, r1] = state.base.range() as [number, number];
  const k = Math.max(1, (r1 - r0) / (state.base(to) - state.base(from)));
  return zoomIdentity.translate(r0 - k * state.base(from), 0).scale(k);
}

/** Moves to a transform, animated unless motion is reduced. */
function moveTo(svg: SVGSVGElement, target: ZoomTransform): void {
  const state = charts.get(svg);
  if (!state) return;
  cancelAnimationFrame(state.animation);
  const root = select(svg);
  const duration = state.options.reducedMotion ? 0 : 250;
  if (!duration) {
    root.call(state.zoom.transform, target);
    return;
  }
  const [a0, a1] = state.x.domain().map(Number) as [number, number];
  const goal = target.rescaleX(state.base).domain().map(Number) as [number, number];
  const began = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - began) / duration);
    const eased = t * (2 - t);
    root.call(state.zoom.transform, transformFor(state, [a0 + (goal[0] - a0) * eased, a1 + (goal[1] - a1) * eased]));
    if (t < 1) state.animation = requestAnimationFrame(step);
  };
  state.animation = requestAnimationFrame(step);
}

/** The visible period, in ms. */
export function visibleDomain(svg: SVGSVGElement): [number, number] | null {
  const state = charts.get(svg);
  return state ? (state.x.domain().map(Number) as [number, number]) : null;
}

/** Zooms around the centre: factor > 1 shows a shorter period. */
export function zoomBy(svg: SVGSVGElement, factor: number): void {
  const state = charts.get(svg);
  if (!state) return;
  const [from, to] = state.x.domain().map(Number) as [number, number];
  const centre = (from + to) / 2;
  const half = Math.max((to - from) / factor, MIN_SPAN) / 2;
  showDomain(svg, [centre - half, centre + half]);
}

/** Pans by a fraction of the visible period (negative: earlier). */
export function panBy(svg: SVGSVGElement, fraction: number): void {
  const state = charts.get(svg);
  if (!state) return;
  const [from, to] = state.x.domain().map(Number) as [number, number];
  const shift = (to - from) * fraction;
  showDomain(svg, [from + shift, to + shift]);
}

/** A period moved and shortened to fit inside the data's period. */
function clamp(state: ChartState, [from, to]: [number, number]): [number, number] {
  const [min, max] = state.base.domain().map(Number) as [number, number];
  const span = Math.min(Math.max(to - from, MIN_SPAN), max - min);
  const start = Math.min(Math.max(from, min), max - span);
  return [start, start + span];
}

/** Shows a period, kept inside the data's period. */
export function showDomain(svg: SVGSVGElement, domain: [number, number]): void {
  const state = charts.get(svg);
  if (state) moveTo(svg, transformFor(state, clamp(state, domain)));
}

export function resetView(svg: SVGSVGElement): void {
  const state = charts.get(svg);
  if (state) moveTo(svg, zoomIdentity);
}

/**
 * Keys on the chart: arrows walk the marks in time order (bringing an off-screen one into view),
 * Home/End go to the first and last, + and − zoom, 0 resets, Page Up/Down pan.
 */
function onKey(svg: SVGSVGElement, event: KeyboardEvent): void {
  const state = charts.get(svg);
  if (!state || !state.items.length) return;
  const walk: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };
  const move = walk[event.key];
  if (move !== undefined) {
    event.preventDefault();
    const focused = (document.activeElement as Element | null)?.closest?.('a.tl-mark');
    const at = focused ? state.items.indexOf(select<Element, TimelineItem>(focused).datum()) : state.focusIndex;
    const next = move === 'first' ? 0 : move === 'last' ? state.items.length - 1 : Math.min(state.items.length - 1, Math.max(0, at + move));
    focusItem(svg, next);
    return;
  }
  const actions: Record<string, () => void> = {
    '+': () => zoomBy(svg, 2),
    '=': () => zoomBy(svg, 2),
    '-': () => zoomBy(svg, 0.5),
    '0': () => resetView(svg),
    PageUp: () => panBy(svg, -0.5),
    PageDown: () => panBy(svg, 0.5),
  };
  const action = actions[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
}

/** Focuses the mark of item `index`, first bringing it into view without changing the zoom level. */
export function focusItem(svg: SVGSVGElement, index: number): void {
  const state = charts.get(svg);
  const item = state?.items[index];
  if (!state || !item) return;
  state.focusIndex = index;
  const [from, to] = state.x.domain().map(Number) as [number, number];
  if (item.start < from || item.start >= to) {
    cancelAnimationFrame(state.animation);
    const span = to - from;
    select(svg).call(state.zoom.transform, transformFor(state, clamp(state, [item.start - span / 2, item.start + span / 2])));
  }
  state.render();
  const element = svg.querySelector<SVGAElement>(`a.tl-mark[data-${item.type}-id="${item.id}"]`);
  element?.focus();
}
