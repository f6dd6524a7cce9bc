/**
 * `npm run soak`: a few minutes of mixed load on the server as `npm start` runs it (in a process
 * of its own, on a throwaway seeded Neo4j), sampled at intervals: throughput, p50 and p99 latency,
 * resident memory and 5xx answers over time, and whether any of them drifts. Writes the "soak"
 * section of docs/reliability.md.
 *
 *   npm run soak [-- --minutes 5 --interval 15 --connections 10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { findFreePort, startEmbeddedNeo4j } from '../../neo4j/embedded';
import { loadOntology } from '../../ontology/src';
import { REPO_ROOT } from '../../server/src/config';
import { startServer } from '../support/serverProcess';
import { machineLine, markdownTable, percentile, writeSection } from './report';
import { SCENARIOS } from './scenarios';

export const RELIABILITY_FILE = path.join(REPO_ROOT, 'docs', 'reliability.md');

interface MixRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

const graphqlGet = (query: string, variables: Record<string, unknown>): MixRequest => ({
  method: 'GET',
  path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
});
const graphqlPost = (query: string, variables: Record<string, unknown>): MixRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
  headers: { 'content-type': 'application/json' },
});
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
/** A day between 1995 and 2026: a few thousand distinct questions, so the response cache fills and turns over. */
const anyDay = () =>
  `${1995 + Math.floor(Math.random() * 32)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`;
const SEARCHED = [
  'прок',
  'Prosecutor',
  'сенат',
  'Senate',
  'President',
  'Президент',
  'court',
  'суд',
  'Government',
  'мәжіліс',
  'Parliament',
  'council',
];

/**
 * What the soak asks, with how often: mostly the benchmark's questions as the explorer and
 * embeds ask them (answered from memory after the first time), then questions for any day
 * (computed, and kept until the cache turns them over), searches as typed, the explorer's page,
 * exports, health checks, and the clumsy requests a public API gets.
 */
export const SOAK_MIX: readonly { weight: number; name: string; request: () => MixRequest }[] = [
  {
    weight: 40,
    name: 'benchmark question (GET, kept)',
    request: () => {
      const scenario = pick(SCENARIOS);
      return graphqlGet(scenario.query, scenario.variables);
    },
  },
  {
    weight: 20,
    name: 'benchmark question for any day (POST)',
    request: () => {
      const scenario = pick(SCENARIOS);
      return graphqlPost(scenario.query, 'asOf' in scenario.variables ? { ...scenario.variables, asOf: anyDay() } : scenario.variables);
    },
  },
  {
    weight: 10,
    name: 'search as typed',
    request: () => {
      const word = pick(SEARCHED);
      return graphqlPost('query($text: String!) { search(text: $text) { score node { id } } }', {
        text: word.slice(0, 2 + Math.floor(Math.random() * (word.length - 1))),
      });
    },
  },
  {
    weight: 10,
    name: 'the explorer page',
    request: () => ({ method: 'GET', path: pick(['/', '/?date=2010-01-01&focus=senate', '/embed?focus=prosecutor-general']) }),
  },
  {
    weight: 5,
    name: 'an export for any day',
    request: () => ({ method: 'GET', path: `/export/${pick(['entities.csv', 'relations.csv', 'graph.json'])}?asOf=${anyDay()}` }),
  },
  { weight: 5, name: 'health check', request: () => ({ method: 'GET', path: pick(['/health/live', '/health/ready']) }) },
  {
    weight: 10,
    name: 'clumsy request (4xx)',
    request: () =>
      pick<MixRequest>([
        graphqlPost('{ institution(id: "senate") { id ', {}),
        graphqlPost('{ whoAppoints(id: "prosecutor-generall") { validFrom } }', {}),
        graphqlPost('{ neighborhood(id: "senate", depth: 99) { asOf } }', {}),
        { method: 'GET', path: '/export/nothing' },
        { method: 'POST', path: '/graphql', body: '{"query": ', headers: { 'content-type': 'application/json' } },
      ]),
  },
];

const TOTAL_WEIGHT = SOAK_MIX.reduce((sum, entry) => sum + entry.weight, 0);
function nextRequest(): MixRequest {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const entry of SOAK_MIX) {
    roll -= entry.weight;
    if (roll < 0) return entry.request();
  }
  return SOAK_MIX[0].request();
}

export interface SoakOptions {
  /** A seeded Neo4j the server reads. */
  neo4jUri: string;
  seconds: number;
  intervalSeconds: number;
  connections: number;
  log: (line: string) => void;
}

export interface SoakSample {
  /** Seconds since the start, at the end of the interval. */
  atSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  rssMiB: number;
  serverErrors: number;
}

export interface SoakResult {
  samples: SoakSample[];
  totalRequests: number;
  /** Connection errors and timeouts seen by the load generator. */
  clientErrors: number;
}

