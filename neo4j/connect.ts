import neo4j, { type Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';
import type { DatabaseSettings } from './settings';

export interface DatabaseConnection {
  uri: string;
  driver: Driver;
  /** Null when a server given by NEO4J_URI is used. */
  embedded: EmbeddedNeo4j | null;
  /** Closes the driver, then stops the embedded database if one was started. */
  close(): Promise<void>;
}

/** One driver per process. Fails fast when the database is down instead of hanging a request. */
export function createDriver(uri: string, settings: Pick<DatabaseSettings, 'user' | 'password'>): Driver {
  // Without a password the driver sends no credentials: the embedded database runs without auth on 127.0.0.1.
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  return neo4j.driver(uri, auth, {
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}

/**
 * Connects to the configured Neo4j, or starts the embedded one when no URI is configured, and
 * checks that it answers: fails when it does not, unless `requireAnswer` is false (a server that
 * may come up later; the caller then finds out per query).
 */
export async function openDatabase(
  settings: DatabaseSettings,
  options: { requireAnswer: boolean } = { requireAnswer: true },
): Promise<DatabaseConnection> {
  const embedded = settings.uri ? null : await startEmbeddedNeo4j(settings.embedded);
  const uri = settings.uri ?? embedded!.uri;
  const driver = createDriver(uri, settings);
  try {
    await driver.getServerInfo();
  } catch (error) {
    if (options.requireAnswer) {
      await driver.close();
      await embedded?.stop();
      throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
    }
    console.error(`Neo4j at ${uri} is not answering yet (${(error as Error).message}); the API says so until it does.`);
  }
  return {
    uri,
    driver,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
