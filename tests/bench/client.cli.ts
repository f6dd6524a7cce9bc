/**
 * `npm run bench:client`: the explorer in headless Chromium on the real graph and on synthetic
 * graphs of about 1k, 5k and 20k elements (syntheticGraph.ts), canvas against WebGL (client.ts has
 * the harness). Writes the "client" section of docs/benchmarks.md. `-- --real-only` measures the
 * real graph alone and prints the section without writing it: a quick check while working.
 */
import os from 'node:os';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { LARGE_GRAPH_ELEMENTS } from '../../client/src/largeGraph';
import { loadOntology } from '../../ontology/src';
import { withRunningApp } from '../tools/runningApp';
import {
  clientSection,
  measureGraph,
  ms,
  measureWhole,
  syntheticOfAbout,
  waitForVersion,
  webglRenderer,
  type BenchContext,
  type Row,
  type WholeRow,
} from './client';
import { writeSection } from './report';

const SIZES = [1_000, 5_000, 20_000];
const PAN_MS = 3_000;

async function main() {
  const started = Date.now();
  const base = loadOntology();
  const today = new Date().toISOString().slice(0, 10);
  const rows: Row[] = [];
  const whole: WholeRow[] = [];
  const notSeeded: string[] = [];
  const context: BenchContext = { chromium: '', webgl: '', started, load: [os.loadavg()[0]] };
  const realOnly = process.argv.includes('--real-only');
  await withRunningApp(async ({ base: url, browser, driver }) => {
    context.chromium = browser.version();
    // Labels pinned to Kazakh: left to the browser's language they would follow its locale, and the
    // numbers would change with the machine's.
    rows.push(...(await measureGraph(browser, url, 'real, today', '&labels=kk', { runs: 5, panMs: PAN_MS })));
    rows.push(...(await measureGraph(browser, url, 'real, 2010-01-01', '&labels=kk&date=2010-01-01', { runs: 5, panMs: PAN_MS })));
    for (const size of realOnly ? [] : SIZES) {
      // Without the source documents: finding where they mention thousands of synthetic names is
      // most of the seeding time, and drawing the graph does not read them.
      const graph = { ...syntheticOfAbout(base, size, today), documents: [] };
      const name = `synthetic ~${size / 1000}k`;
      const seeding = Date.now();
      try {
        await seedGraph(driver, 'neo4j', graph);
      } catch (error) {
        notSeeded.push(
          `${name} (${graph.entities.length.toLocaleString('en')} entities, ${graph.relations.length.toLocaleString('en')} relations) could not be seeded here: ${error instanceof Error ? error.message : String(error)}`,
        );
        console.log(notSeeded.at(-1));
        continue;
      }
      await waitForVersion(url, graph.version);
      console.log(`seeded ${name} (${graph.entities.length} entities, ${graph.relations.length} relations) in ${ms(Date.now() - seeding)}`);
      const measured = await measureGraph(browser, url, name, '&labels=kk', { runs: 3, panMs: PAN_MS });
      rows.push(...measured);
      if (size > LARGE_GRAPH_ELEMENTS)
        whole.push(...(await measureWhole(browser, url, name, measured[0].loads[0].elements, size <= 5_000, { runs: 1, panMs: PAN_MS })));
    }
    context.webgl = await webglRenderer(browser);
  });
  context.load.push(os.loadavg()[0]);
  const markdown = clientSection(rows, whole, context, notSeeded, { runs: 3, panMs: PAN_MS });
  if (!realOnly) writeSection('client', markdown);
  console.log(markdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
