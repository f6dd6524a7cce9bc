/**
 * `npm run bench`: the API under load against the alternatives (docs/benchmarks.md, section "api"),
 * each contender in its own process on one throwaway, seeded, embedded Neo4j; then the API on
 * synthetic graphs of growing size (section "scale").
 *
 *   npm run bench [-- --only api|scale --seconds 8 --rounds 4 --warmup 2 --connections 10 --sizes 1000,10000,100000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { findFreePort, startEmbeddedNeo4j } from '../../neo4j/embedded';
import { loadOntology } from '../../ontology/src';
import { apiSection, runApiBench } from './api';
import { writeSection } from './report';
import { runScaleBench, scaleSection } from './scale';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '4' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
      sizes: { type: 'string', default: '1000,10000,100000' },
      only: { type: 'string' },
    },
  });
  const options = {
    secondsPerRun: Number(values.seconds),
    rounds: Number(values.rounds),
    warmupSeconds: Number(values.warmup),
    connections: Number(values.connections),
  };
  for (const flag of ['seconds', 'rounds', 'warmup', 'connections'] as const) {
    if (!/^\d+$/.test(values[flag])) throw new Error(`--${flag} must be a whole number; got ${values[flag]}`);
  }
  if (options.rounds < 1) throw new Error(`--rounds must be at least 1; got ${options.rounds}`);
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 200))
    throw new Error(`--sizes must be whole numbers of entities, at least 200, separated by commas; got ${values.sizes}`);
  if (values.only !== undefined && !['api', 'scale'].includes(values.only))
    throw new Error(`--only must be api or scale; got ${values.only}`);
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  if (values.only !== 'scale') await benchApi(options, command);
  if (values.only !== 'api') {
    const results = await runScaleBench(loadOntology(), {
      sizes,
      secondsPerScenario: options.secondsPerRun,
      minRequests: 5,
      log: (line) => console.log(line),
    });
    const section = scaleSection(results, { secondsPerScenario: options.secondsPerRun, minRequests: 5 }, command);
    writeSection('scale', section);
    console.log(`\n${section}\nWritten to docs/benchmarks.md.`);
  }
}

async function benchApi(
  options: { secondsPerRun: number; rounds: number; warmupSeconds: number; connections: number },
  command: string,
): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-bench-'));
  const database = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, logFile: path.join(dataDir, 'neo4j.log') });
  try {
    const driver = createDriver(database.uri, { user: 'neo4j' });
    await seedGraph(driver, 'neo4j', loadOntology());
    await driver.close();
    const bench = await runApiBench({ ...options, neo4jUri: database.uri, log: (line) => console.log(line) });
    const section = apiSection(bench, options, command);
    writeSection('api', section);
    console.log(`\n${section}\nWritten to docs/benchmarks.md.`);
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
