import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientSection, measureGraph, webglRenderer } from '../bench/client';
import { writeSection } from '../bench/report';
import { appAndBrowser } from '../support/browserApp';

/**
 * A seconds-long run of `npm run bench:client`'s harness, so that it cannot rot: both renderers
 * draw the real graph, the explorer's performance marks are there, panning yields frames, and the
 * report holds a row for each. Nothing here is about speed.
 */
describe('the client benchmark harness', () => {
  const started = appAndBrowser();

  it('measures the explorer with the canvas and the WebGL renderer and writes the report', async () => {
    const options = { runs: 1, panMs: 300 };
    const rows = await measureGraph(started.browser, started.app.url, 'real, today', '', options);
    expect(rows.map((row) => row.renderer)).toEqual(['canvas', 'webgl']);
    for (const row of rows) {
      const [load] = row.loads;
      expect(load.mode).toBe('whole');
      expect(load.elementsDrawn).toBe(load.elements);
      expect(Object.values(load.marks).every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(load.drawn) && Number.isFinite(load.cpu)).toBe(true);
      expect(row.pan.frames.length).toBeGreaterThan(0);
    }

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-bench-client-test-')), 'benchmarks.md');
    const context = { chromium: started.browser.version(), webgl: await webglRenderer(started.browser), started: Date.now(), load: [0, 0] };
    writeSection('client', clientSection(rows, [], context, [], options), file);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('| real, today |');
    expect(written).toContain('Whole seeded graph drawn in ≤ 0.5 s');
  }, 180_000);
});