/** Starts the server on `neo4jUri` and loads it for `seconds`, sampling every `intervalSeconds`. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const server = await startServer(
    'soaked',
    'server/src/main.ts',
    { NEO4J_URI: options.neo4jUri, SEED_ON_START: 'false', RATE_LIMIT_REQUESTS: '0' },
    '/health/ready',
  );
  try {
    const samples: SoakSample[] = [];
    let latencies: number[] = [];
    let serverErrors = 0;
    const started = Date.now();
    let intervalStart = started;
    let finished!: (result: autocannon.Result) => void;
    let failed!: (error: unknown) => void;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      finished = resolve;
      failed = reject;
    });
    const instance = autocannon(
      {
        url: server.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        // Each request is drawn afresh from the mix (a GET must not keep the body of the POST before it).
        requests: [{ setupRequest: (request) => ({ ...request, body: undefined, headers: {}, ...nextRequest() }) }],
      },
      (error, result) => (error ? failed(error) : finished(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 500) serverErrors += 1;
    });
    const sample = () => {
      const now = Date.now();
      const entry: SoakSample = {
        atSeconds: Math.round((now - started) / 1000),
        requestsPerSecond: latencies.length / ((now - intervalStart) / 1000),
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        rssMiB: server.rssBytes() / 2 ** 20,
        serverErrors,
      };
      samples.push(entry);
      options.log(
        `${String(entry.atSeconds).padStart(5)} s  ${entry.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${entry.p50Ms.toFixed(1)} ms  p99 ${entry.p99Ms.toFixed(1)} ms  RSS ${entry.rssMiB.toFixed(0)} MiB  5xx ${entry.serverErrors}`,
      );
      latencies = [];
      serverErrors = 0;
      intervalStart = now;
    };
    const timer = setInterval(sample, options.intervalSeconds * 1000);
    const result = await done;
    clearInterval(timer);
    if (latencies.length > 0 && Date.now() - intervalStart > (options.intervalSeconds * 1000) / 2) sample();
    return { samples, totalRequests: result.requests.total, clientErrors: result.errors + result.timeouts };
  } finally {
    await server.stop();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
};

export interface Drift {
  what: string;
  /** The median of the last third, against that of the second (the first is warm-up). */
  early: number;
  late: number;
  /** Whether it moved the wrong way by more than noise allows. */
  drifted: boolean;
}

/**
 * Compares the last third of the run with the middle third (the first third is warm-up: the JIT,
 * Neo4j's caches, the response cache filling). Bounds are wide, because the machine is shared:
 * memory up by more than 10 %, p99 up by more than 50 %, or throughput down by more than a third.
 */
export function drifts(samples: SoakSample[]): Drift[] {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const middle = samples.slice(third, samples.length - third);
  const last = samples.slice(samples.length - third);
  const compare = (what: string, of: (sample: SoakSample) => number, worse: (early: number, late: number) => boolean): Drift => {
    const early = median((middle.length > 0 ? middle : samples).map(of));
    const late = median(last.map(of));
    return { what, early, late, drifted: worse(early, late) };
  };
  return [
    compare(
      'resident memory (MiB)',
      (sample) => sample.rssMiB,
      (early, late) => late > early * 1.1,
    ),
    compare(
      'p99 latency (ms)',
      (sample) => sample.p99Ms,
      (early, late) => late > early * 1.5 && late - early > 5,
    ),
    compare(
      'throughput (requests/s)',
      (sample) => sample.requestsPerSecond,
      (early, late) => late < early * (2 / 3),
    ),
  ];
}

/** The markdown of a run: the samples, the drift verdicts, how it was run. */
export function soakSection(
  result: SoakResult,
  options: Pick<SoakOptions, 'seconds' | 'intervalSeconds' | 'connections'>,
  command: string,
): string {
  const table = markdownTable(
    ['at (s)', 'requests/s', 'p50 ms', 'p99 ms', 'resident memory MiB', '5xx'],
    result.samples.map((sample) => [
      String(sample.atSeconds),
      sample.requestsPerSecond.toFixed(0),
      sample.p50Ms.toFixed(1),
      sample.p99Ms.toFixed(1),
      sample.rssMiB.toFixed(0),
      String(sample.serverErrors),
    ]),
  );
  const verdicts = drifts(result.samples)
    .map(
      (drift) =>
        `- ${drift.what}: ${drift.early.toFixed(1)} in the middle third, ${drift.late.toFixed(1)} in the last: ${drift.drifted ? '**drifts**' : 'no drift'}`,
    )
    .join('\n');
  const mix = SOAK_MIX.map((entry) => `${entry.name} ${Math.round((100 * entry.weight) / TOTAL_WEIGHT)} %`).join(', ');
  const serverErrors = result.samples.reduce((sum, sample) => sum + sample.serverErrors, 0);
  return `## Soak

Command: \`${command}\`. Machine: ${machineLine()}.
Load: autocannon, ${options.connections} connections, ${options.seconds} s, sampled every ${options.intervalSeconds} s, on the server as \`npm start\` runs it (\`NODE_ENV=production\`, response cache on, rate limit off) in a process of its own, over a throwaway embedded Neo4j seeded with the real knowledge base. The mix: ${mix}.

${result.totalRequests.toLocaleString('en')} requests; ${serverErrors} answered 5xx; ${result.clientErrors} connection errors or timeouts.

${table}

Drift (the last third of the samples against the middle third; the first third is warm-up):

${verdicts}
`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '5' },
      interval: { type: 'string', default: '15' },
      connections: { type: 'string', default: '10' },
    },
  });
  const options = {
    seconds: Math.round(Number(values.minutes) * 60),
    intervalSeconds: Number(values.interval),
    connections: Number(values.connections),
  };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number; got ${value}`);
  }
  const command = `npm run soak${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-soak-'));
  const database = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, logFile: path.join(dataDir, 'neo4j.log') });
  try {
    const driver = createDriver(database.uri, { user: 'neo4j' });
    await seedGraph(driver, 'neo4j', loadOntology());
    await driver.close();
    console.log(`Soaking for ${options.seconds} s…`);
    const result = await runSoak({ ...options, neo4jUri: database.uri, log: (line) => console.log(line) });
    const section = soakSection(result, options, command);
    writeSection('soak', section, RELIABILITY_FILE);
    console.log(`\n${section}\nWritten to docs/reliability.md.`);
    if (drifts(result.samples).some((drift) => drift.drifted) || result.samples.some((sample) => sample.serverErrors > 0))
      process.exitCode = 1;
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
