/**
 * `npm run bench`: the API under load against the alternatives (docs/benchmarks.md, section "api"),
 * each contender in its own process on one throwaway, seeded, embedded Neo4j.
 *
 *   npm run bench [-- --seconds 8 --warmup 2 --connections 10]
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
    },
  });
  const options = { secondsPerRun: Number(values.seconds), warmupSeconds: Number(values.warmup), connections: Number(values.connections) };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number; got ${value}`);
  }
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

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
