/**
 * The API as the graph grows: synthetic graphs on the real ontology (syntheticGraph.ts) at several
 * sizes, each in a fresh embedded Neo4j: how fast the seed writes it, how long one user waits for
 * each scenario with the response cache off, and how much memory the server holds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { findFreePort, startEmbeddedNeo4j } from '../../neo4j/embedded';
import type { Ontology } from '../../ontology/src';
import { startServer } from '../support/serverProcess';
import { machineLine, markdownTable, percentile } from './report';
import { SCENARIOS, type Scenario } from './scenarios';
import { syntheticOntology } from './syntheticGraph';

/** What the largest graph needs (see the README's NEO4J_EMBEDDED_* rows); every size gets the same. */
const NEO4J_MEMORY = { heap: '8g', pageCache: '2g', transactionMemory: '6g' };

export interface ScaleBenchOptions {
  /** Entities in each graph, the real ones included. */
  sizes: readonly number[];
  /** Sequential requests per scenario and size are sent for this long (at least `minRequests`). */
  secondsPerScenario: number;
  minRequests: number;
  scenarios?: readonly Scenario[];
  log: (line: string) => void;
}

export interface ScaleLatency {
  scenario: Scenario['name'];
  requests: number;
  p50Ms: number;
  p99Ms: number;
  answerBytes: number;
}

export interface ScaleResult {
  size: number;
  entities: number;
  relations: number;
  seedSeconds: number;
  /** Entities and relations written per second by the first seed of an empty database. */
  seedElementsPerSecond: number;
  /** CPU time spent while seeding, in seconds: by this process (building the rows, finding mentions) and by Neo4j. */
  seedCpuSeconds: { node: number; neo4j: number };
  latencies: ScaleLatency[];
  /** The server's resident memory after answering every scenario. */
  serverRssBytes: number;
}

/** CPU time (user + system) of a process so far, in seconds, from /proc (Linux). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** One user's wait: requests one after another, none in parallel, so the times are the server's alone. */
async function sequentialLatency(base: string, scenario: Scenario, options: ScaleBenchOptions): Promise<ScaleLatency> {
  const url = `${base}/graphql?query=${encodeURIComponent(scenario.query)}&variables=${encodeURIComponent(JSON.stringify(scenario.variables))}`;
  const ask = async () => {
    const started = performance.now();
    const response = await fetch(url);
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200 || text.includes('"errors"') || !text.includes(`"${scenario.mustMention}"`)) {
      throw new Error(`${scenario.name} was not answered (${response.status}): ${text.slice(0, 300)}`);
    }
    return { elapsed, bytes: Buffer.byteLength(text) };
  };
  const { bytes } = await ask(); // warm-up: plans cached, pages in memory
  const times: number[] = [];
  const deadline = performance.now() + options.secondsPerScenario * 1000;
  while (times.length < options.minRequests || performance.now() < deadline) times.push((await ask()).elapsed);
  return {
    scenario: scenario.name,
    requests: times.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    answerBytes: bytes,
  };
}

/** Seeds and measures each size in turn, each in a fresh Neo4j. */
export async function runScaleBench(base: Ontology, options: ScaleBenchOptions): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const size of options.sizes) {
    const graph = syntheticOntology(base, { entities: size });
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-bench-scale-'));
    const database = await startEmbeddedNeo4j({
      port: await findFreePort(),
      dataDir,
      logFile: path.join(dataDir, 'neo4j.log'),
      ...NEO4J_MEMORY,
    });
    try {
      const driver = createDriver(database.uri, { user: 'neo4j' });
      const seeding = performance.now();
      const [nodeBefore, neo4jBefore] = [process.cpuUsage(), cpuSecondsOf(database.pid)];
      await seedGraph(driver, 'neo4j', graph);
      const seedSeconds = (performance.now() - seeding) / 1000;
      const nodeCpu = process.cpuUsage(nodeBefore);
      const seedCpuSeconds = { node: (nodeCpu.user + nodeCpu.system) / 1e6, neo4j: cpuSecondsOf(database.pid) - neo4jBefore };
      await driver.close();
      const elements = graph.entities.length + graph.relations.length;
      options.log(
        `${size.toLocaleString('en')} entities: seeded ${graph.entities.length} entities and ${graph.relations.length} relations in ${seedSeconds.toFixed(1)} s`,
      );

      // The whole graph at 100k entities takes longer than the default timeouts allow a question.
      const server = await startServer(
        `ours at ${size}`,
        'server/src/main.ts',
        {
          NEO4J_URI: database.uri,
          SEED_ON_START: 'false',
          RESPONSE_CACHE: 'false',
          RATE_LIMIT_REQUESTS: '0',
          NEO4J_TRANSACTION_TIMEOUT_MS: '120000',
          REQUEST_TIMEOUT_MS: '180000',
        },
        '/health/ready',
      );
      try {
        const latencies: ScaleLatency[] = [];
        for (const scenario of options.scenarios ?? SCENARIOS) {
          const latency = await sequentialLatency(server.url, scenario, options);
          latencies.push(latency);
          options.log(
            `  ${scenario.name.padEnd(13)} p50 ${latency.p50Ms.toFixed(1)} ms  p99 ${latency.p99Ms.toFixed(1)} ms  (${latency.requests} requests, ${latency.answerBytes} bytes)`,
          );
        }
        results.push({
          size,
          entities: graph.entities.length,
          relations: graph.relations.length,
          seedSeconds,
          seedElementsPerSecond: elements / seedSeconds,
          seedCpuSeconds,
          latencies,
          serverRssBytes: server.rssBytes(),
        });
      } finally {
        await server.stop();
      }
    } finally {
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}

/** Scenarios whose work is bounded whatever the graph's size; `graph` returns all of it. */
const BOUNDED: readonly Scenario['name'][] = ['whoAppoints', 'neighborhood', 'path', 'search'];

/** The goals of issue #7 for scale, measured against the smallest size. */
export function scaleGoals(results: ScaleResult[]): { goal: string; value: number; met: boolean }[] {
  const smallest = results[0];
  const largest = results.at(-1)!;
  const p50 = (result: ScaleResult, scenario: string) => result.latencies.find((latency) => latency.scenario === scenario)?.p50Ms;
  const goals = BOUNDED.filter((scenario) => p50(smallest, scenario) !== undefined).map((scenario) => {
    const value = p50(largest, scenario)! / p50(smallest, scenario)!;
    return {
      goal: `${scenario}: p50 at ${largest.size.toLocaleString('en')} ≤ 2× at ${smallest.size.toLocaleString('en')}`,
      value,
      met: value <= 2,
    };
  });
  goals.push({
    goal: `seeding at ${largest.size.toLocaleString('en')} ≥ 10,000 entities+relations/s`,
    value: largest.seedElementsPerSecond,
    met: largest.seedElementsPerSecond >= 10_000,
  });
  return goals;
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const fixed = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));

