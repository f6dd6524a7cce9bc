/**
 * `npm start`: starts (or connects to) Neo4j, seeds it when the ontology changed, and serves the
 * API and the explorer. The process's part of the composition root (compose.ts builds the API's
 * objects, app.ts the HTTP around them): the one server module that seeds.
 */
import { createServer, type Server } from 'node:http';
import { Neo4jError } from 'neo4j-driver';
import { formatIssue, loadOntology, OntologyValidationError } from '../../ontology/src';
import { seedIfChanged } from '../../graph-seed/src/seedGraph';
import { openDatabase, type DatabaseConnection } from '../../neo4j/connect';
import { createApp } from './app';
import { createClock } from './clock';
import { loadConfig, type Config } from './config';

/** How often to try again to seed a database that was not answering at start. */
const SEED_RETRY_MS = 5_000;

/**
 * Seeds when the ontology changed. A database that does not answer yet is tried again in the
 * background: the server starts anyway, says it is not ready, and becomes ready once seeded.
 */
async function seedOnStart(database: DatabaseConnection, config: Readonly<Config>): Promise<void> {
  try {
    const seeded = await seedIfChanged(database.driver, config.neo4j.database, loadOntology());
    console.log(seeded ? `Seeded graph version ${seeded.version}.` : 'The graph is up to date with the ontology.');
  } catch (error) {
    if (error instanceof OntologyValidationError) {
      console.error('The ontology is not valid, so the graph was left as it was:');
      for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
    } else if (error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code)) {
      console.error(
        `Neo4j at ${database.uri} is not answering; the graph will be seeded when it does (trying every ${SEED_RETRY_MS / 1000} s).`,
      );
      setTimeout(() => void seedOnStart(database, config), SEED_RETRY_MS);
    } else {
      throw error;
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // A server of one's own (NEO4J_URI) may be down while the app starts: the app starts anyway.
  const database = await openDatabase(config.neo4j, { requireAnswer: !config.neo4j.uri });
  if (config.seedOnStart) await seedOnStart(database, config);

  const app = await createApp({
    driver: database.driver,
    database: config.neo4j.database,
    clock: createClock(config.timeZone),
    limits: config.limits,
    http: config.http,
    introspection: config.introspection,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    corsOrigins: config.corsOrigins,
    responseCache: config.responseCache,
    clientDir: config.clientDir,
    development: config.env === 'development',
    warmLayouts: true,
  });
  const server: Server = createServer(app.handle).listen(config.port, config.host, () => {
    const shownHost = ['127.0.0.1', '0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
    console.log(`kz-legal-graph is running: open http://${shownHost}:${config.port}/ (GraphQL at /graphql)`);
  });

  let stopping = false;
  /**
   * Drains, then stops in order: /health/ready says 503 so a load balancer sends no more, the
   * server takes no new connections, requests in flight finish (those still running after the
   * grace period are cut), then Apollo, the driver and the embedded Neo4j (cleanly, so the next
   * start finds the store as it was) stop.
   */
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then stopping.`);
    app.startDraining();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const cut = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
    await closed;
    clearTimeout(cut);
    await app.stop();
    await database.close();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
