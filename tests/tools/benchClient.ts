/**
 * `npm run bench:client`: how long the explorer takes from navigation to the first complete drawing
 * of the whole graph (today's and 2010's), in headless Chromium, and how much JavaScript it ships.
 * Prints a table and writes it to docs/client-benchmark.md. Measures; asserts nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../../server/src/config';
import { withRunningApp } from './runningApp';

const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const assets = path.join(REPO_ROOT, 'client', 'dist', 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const raw = scripts.reduce((sum, name) => sum + readFileSync(path.join(assets, name)).length, 0);
  const gzip = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(assets, name))).length, 0);
  const rows: string[][] = [];
  await withRunningApp(async ({ base, browser }) => {
    for (const [label, query] of [
      ['whole graph, today', ''],
      ['whole graph, 2010-01-01', '?date=2010-01-01'],
    ]) {
      const times: number[] = [];
      let elements = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${base}/${query}`);
        await page.waitForSelector('#graph[data-state="ready"]', { timeout: 60_000 });
        times.push(await page.evaluate(() => performance.now()));
        elements = await page.evaluate(() => (window as unknown as { kzGraph: { cy: { elements(): { length: number } } } }).kzGraph.cy.elements().length);
        await page.close();
      }
      rows.push([label, String(elements), `${Math.round(median(times))} ms`, `${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} ms`]);
    }
  });
  const table = [
    '| view | elements | navigation → complete drawing (median of 5) | range |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `JavaScript shipped: ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzipped (${scripts.length} file${scripts.length === 1 ? '' : 's'}).`,
  ].join('\n');
  console.log(table);
  writeFileSync(
    path.join(REPO_ROOT, 'docs', 'client-benchmark.md'),
    `# Client benchmark\n\nMade by \`npm run bench:client\` (headless Chromium, 1280×800, the app and Neo4j on the same 2-core machine); measured, not asserted in tests.\n\n${table}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
