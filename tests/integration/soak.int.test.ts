import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSection } from '../bench/report';
import { drifts, runSoak, soakSection } from '../bench/soak';
import { testNeo4jUri } from '../support/testApp';

/**
 * A seconds-long run of `npm run soak`'s harness, so that it cannot rot: the server starts, the
 * mix is sent, the samples are taken and the report is written. Nothing here is about speed.
 */
describe('the soak harness', () => {
  it('loads the server with the mix, samples it at intervals and writes the report', async () => {
    const options = { seconds: 6, intervalSeconds: 2, connections: 2 };
    const result = await runSoak({ ...options, neo4jUri: testNeo4jUri(), log: () => undefined });
    expect(result.samples.length).toBeGreaterThanOrEqual(2);
    expect(result.totalRequests).toBeGreaterThan(0);
    for (const sample of result.samples) {
      expect(sample.serverErrors).toBe(0);
      expect(sample.rssMiB).toBeGreaterThan(10);
    }
    expect(drifts(result.samples).map((drift) => drift.what)).toEqual([
      'resident memory (MiB)',
      'p99 latency (ms)',
      'throughput (requests/s)',
    ]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-soak-test-')), 'reliability.md');
    writeSection('soak', soakSection(result, options, 'test'), file);
    expect(readFileSync(file, 'utf8')).toMatch(
      /## Soak[\s\S]*\| at \(s\) \| requests\/s \| p50 ms \| p99 ms \| resident memory MiB \| 5xx \|/,
    );
  }, 240_000);
});
