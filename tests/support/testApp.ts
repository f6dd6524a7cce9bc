import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { loadOntology } from '../../ontology/src';
import { createApp } from '../../server/src/app';
import type { Clock } from '../../server/src/clock';
import { loadConfig, type HttpSettings, type Limits, type ResponseCacheSettings } from '../../server/src/config';

export const TEST_DATABASE = 'neo4j';

/**
 * A Bolt address where nothing listens, for a database that is down: a port below the ephemeral
 * range, so that every connection is refused. A free port from that range would do nearly always,
 * but a connection to it can be given that very port as its own source, and then talk to itself.
 */
export const DATABASE_DOWN_URI = 'bolt://127.0.0.1:1';

/** The test Neo4j that global setup started. */
export function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the system tests through jest (global setup starts Neo4j).');
  return uri;
}

/** The driver the app itself uses (same timeouts), so tests see what users see. */
export function testDriver(uri = testNeo4jUri()): Driver {
  return createDriver(uri, { user: 'neo4j' });
}

/**
 * For a describe block whose tests seed the shared test database: a driver for them, and the real
 * ontology seeded back when the block ends, so that later suites see the graph they expect.
 */
export function driverRestoringTheGraph(): () => Driver {
  let driver: Driver | undefined;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await seedGraph(driver!, TEST_DATABASE, loadOntology());
    await driver!.close();
  });
  return () => driver!;
}

export interface RunningApp {
  url: string;
  driver: Driver;
  close(): Promise<void>;
}

/**
 * The real app (GraphQL, health, explorer) on a free port, against the test Neo4j, or against
 * `neo4jUri` (a port nothing listens on stands for a database that is down).
 */
export async function startTestApp(
  options: {
    clock?: Clock;
    onDatabaseQuery?: (cypher: string) => void;
    onDroppedAnswer?: (path: string) => void;
    neo4jUri?: string;
    log?: (message: string, error?: unknown) => void;
    /** Changes to the default response cache (on, polling the graph version every second). */
    responseCache?: Partial<ResponseCacheSettings>;
    /**
     * Changes to the default timeouts and limits, except that the rate limit is off unless given
     * here: the suites ask one app hundreds of questions from one address.
     */
    http?: Partial<HttpSettings>;
    /** Neo4j's transaction timeout, when not the default. */
    transactionTimeoutMs?: number;
    /** Whether GraphQL answers introspection, when not the default (it does). */
    introspection?: boolean;
    /** Changes to the default bounds of one request. */
    limits?: Partial<Limits>;
  } = {},
): Promise<RunningApp> {
  const driver = testDriver(options.neo4jUri);
  const config = loadConfig({});
  const app = await createApp({
    driver,
    database: TEST_DATABASE,
    clock: options.clock ?? { today: () => new Date().toISOString().slice(0, 10) },
    limits: { ...config.limits, ...options.limits },
    http: { ...config.http, rateLimit: null, ...options.http },
    introspection: options.introspection ?? config.introspection,
    transactionTimeoutMs: options.transactionTimeoutMs ?? config.neo4j.transactionTimeoutMs,
    responseCache: { ...config.responseCache, ...options.responseCache },
    onDatabaseQuery: options.onDatabaseQuery,
    onDroppedAnswer: options.onDroppedAnswer,
    clientDir: path.resolve(__dirname, '../../client/dist'),
    development: false,
    // Unexpected errors are bugs: show them in the test output.
    log: options.log ?? ((message, error) => console.error(message, error)),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = createServer(app.handle).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    driver,
    async close() {
      // A browser keeps its connections open (keep-alive) and may be asking something as the test
      // ends: the test owns this server, so it cuts them rather than wait for the browser.
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
      await app.stop();
      await driver.close();
    },
  };
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts a GraphQL operation the way a client would. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
