/**
 * The timeline page: loads the marks (`/data/timeline/marks.json`), draws the chart, and keeps the
 * filters, lanes and visible period in the URL so a view is a permalink. The words of the marks come
 * by period (`/data/timeline/words/<period>.json`) when the chart shows marks one by one, so the page
 * never loads the text of the whole corpus. The table under the chart is rendered at build time; this
 * script only hides the rows a filter leaves out.
 */
import { focusItem, fullDomain, panBy, resetView, setWords, showDomain, timeline, zoomBy, type TimelineItem } from './chart.ts';
import { isoDay, parseDay, DAY } from '../../lib/timeline/date-span.ts';
import { EVENT_KIND_LABELS, type TimelineData } from '../../lib/timeline/data.ts';
import { periodOf, periodsBetween, unpackMarks, type TimelineMarks, type TimelineWords } from '../../lib/timeline/compact.ts';
import { applyFilters, FILTER_KEYS, readState, writeState, type ViewState } from '../../lib/timeline/url-state.ts';
import { kindLabel } from '../../lib/labels.ts';

const section = document.querySelector<HTMLElement>('#timeline')!;
const host = section.querySelector<HTMLElement>('#timeline-chart')!;
const form = document.querySelector<HTMLFormElement>('#timeline-controls')!;
const status = document.querySelector<HTMLElement>('#timeline-status')!;
const tooltip = section.querySelector<HTMLElement>('#timeline-tooltip')!;
const fromInput = form.querySelector<HTMLInputElement>('input[name="from"]')!;
const toInput = form.querySelector<HTMLInputElement>('input[name="to"]')!;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

let state: ViewState = readState(new URLSearchParams(location.search));
let data: TimelineData = { statements: [], events: [] };
let periods: readonly string[] = [];
/** Every statement and event by id, to give them their words. */
let rowsById = new Map<string, { text: string }>();
/** Words files loaded or on their way, by period. */
const wordsLoaded = new Map<string, Promise<void>>();
/** The words of the marks in view, while they load. */
let wordsInView: Promise<void> = Promise.resolve();
/** The mark the tooltip shows. */
let activeItem: TimelineItem | null = null;
let svg: SVGSVGElement | null = null;
let domain: [number, number] | null = null;
let urlTimer = 0;

function rangeFromState(): [number, number] | undefined {
  const from = parseDay(state.from);
  const to = parseDay(state.to);
  return from !== null && to !== null && to >= from ? [from, to + DAY] : undefined;
}

function draw(keep: [number, number] | undefined): void {
  const shown = applyFilters(data, state.filters);
  let first = true;
  svg = timeline(shown, {
    width: host.clientWidth,
    lanes: state.lanes,
    domain: keep,
    extent: fullDomain(data),
    reducedMotion: reducedMotion.matches,
    onZoom: (visible, detailed) => {
      domain = visible;
      if (detailed) wordsInView = loadWords(periodsBetween(visible[0], visible[1], periods));
      fromInput.value = isoDay(visible[0]);
      toInput.value = isoDay(visible[1] - 1);
      // The first drawing is not a choice of period: the address keeps no from/to until the reader moves.
      if (first && !keep) return;
      state = { ...state, from: fromInput.value, to: toInput.value };
      scheduleUrl();
    },
    onActivate: showTooltip,
  });
  first = false;
  svg.setAttribute('aria-label', `Timeline of ${shown.statements.filter((s) => s.start !== null).length} dated statements and ${shown.events.filter((e) => e.start !== null).length} events. Arrow keys move between marks; plus and minus zoom.`);
  svg.setAttribute('aria-describedby', 'timeline-table-caption');
  host.replaceChildren(svg);
  filterTable();
  // The chart draws dated marks only; the status says so, and how many undated ones the table adds.
  const dated = shown.statements.filter((s) => s.start !== null).length;
  const datedEvents = shown.events.filter((e) => e.start !== null).length;
  const undated = shown.statements.length - dated + shown.events.length - datedEvents;
  status.textContent = `${dated} dated statement${dated === 1 ? '' : 's'} and ${datedEvents} dated event${datedEvents === 1 ? '' : 's'} match` +
    (undated ? `; ${undated} undated ${undated === 1 ? 'one is' : 'ones are'} listed in the table below.` : '.');
}

function scheduleUrl(): void {
  clearTimeout(urlTimer);
  urlTimer = window.setTimeout(() => history.replaceState(null, '', `${location.pathname}${writeState(state)}`), 150);
}

function filterTable(): void {
  const names = new Map(data.statements.map((s) => [s.speaker, s.speakerName]));
  const f = state.filters;
  for (const row of document.querySelectorAll<HTMLTableRowElement>('#timeline-table tbody tr')) {
    const d = row.dataset;
    const keep = d.statementId
      ? (!f.speaker.length || f.speaker.includes(d.speaker!)) &&
        (!f.country.length || f.country.includes(d.country!)) &&
        (!f.kind.length || f.kind.includes(d.kind!)) &&
        (!f.outlet.length || f.outlet.includes(d.outlet!))
      : (!f.outlet.length || f.outlet.includes(d.outlet!)) &&
        (!f.speaker.length || f.speaker.some((id) => (d.participants ?? '').split('|').includes(names.get(id) ?? '')));
    row.hidden = !keep;
  }
}

