/**
 * The harness of `npm run bench:client` (client.cli.ts): the explorer in headless Chromium at
 * 1280×800, with Cytoscape's canvas renderer and with its WebGL renderer: the time from navigation
 * to the first complete drawing, where that time goes (the explorer's performance marks), the
 * frame times while panning, and what drawing a whole large graph at once would cost. Measures;
 * asserts nothing.
 */
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { LARGE_GRAPH_ELEMENTS } from '../../client/src/largeGraph';
import { FORCE_DIRECTED_LAYOUT } from '../../ontology/src/graphLayout';
import type { Ontology } from '../../ontology/src';
import { machineLine, markdownTable, percentile } from './report';
import { syntheticOntology } from './syntheticGraph';

const RENDERERS = ['canvas', 'webgl'] as const;
type Renderer = (typeof RENDERERS)[number];
/** Issue 17: the whole real graph, today and as of 2010, drawn within half a second of navigation. */
const GOALS = { drawMs: 500, panFrameMs: 50 };

export interface BenchOptions {
  /** Page loads per graph and renderer. */
  runs: number;
  /** How long each pan lasts. */
  panMs: number;
}

/**
 * Installed in every page before the explorer loads: notes when the first complete drawing has
 * been painted, and drives the measurements. Plain JavaScript, as the page runs it.
 */
const IN_PAGE = `
window.kzBench = { drawn: null };
new MutationObserver((records, observer) => {
  if (document.getElementById('graph')?.dataset.state !== 'ready') return;
  observer.disconnect();
  // The frame after next starts once the frame that holds the complete drawing has been painted.
  requestAnimationFrame(() => requestAnimationFrame(() => { window.kzBench.drawn = performance.now(); }));
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
window.kzBench.twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
// Pans back and forth once a frame, as a dragging hand would, and returns the time between frames.
window.kzBench.panFrames = (ms) => new Promise((resolve) => {
  const cy = window.kzGraph.cy;
  const intervals = [];
  let start;
  let last;
  const step = (now) => {
    if (start === undefined) start = now;
    else intervals.push(now - last);
    last = now;
    const direction = Math.floor((now - start) / 500) % 2 === 0 ? 1 : -1;
    cy.panBy({ x: 8 * direction, y: 5 * direction });
    if (now - start < ms) requestAnimationFrame(step);
    else resolve(intervals);
  };
  requestAnimationFrame(step);
});
// The whole graph drawn at once, on a grid (the cheapest layout there is), in place of the explorer's drawing.
window.kzBench.drawWhole = async () => {
  const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query { graph(filter: { lang: KK }) { elements } }' }) });
  const { data } = await response.json();
  const cy = window.kzGraph.cy;
  const started = performance.now();
  cy.elements().remove();
  cy.add(data.graph.elements);
  cy.layout({ name: 'grid', animate: false }).run();
  await window.kzBench.twoFrames();
  return performance.now() - started;
};
// The explorer's force-directed layout (ontology/src/graphLayout.ts) on whatever is drawn; fcose is registered, as the explorer laid the overview out itself.
window.kzBench.fcose = () => {
  const started = performance.now();
  window.kzGraph.cy.layout(${JSON.stringify(FORCE_DIRECTED_LAYOUT)}).run();
  return performance.now() - started;
};
window.kzBench.webglRenderer = () => {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'none';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
};
`;

const MARKS = ['kz:explorer-loaded', 'kz:graph-received', 'kz:laid-out', 'kz:ready'] as const;

