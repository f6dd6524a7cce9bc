import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded';
import { startServer, type ServerProcess } from '../support/serverProcess';
import { waitFor } from '../support/waitFor';

/**
 * Neo4j down at start, and Neo4j killed under load: the server (a real `npm start` process against
 * a Neo4j of its own) keeps answering what it can, says clearly what it cannot, never crashes, and
 * recovers by itself.
 */

/** What the driver would wait before giving up on a connection: an answer after it is a hang. */
const DRIVER_TIMEOUT_MS = 5_000;

const WHO_APPOINTS = (asOf: string) => `{ whoAppoints(id: "prosecutor-general", asOf: "${asOf}") { appointer { id } } }`;

interface Outcome {
  /** When it was asked and when the answer came. */
  asked: number;
  answered: number;
  /** ok, a GraphQL error code, an HTTP status >= 500, or "network". */
  result: string;
  cached: boolean;
}

async function ask(url: string, query: string): Promise<string> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    if (response.status >= 500) return `HTTP ${response.status}`;
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return body.errors ? String(body.errors[0].extensions?.code) : 'ok';
  } catch {
    return 'network';
  }
}

/** Waits until `condition` holds, checking every 200 ms. */
const until = (what: string, condition: () => Promise<boolean>, timeoutMs: number) =>
  waitFor(condition, { what, timeoutMs, intervalMs: 200 });

const readiness = async (url: string) => (await fetch(`${url}/health/ready`)).status;

describe('database faults', () => {
  let dataDir: string;
  let port: number;
  let neo4j: EmbeddedNeo4j | undefined;
  let server: ServerProcess | undefined;
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-faults-'));
    port = await findFreePort();
  });
  afterEach(async () => {
    await server?.stop();
    await neo4j?.stop();
    [server, neo4j] = [undefined, undefined];
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with Neo4j down, says so at once, and recovers without a restart when Neo4j starts', async () => {
    server = await startServer(
      'server',
      'server/src/main.ts',
      { NEO4J_URI: `bolt://127.0.0.1:${port}`, SEED_ON_START: 'true' },
      '/health/live',
    );
    expect(await readiness(server.url)).toBe(503);
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = Date.now();
      expect(await ask(server.url, WHO_APPOINTS('2010-01-01'))).toBe('DATABASE_UNAVAILABLE');
      // No hang: the answer comes well before the driver's own connection timeout.
      expect(Date.now() - started).toBeLessThan(DRIVER_TIMEOUT_MS);
    }

    neo4j = await startEmbeddedNeo4j({ port, dataDir, logFile: path.join(dataDir, 'neo4j.log') });
    // The server seeds the empty database when it answers, then says it is ready.
    await until('readiness', async () => (await readiness(server!.url)) === 200, 120_000);
    expect(await ask(server.url, WHO_APPOINTS('2010-01-01'))).toBe('ok');
    expect(server.output()).toMatch(/will be seeded when it does/);
    expect(server.output()).toMatch(/Seeded graph version/);
  }, 240_000);

  it('keeps answering when Neo4j is killed under load: errors only while it is down, full service after', async () => {
    neo4j = await startEmbeddedNeo4j({ port, dataDir, logFile: path.join(dataDir, 'neo4j.log') });
    // One client asking hundreds of questions a second: the per-client rate limit is another test's.
    server = await startServer(
      'server',
      'server/src/main.ts',
      { NEO4J_URI: neo4j.uri, SEED_ON_START: 'true', RATE_LIMIT_REQUESTS: '0' },
      '/health/ready',
    );
    const url = server.url;

    // Four clients ask without pause: one question again and again (its answer is kept), and
    // questions about ever new dates (each must be computed).
    const outcomes: Outcome[] = [];
    let day = 0;
    let loading = true;
    const client = async (cached: boolean) => {
      // Also ends when a failed test's afterEach has stopped the server, so that Jest can exit.
      while (loading && server) {
        const asOf = cached ? '2010-01-01' : new Date(Date.UTC(2000, 0, 1 + day++)).toISOString().slice(0, 10);
        const asked = Date.now();
        const result = await ask(url, WHO_APPOINTS(asOf));
        outcomes.push({ asked, answered: Date.now(), result, cached });
      }
    };
    const clients = Promise.all([client(true), client(true), client(false), client(false)]);
    // A phase lasts until each kind of client has had five answers within it: on a busy machine
    // answers may take seconds, and a phase must see some.
    const phase = async () => {
      const start = Date.now();
      const answeredSince = (cached: boolean) => outcomes.filter((o) => o.asked >= start && o.cached === cached).length;
      await until('five answers of each kind', async () => answeredSince(true) >= 5 && answeredSince(false) >= 5, 60_000);
      return { start, end: Date.now() };
    };

    const before = await phase();
    await neo4j.kill();
    const down = await phase();
    neo4j = await startEmbeddedNeo4j({ port, dataDir, logFile: path.join(dataDir, 'neo4j.log') });
    const restarted = Date.now();
    await until('recovery', async () => (await ask(url, WHO_APPOINTS('1999-12-31'))) === 'ok', 30_000);
    const recovered = Date.now();
    const after = await phase();
    loading = false;
    await clients;

    const count = (window: { start: number; end: number }, cached: boolean) => {
      const counts: Record<string, number> = {};
      const within = outcomes.filter((o) => o.asked >= window.start && o.answered <= window.end && o.cached === cached);
      for (const outcome of within) counts[outcome.result] = (counts[outcome.result] ?? 0) + 1;
      return counts;
    };
    const report = {
      'before the kill': { repeated: count(before, true), new: count(before, false) },
      'Neo4j down': { repeated: count(down, true), new: count(down, false) },
      [`after the restart (service back ${recovered - restarted} ms after Neo4j)`]: {
        repeated: count(after, true),
        new: count(after, false),
      },
    };
    console.log(
      `Neo4j killed under load, answers by outcome:\n${JSON.stringify(report, null, 2)}\nThe server said:\n${server
        .output()
        .split('\n')
        .filter((line) => /Neo4j|Error|error/.test(line))
        .slice(0, 30)
        .join('\n')}`,
    );

    const results = (window: { start: number; end: number }, cached: boolean) => Object.keys(count(window, cached));
    expect(results(before, true)).toEqual(['ok']);
    expect(results(before, false)).toEqual(['ok']);
    // While it is down: kept answers still come; new questions are told the database is away.
    expect(results(down, true)).toEqual(['ok']);
    expect(results(down, false)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(results(after, true)).toEqual(['ok']);
    expect(results(after, false)).toEqual(['ok']);
    // Never a 5xx, a dropped connection or a crash.
    expect(outcomes.filter((outcome) => outcome.result.startsWith('HTTP') || outcome.result === 'network')).toEqual([]);
    expect(await readiness(url)).toBe(200);
  }, 240_000);
});