/** Loads the words of some periods (each once) and gives them to the data and the chart. */
function loadWords(keys: readonly string[]): Promise<void> {
  return Promise.all(
    keys.map((key) => {
      let loading = wordsLoaded.get(key);
      if (!loading) {
        loading = fetch(`/data/timeline/words/${key}.json`)
          .then((response) => {
            if (!response.ok) throw new Error(`words of ${key}: HTTP ${response.status}`);
            return response.json() as Promise<TimelineWords>;
          })
          .then((words) => {
            for (const [id, text] of Object.entries(words)) {
              const row = rowsById.get(id);
              if (row) row.text = text;
            }
            if (svg) setWords(svg, words);
          });
        // A failed load is tried again the next time its marks are shown.
        loading.catch(() => wordsLoaded.delete(key));
        wordsLoaded.set(key, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

function showTooltip(item: TimelineItem | null, element: SVGElement | null): void {
  activeItem = item;
  if (!item || !element) {
    tooltip.hidden = true;
    return;
  }
  if (!item.text) {
    const key = periodOf(item.start, periods);
    if (key) void loadWords([key]).then(() => activeItem === item && item.text && element.isConnected && showTooltip(item, element), () => {});
  }
  const title = item.type === 'statement' ? item.speakerName : `${EVENT_KIND_LABELS[item.kind]}${item.status === 'scheduled' ? ' (scheduled)' : ''}`;
  const detail =
    item.type === 'statement'
      ? `${kindLabel(item.kind)} · ${item.outlet}`
      : [item.participants.join(', '), item.place, item.outlet].filter(Boolean).join(' · ');
  const words = item.text.length > 220 ? `${item.text.slice(0, 217)}…` : item.text;
  tooltip.replaceChildren(
    line('strong', title),
    line('span', item.date?.label ?? 'date unknown', 'tl-tip-date'),
    ...(words ? [line('q', words)] : []),
    line('span', detail, 'tl-tip-detail'),
  );
  tooltip.hidden = false;
  const box = host.getBoundingClientRect();
  const mark = element.getBoundingClientRect();
  const left = Math.min(Math.max(mark.left + mark.width / 2 - box.left - tooltip.offsetWidth / 2, 0), box.width - tooltip.offsetWidth);
  const below = mark.bottom - box.top + 6;
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${below + tooltip.offsetHeight > host.offsetHeight && mark.top - box.top > tooltip.offsetHeight ? mark.top - box.top - tooltip.offsetHeight - 6 : below}px`;
}

function line(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function syncForm(): void {
  for (const key of FILTER_KEYS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select) select.value = state.filters[key][0] ?? '';
  }
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="lanes"]')) radio.checked = radio.value === state.lanes;
}

form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  if (target.name === 'from' || target.name === 'to') {
    const from = parseDay(fromInput.value);
    const to = parseDay(toInput.value);
    if (svg && from !== null && to !== null && to >= from) showDomain(svg, [from, to + DAY]);
    return;
  }
  const filters = { ...state.filters };
  for (const key of FILTER_KEYS) {
    const value = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)?.value ?? '';
    filters[key] = value ? [value] : [];
  }
  const lanes = form.querySelector<HTMLInputElement>('input[name="lanes"]:checked')?.value === 'speaker' ? 'speaker' : 'country';
  state = { ...state, filters, lanes };
  scheduleUrl();
  draw(domain ?? undefined);
});
form.addEventListener('submit', (event) => event.preventDefault());

const buttons: Record<string, (chart: SVGSVGElement) => void> = {
  'zoom-in': (chart) => zoomBy(chart, 2),
  'zoom-out': (chart) => zoomBy(chart, 0.5),
  earlier: (chart) => panBy(chart, -0.5),
  later: (chart) => panBy(chart, 0.5),
  reset: (chart) => resetView(chart),
  first: (chart) => focusItem(chart, 0),
};
section.querySelector('.timeline-buttons')!.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
  if (button && svg) buttons[button.dataset.action!]?.(svg);
});

let lastWidth = 0;
new ResizeObserver(() => {
  if (!data.statements.length && !data.events.length) return;
  if (Math.abs(host.clientWidth - lastWidth) < 8) return;
  lastWidth = host.clientWidth;
  draw(domain ?? rangeFromState());
}).observe(host);

async function start(): Promise<void> {
  const response = await fetch('/data/timeline/marks.json');
  if (!response.ok) throw new Error(`marks: HTTP ${response.status}`);
  const marks = (await response.json()) as TimelineMarks;
  data = unpackMarks(marks);
  periods = marks.periods;
  rowsById = new Map<string, { text: string }>([...data.statements, ...data.events].map((row) => [row.id, row]));
  syncForm();
  lastWidth = host.clientWidth;
  draw(rangeFromState());
  // Ready once the marks in view can say what they are.
  await wordsInView.catch(() => {});
  section.dataset.ready = 'true';
}

start().catch(() => {
  status.textContent = 'The chart could not be loaded; the table below lists every statement and event.';
});

