/**
 * Runs the embedded Neo4j in the foreground for local development:
 *   tsx neo4j/cli.ts [--port N] [--data-dir D]
 * It starts as the app would start it: port, data directory and memory from the NEO4J_EMBEDDED_*
 * and NEO4J_DATA_DIR variables (settings.ts), the flags overriding the first two. Ctrl-C or SIGTERM
 * stops it cleanly.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedNeo4j } from './embedded';
import { loadDatabaseSettings } from './settings';

async function main(): Promise<void> {
  let values: { port?: string; 'data-dir'?: string };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } } }));
  } catch (err) {
    console.error(`${(err as Error).message}\nusage: tsx neo4j/cli.ts [--port N] [--data-dir D]`);
    process.exit(2);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    console.error(`--port must be an integer 1-65535, got '${values.port}'`);
    process.exit(2);
  }

  const { embedded } = loadDatabaseSettings(process.env);
  const neo4j = await startEmbeddedNeo4j({ ...embedded, port: port ?? embedded.port, dataDir: values['data-dir'] ?? embedded.dataDir });
  console.log(`Neo4j is ready at ${neo4j.uri} (auth disabled; data in ${neo4j.dataDir}). Ctrl-C to stop.`);

  const shutdown = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping Neo4j…`);
    neo4j.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
