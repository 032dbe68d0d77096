/**
 * Renders the timeline chart with 10,000 synthetic statements (and 300 events) in headless Chromium
 * and prints how long the first render takes and how long zoom frames take, zoomed out (counts per
 * bin) and zoomed in (individual marks). Figures to read, not a test with a threshold.
 *
 *   node scripts/bench/timeline.ts [statements]
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/paths.ts';

const count = Number(process.argv[2] ?? 10_000);

// The chart module as one script exposing its functions, bundled the way the site bundles it.
const bundle = await build({
  entryPoints: ['src/scripts/timeline/chart.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'timelineChart',
  minify: true,
  write: false,
  platform: 'browser',
});
const script = bundle.outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.setContent(`<!doctype html><html><head><style>${process.env.BENCH_CSS ?? ''}</style></head><body><div id="host" style="width:1200px"></div></body></html>`);
await page.addScriptTag({ content: script });

const figures = await page.evaluate(async (n) => {
  type Chart = {
    timeline: (data: unknown, options: object) => SVGSVGElement;
    showDomain: (svg: SVGSVGElement, domain: [number, number]) => void;
    zoomBy: (svg: SVGSVGElement, factor: number) => void;
    panBy: (svg: SVGSVGElement, fraction: number) => void;
  };
  const chart = (window as unknown as { timelineChart: Chart }).timelineChart;
  // A seeded generator, so every run draws the same data.
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const DAY = 86_400_000;
  const first = Date.UTC(2018, 0, 1);
  const countries = ['CN', 'RU', 'US', 'UA', null];
  const precisions = ['day', 'day', 'day', 'day', 'week', 'month', 'year'] as const;
  const spans = { day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };
  const dated = (precision: keyof typeof spans) => {
    const start = first + Math.floor(random() * 5 * 365) * DAY;
    const iso = new Date(start).toISOString().slice(0, 10);
    return { date: { value: iso, precision: 'day', label: iso }, start, end: start + spans[precision], precision };
  };
  const statements = Array.from({ length: n }, (_, i) => {
    const { date, start, end, precision } = dated(precisions[Math.floor(random() * precisions.length)]!);
    const speaker = `speaker-${Math.floor(random() * 60)}`;
    return {
      id: `s-${i.toString(16).padStart(8, '0')}`,
      text: `Synthetic statement number ${i}`,
      speaker,
      speakerName: speaker.replace('-', ' '),
      country: countries[Number(speaker.slice(8)) % countries.length],
      kind: 'direct',
      outlet: 'Bench',
      article: 'bench',
      url: `/statements/s-${i}/`,
      date: { ...date, precision },
      start,
      end,
    };
  });
  const events = Array.from({ length: 300 }, (_, i) => {
    const { date, start, end } = dated('day');
    return { id: `e-${i}`, kind: 'meeting', text: 'talks', participants: [], place: null, status: 'past', outlet: 'Bench', article: 'bench', url: '/', date, start, end };
  });
  const data = { statements, events };
  const host = document.getElementById('host')!;
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

  await nextFrame();
  const t0 = performance.now();
  const svg = chart.timeline(data, { width: 1200, reducedMotion: true });
  host.append(svg);
  svg.getBoundingClientRect();
  const built = performance.now();
  await nextFrame();
  const painted = performance.now();

  /** Frame times (ms) for `steps` zoom or pan steps, each followed by a painted frame. */
  async function frames(steps: number, act: () => void): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const before = performance.now();
      act();
      await nextFrame();
      times.push(performance.now() - before);
    }
    return times;
  }
  const summary = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, max: sorted.at(-1)! };
  };
  const zoomOut = await frames(30, () => chart.panBy(svg, 0.02));
  chart.showDomain(svg, [Date.UTC(2020, 0, 1), Date.UTC(2020, 3, 1)]);
  await nextFrame();
  const marksQuarter = svg.querySelectorAll('a.tl-mark').length;
  const zoomIn = await frames(30, () => chart.panBy(svg, 0.02));
  const zoomSteps = await frames(12, () => chart.zoomBy(svg, 1.25));
  return {
    statements: n,
    renderMs: built - t0,
    firstPaintMs: painted - t0,
    wholePeriod: { aggregated: svg.getAttribute('class'), panFrames: summary(zoomOut) },
    quarter: { marks: marksQuarter, panFrames: summary(zoomIn) },
    zoomInFrames: summary(zoomSteps),
  };
}, count);

await browser.close();

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, f: { median: number; p95: number; max: number }) => `${label}: median ${ms(f.median)}, p95 ${ms(f.p95)}, max ${ms(f.max)}`;
console.log(`Timeline benchmark, ${figures.statements} statements + 300 events (headless Chromium, 1200 px)`);
console.log(`first render (build the SVG): ${ms(figures.renderMs)}; to the first painted frame: ${ms(figures.firstPaintMs)}`);
console.log(line(`pan frames, whole period (${figures.wholePeriod.aggregated ? 'counts per bin' : 'marks'})`, figures.wholePeriod.panFrames));
console.log(line(`pan frames, one quarter (${figures.quarter.marks} marks drawn)`, figures.quarter.panFrames));
console.log(line('zoom-in frames (×1.25 per step)', figures.zoomInFrames));