interface Load {
  drawn: number;
  /** CPU time of the page's main thread until then: what the drawing cost, however busy the machine was. */
  cpu: number;
  marks: Record<(typeof MARKS)[number], number>;
  elements: number;
  elementsDrawn: number;
  mode: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

/** The elements the explorer's whole graph has on `date`: entities valid then, and the relations between them. */
function elementsOn(ontology: Ontology, date: string): number {
  const valid = (item: { validFrom: string; validTo?: string | null }) => item.validFrom <= date && (!item.validTo || item.validTo >= date);
  const entities = new Set(ontology.entities.filter(valid).map((entity) => entity.id));
  return (
    entities.size +
    ontology.relations.filter((relation) => valid(relation) && entities.has(relation.from) && entities.has(relation.to)).length
  );
}

/** A synthetic graph whose whole graph today has about `elements` elements, and no more. */
export function syntheticOfAbout(base: Ontology, elements: number, today: string): Ontology {
  let entities = Math.round(elements / 3);
  let graph = syntheticOntology(base, { entities });
  // Elements grow in proportion to entities: two corrections come close, then step down to the mark.
  for (let step = 0; step < 2; step++) {
    entities = Math.round((entities * elements) / elementsOn(graph, today));
    graph = syntheticOntology(base, { entities });
  }
  while (elementsOn(graph, today) > elements) graph = syntheticOntology(base, { entities: (entities -= 5) });
  return graph;
}

/** Waits until the app answers from `version` (it notices a seed by another process within a second or so). */
export async function waitForVersion(url: string, version: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ontology { graphVersion } }' }),
    });
    const body = (await response.json()) as { data?: { ontology: { graphVersion: string } } };
    if (body.data?.ontology.graphVersion === version) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not take up graph version ${version}`);
}

/** Opens `url` in a new context (nothing cached, as on a first visit); returns the page once drawn, and the main thread's CPU time by then. */
async function openPage(browser: Browser, url: string): Promise<{ page: Page; cpu: number; threadTime: () => Promise<number> }> {
  // Playwright's waitForFunction evaluates a string in the page, which the app's CSP refuses (as it should).
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Performance.enable');
  await page.addInitScript(IN_PAGE);
  await page.goto(url);
  await page.waitForFunction('window.kzBench.drawn !== null', undefined, { timeout: 180_000, polling: 100 });
  const threadTime = async () =>
    ((await devtools.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
  return { page, cpu: await threadTime(), threadTime };
}

/** Pans for `panMs`: the time between frames, and the main thread's CPU time per frame. */
async function pan(page: Page, threadTime: () => Promise<number>, panMs: number): Promise<Pan> {
  const before = await threadTime();
  const frames = (await page.evaluate(`window.kzBench.panFrames(${panMs})`)) as number[];
  return { frames, cpuPerFrame: ((await threadTime()) - before) / frames.length };
}

async function measureLoad(page: Page, cpu: number): Promise<Load> {
  const load: Omit<Load, 'cpu'> = await page.evaluate(`(() => {
    const graph = document.getElementById('graph');
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      drawn: window.kzBench.drawn,
      marks: Object.fromEntries(${JSON.stringify(MARKS)}.map((name) => [name, mark(name)])),
      elements: Number(graph.dataset.elementCount),
      elementsDrawn: window.kzGraph.cy.elements().length,
      mode: graph.dataset.mode,
    };
  })()`);
  return { ...load, cpu };
}

interface Pan {
  frames: number[];
  cpuPerFrame: number;
}

export interface Row {
  graph: string;
  renderer: Renderer;
  loads: Load[];
  pan: Pan;
}

/** Loads the explorer `runs` times with each renderer (`query` adds to the address), and pans the last load. */
export async function measureGraph(
  browser: Browser,
  base: string,
  graph: string,
  query: string,
  { runs, panMs }: BenchOptions,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const renderer of RENDERERS) {
    const loads: Load[] = [];
    let panned: Pan = { frames: [], cpuPerFrame: NaN };
    for (let run = 0; run < runs; run++) {
      const { page, cpu, threadTime } = await openPage(browser, `${base}/?renderer=${renderer}${query}`);
      loads.push(await measureLoad(page, cpu));
      if (run === runs - 1) panned = await pan(page, threadTime, panMs);
      await page.close();
    }
    rows.push({ graph, renderer, loads, pan: panned });
    console.log(
      `${graph}, ${renderer}: drawn in ${ms(median(loads.map((load) => load.drawn)))}, pan frame ${ms(median(panned.frames))} (p95 ${ms(percentile(panned.frames, 95))}, CPU ${ms(panned.cpuPerFrame)})`,
    );
  }
  return rows;
}

export interface WholeRow {
  graph: string;
  elements: number;
  renderer: Renderer;
  drawing: number;
  pan: Pan;
  fcose: number | null;
}

/** The whole graph at once, on a grid: what the explorer would face without its overview. */
export async function measureWhole(
  browser: Browser,
  base: string,
  graph: string,
  elements: number,
  withFcose: boolean,
  { panMs }: BenchOptions,
): Promise<WholeRow[]> {
  const rows: WholeRow[] = [];
  for (const renderer of RENDERERS) {
    const { page, threadTime } = await openPage(browser, `${base}/?renderer=${renderer}`);
    const drawing = (await page.evaluate('window.kzBench.drawWhole()')) as number;
    const panned = await pan(page, threadTime, panMs);
    const fcose = withFcose && renderer === 'canvas' ? ((await page.evaluate('window.kzBench.fcose()')) as number) : null;
    await page.close();
    rows.push({ graph, elements, renderer, drawing, pan: panned, fcose });
    console.log(
      `${graph} whole, ${renderer}: drawn in ${ms(drawing)}, pan frame ${ms(median(panned.frames))} (CPU ${ms(panned.cpuPerFrame)})${fcose === null ? '' : `, fcose ${ms(fcose)}`}`,
    );
  }
  return rows;
}

export interface BenchContext {
  chromium: string;
  webgl: string;
  started: number;
  /** The machine's 1-minute load average when the run began and ended: how much else was running. */
  load: number[];
}

/** Reads `window.kzBench.webglRenderer()` in a blank page: which WebGL implementation Chromium has here. */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  await page.addInitScript(IN_PAGE);
  await page.goto('about:blank');
  const renderer = (await page.evaluate('window.kzBench.webglRenderer()')) as string;
  await page.close();
  return renderer;
}

/** The "client" section of docs/benchmarks.md. The first rows are the real graph today; a row named "~5k" holds the pan goal. */
export function clientSection(rows: Row[], whole: WholeRow[], context: BenchContext, notSeeded: string[], { panMs }: BenchOptions): string {
  const panCell = (panned: Pan) => `${ms(median(panned.frames))} · ${ms(percentile(panned.frames, 95))} · ${ms(panned.cpuPerFrame)}`;
  const range = (values: number[]) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
  const first = (row: Row) => row.loads[0];
  const main = markdownTable(
    [
      'graph',
      'elements',
      'drawn',
      'renderer',
      'navigation → complete drawing (median; range; runs)',
      'graph received · laid out · ready (medians)',
      'main-thread CPU until drawn (median)',
      'frame while panning: median · p95 · CPU per frame',
    ],
    rows.map((row) => [
      row.graph,
      first(row).elements.toLocaleString('en'),
      `${first(row).elementsDrawn.toLocaleString('en')} (${first(row).mode})`,
      row.renderer,
      `**${ms(median(row.loads.map((load) => load.drawn)))}**; ${range(row.loads.map((load) => load.drawn))}; ${row.loads.length}`,
      MARKS.map((mark) => ms(median(row.loads.map((load) => load.marks[mark])))).join(' · '),
      ms(median(row.loads.map((load) => load.cpu))),
      panCell(row.pan),
    ]),
  );
  const byGraph = [...new Set(rows.map((row) => row.graph))];
  const rowOf = (graph: string, renderer: Renderer) => rows.find((row) => row.graph === graph && row.renderer === renderer)!;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const ratios = markdownTable(
    ['graph', 'drawing: canvas / WebGL', 'pan frame median: canvas / WebGL', 'CPU per pan frame: canvas / WebGL'],
    byGraph.map((graph) => {
      const [canvas, webgl] = [rowOf(graph, 'canvas'), rowOf(graph, 'webgl')];
      return [
        graph,
        ratio(median(canvas.loads.map((load) => load.drawn)), median(webgl.loads.map((load) => load.drawn))),
        ratio(median(canvas.pan.frames), median(webgl.pan.frames)),
        ratio(canvas.pan.cpuPerFrame, webgl.pan.cpuPerFrame),
      ];
    }),
  );
  const wholeTable = markdownTable(
    [
      'graph',
      'elements',
      'renderer',
      'drawn on a grid, from data to painted',
      'frame while panning: median · p95 · CPU per frame',
      'fcose (the explorer’s layout) on it',
    ],
    whole.map((row) => [
      row.graph,
      row.elements.toLocaleString('en'),
      row.renderer,
      ms(row.drawing),
      panCell(row.pan),
      row.fcose === null ? '—' : ms(row.fcose),
    ]),
  );
  const real = rowOf(byGraph[0], 'canvas');
  const realDrawn = median(real.loads.map((load) => load.drawn));
  const fiveK = rows.find((row) => row.graph.includes('~5k') && row.renderer === 'canvas');
  const in2010 = rows.find((row) => row.graph.includes('2010') && row.renderer === 'canvas');
  const realMark = (mark: (typeof MARKS)[number]) => median(real.loads.map((load) => load.marks[mark]));
  const whereItGoes = `Where the real graph's ${ms(realDrawn)} go (medians, canvas): ${ms(realMark('kz:graph-received'))} until the graph has arrived (the page, the ontology and the graph requested at once, the server answering while the drawing code loads), ${ms(realMark('kz:laid-out') - realMark('kz:graph-received'))} adding the elements and putting them where the server's force-directed layout has them (\`graph.positions\`: no layout runs in the browser), ${ms(realMark('kz:ready') - realMark('kz:laid-out'))} for filters, panels, fit and label declutter (most of it Cytoscape styling the elements and measuring the labels, which it needs for the first frame anyway), and ${ms(realDrawn - realMark('kz:ready'))} painting the first frame. The page's main thread spent ${ms(median(real.loads.map((load) => load.cpu)))} of CPU in all.`;
  const verdict = (value: number, goal: number) =>
    value <= goal ? `**met** (${ms(value)} ≤ ${ms(goal)})` : `**not met**: ${ms(value)}, ${ms(value - goal)} over ${ms(goal)}`;
  return `## The explorer (\`npm run bench:client\`)

${machineLine()}. Headless Chromium ${context.chromium} at 1280×800, a new browser context per page (nothing
cached, as on a first visit), the app and its Neo4j on the same machine. WebGL is Chromium's
software implementation (${context.webgl}): this machine has no GPU, so the WebGL renderer's numbers
are the CPU doing a GPU's work and say little about a student's laptop. Whole run: ${Math.round((Date.now() - context.started) / 60_000)} min; load average
${context.load.map((load) => load.toFixed(1)).join(' at the start, ')} at the end, on ${os.cpus().length} cores (other work on the machine slows
every wall-clock time here; the main thread's CPU time is what the page itself spent).

"Complete drawing" is the frame after next once the explorer says it is ready (\`#graph[data-state=ready]\`):
by then the frame holding the laid-out, labelled graph has been painted. Graph received, laid out and
ready are the explorer's own performance marks (\`kz:*\`), from navigation. Panning moves the view once
a frame for ${panMs / 1000} s; a frame is the time between two animation frames (at least 16.7 ms, the
display's 60 Hz), and the CPU per frame is the main thread's CPU time over the pan divided by the frames.

${main}
${notSeeded.map((line) => `\nNot measured: ${line}.\n`).join('')}
Canvas against WebGL, from the table above (above 1 the WebGL renderer is faster):

${ratios}

### Why the explorer draws an overview beyond ${LARGE_GRAPH_ELEMENTS.toLocaleString('en')} elements

Above \`LARGE_GRAPH_ELEMENTS\` (client/src/largeGraph.ts) the explorer draws the coarsest administrative
levels that fit under it (at least the national one) and lets the user open any entity to draw its
neighbours (double-click, the button in its details, search, "Go to", a link). The same graphs drawn
whole at once, on a grid (no layout worth the name), and what the explorer's force-directed layout
takes on them:

${wholeTable}

### Goals

- Whole seeded graph drawn in ≤ 0.5 s after navigation (the real graph, canvas, median): today ${verdict(realDrawn, GOALS.drawMs)}${in2010 ? `; as of 2010 ${verdict(median(in2010.loads.map((load) => load.drawn)), GOALS.drawMs)}` : ''}.
- 5k elements stay pannable, frame ≤ 50 ms (median frame while panning the explorer on the ~5k graph, canvas${fiveK ? `; p95 ${ms(percentile(fiveK.pan.frames, 95))}, CPU ${ms(fiveK.pan.cpuPerFrame)} a frame): ${verdict(median(fiveK.pan.frames), GOALS.panFrameMs)}` : '): not measured'}.

${whereItGoes}
`;
}
