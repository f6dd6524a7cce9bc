import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../neo4j/embedded';
import { startServer, type ServerProcess } from '../support/serverProcess';
import { waitFor } from '../support/waitFor';

/**
 * `npm start` as operators run it, with the embedded Neo4j: SIGTERM drains and stops everything
 * cleanly; a restart, after a clean stop or a kill, finds the data as it was.
 */

const QUERY = JSON.stringify({
  query: '{ whoAppoints(id: "prosecutor-general", asOf: "2010-01-01") { appointer { id } } ontology { graphVersion } }',
});

/** Is anything listening on this port of 127.0.0.1? */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Sends a POST whose body arrives in two halves, the second only when `between` has run: a request
 * in flight for as long as the test wants. Resolves with the status and body of the answer.
 */
function slowPost(url: string, between: () => Promise<void>): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.once('error', reject);
    socket.once('end', () => {
      const [head, ...rest] = received.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: rest.join('\r\n\r\n') });
    });
    socket.once('connect', () => {
      const half = Math.floor(QUERY.length / 2);
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(QUERY)}\r\nConnection: close\r\n\r\n${QUERY.slice(0, half)}`,
      );
      between().then(() => socket.write(QUERY.slice(half)), reject);
    });
  });
}

async function graphVersion(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  const body = (await response.json()) as { data: { ontology: { graphVersion: string } } };
  return body.data.ontology.graphVersion;
}

describe('the server lifecycle', () => {
  // Each test has a Neo4j data folder and port of its own, so that each runs alone and in any order.
  let dataDir: string;
  let neo4jPort: number;
  let server: ServerProcess | undefined;
  const start = () =>
    startServer(
      'npm start',
      'server/src/main.ts',
      // The embedded Neo4j, on a port and in a folder of the test's own.
      { NEO4J_URI: undefined, NEO4J_EMBEDDED_PORT: String(neo4jPort), NEO4J_DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '20000' },
      '/health/ready',
    );
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-lifecycle-'));
    neo4jPort = await findFreePort();
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('on SIGTERM finishes the request in flight, stops Neo4j cleanly, and a restart finds the data as it was', async () => {
    server = await start();
    const version = await graphVersion(server.url);
    const running = server;

    const answer = slowPost(running.url, async () => {
      running.signal('SIGTERM');
      // The request is still in flight while the server drains: the rest of it is sent once the
      // server says it is draining.
      await waitFor(() => /SIGTERM: finishing open requests/.test(running.output()), {
        timeoutMs: 20_000,
        what: 'the server to say it is draining',
      });
    });
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body).data.whoAppoints[0].appointer.id).toBe('president');
    expect(await running.exited).toBe(0);
    expect(running.output()).toMatch(/Stopped\./);
    expect(await listening(neo4jPort)).toBe(false);
    // Neo4j checkpointed its store and stopped the graph's database cleanly, as its own log says.
    const neo4jLog = readFileSync(path.join(dataDir, 'logs', 'debug.log'), 'utf8');
    expect(neo4jLog).toMatch(/Checkpoint triggered by "Database shutdown"/);
    expect(neo4jLog).toMatch(/Stopped 'DatabaseId\{[0-9a-f]+\[neo4j\]\}' successfully/);

    server = await start();
    expect(server.output()).toMatch(/The graph is up to date with the ontology/);
    expect(await graphVersion(server.url)).toBe(version);
  }, 300_000);

  it('after a kill, a restart finds the data as it was', async () => {
    server = await start();
    const version = await graphVersion(server.url);
    server.signal('SIGKILL');
    await server.exited;
    // The embedded Neo4j follows its parent (it watches its stdin) and frees its port.
    await waitFor(async () => !(await listening(neo4jPort)), {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: "the killed server's Neo4j to free its port",
    });

    server = await start();
    expect(server.output()).toMatch(/The graph is up to date with the ontology/);
    expect(await graphVersion(server.url)).toBe(version);
  }, 300_000);
});
