/**
 * `npm start`: starts (or connects to) Neo4j, seeds it when the ontology changed, and serves the
 * API and the explorer.
 */
import { createServer, type Server } from 'node:http';
import { formatIssue, loadOntology, OntologyValidationError } from '../../ontology/src';
import { seedIfChanged } from '../../graph-seed/src/seedGraph';
import { openDatabase } from '../../neo4j/connect';
import { createApp } from './app';
import { createClock } from './clock';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config.neo4j);

  if (config.seedOnStart) {
    try {
      const seeded = await seedIfChanged(database.driver, config.neo4j.database, loadOntology());
      console.log(seeded ? `Seeded graph version ${seeded.version}.` : 'The graph is up to date with the ontology.');
    } catch (error) {
      if (error instanceof OntologyValidationError) {
        console.error('The ontology is not valid, so the graph was left as it was:');
        for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
      } else {
        throw error;
      }
    }
  }

  const app = await createApp({
    driver: database.driver,
    database: config.neo4j.database,
    clock: createClock(config.timeZone),
    limits: config.limits,
    corsOrigins: config.corsOrigins,
    responseCache: config.responseCache,
    clientDir: config.clientDir,
    development: config.env === 'development',
  });
  const server: Server = createServer(app.handle).listen(config.port, config.host, () => {
    const shownHost = ['127.0.0.1', '0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
    console.log(`kz-legal-graph is running: open http://${shownHost}:${config.port}/ (GraphQL at /graphql)`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then stopping.`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