export function scaleSection(
  results: ScaleResult[],
  options: Pick<ScaleBenchOptions, 'secondsPerScenario' | 'minRequests'>,
  command: string,
): string {
  const scenarios = results[0]?.latencies.map((latency) => latency.scenario) ?? [];
  const smallest = results[0];
  const seeding = markdownTable(
    ['entities', 'relations', 'seed s', 'entities+relations/s', 'seed CPU s: Node / Neo4j', 'server memory'],
    results.map((result) => [
      result.entities.toLocaleString('en'),
      result.relations.toLocaleString('en'),
      result.seedSeconds.toFixed(1),
      Math.round(result.seedElementsPerSecond).toLocaleString('en'),
      `${result.seedCpuSeconds.node.toFixed(1)} / ${result.seedCpuSeconds.neo4j.toFixed(1)}`,
      mib(result.serverRssBytes),
    ]),
  );
  const latency = markdownTable(
    [
      'scenario',
      ...results.map((result) => `p50 / p99 ms at ${result.size.toLocaleString('en')}`),
      `p50 ÷ p50 at ${smallest?.size.toLocaleString('en')}`,
      'answer bytes',
    ],
    scenarios.map((scenario) => {
      const of = (result: ScaleResult) => result.latencies.find((entry) => entry.scenario === scenario)!;
      return [
        scenario,
        ...results.map((result) => `${fixed(of(result).p50Ms)} / ${fixed(of(result).p99Ms)}`),
        results
          .slice(1)
          .map((result) => `${(of(result).p50Ms / of(smallest).p50Ms).toFixed(2)}×`)
          .join(', '),
        results.map((result) => of(result).answerBytes.toLocaleString('en')).join(' → '),
      ];
    }),
  );
  const goals = scaleGoals(results).map(
    (goal) =>
      `- ${goal.met ? 'met' : '**not met**'}: ${goal.goal}: ${goal.goal.startsWith('seeding') ? Math.round(goal.value).toLocaleString('en') : `${goal.value.toFixed(2)}×`}`,
  );
  const largest = results.at(-1)!;
  const seedProfile = largest
    ? `Where the seed's time goes, at ${largest.entities.toLocaleString('en')} entities: ${largest.seedSeconds.toFixed(0)} s of wall time, in which Neo4j used ${largest.seedCpuSeconds.neo4j.toFixed(0)} s of CPU and the seeding process ${largest.seedCpuSeconds.node.toFixed(0)} s (on ${os.cpus().length} cores). The seed is one write transaction, so that a failure anywhere leaves the previous graph whole and readers see the old graph or the new one, never a mixture (docs/reliability.md); Neo4j builds that transaction's state in its heap, writes the store and updates the id, relationship-id and full-text indexes at commit, mostly on one core. The seeding process builds the rows, finds the entities' mentions in the documents and gzips the release meanwhile. Going faster means giving up one of those: \`neo4j-admin database import\` writes an empty database several times faster but cannot replace a live graph, and loading in several transactions under a version that becomes current at the end would double the store while it runs.`
    : '';
  return `## The API as the graph grows

Command: \`${command}\`. Machine: ${machineLine()}.
Each size is a synthetic graph on the real ontology (\`tests/bench/syntheticGraph.ts\`: the real knowledge base plus regions, districts and cities with their akims, maslikhats, prosecutors, courts and offices, deterministic), seeded with the documents into a fresh embedded Neo4j 5.26 (heap ${NEO4J_MEMORY.heap}, page cache ${NEO4J_MEMORY.pageCache}, transaction memory ${NEO4J_MEMORY.transactionMemory}). Seeding is the first seed of an empty database, one transaction, mentions included. Latency: the server as \`npm start\` runs it with \`RESPONSE_CACHE=false\` (and timeouts of 2 minutes, which the whole graph at 100k needs), one GET at a time (what one user waits), after one warm-up, for ${options.secondsPerScenario} s or at least ${options.minRequests} requests per scenario. Server memory: its resident set after the scenarios.

${seeding}

${latency}

Goals (\`graph\` returns the whole graph, so it grows with it by nature and has no goal here):

${goals.join('\n')}

${seedProfile}
`;
}
