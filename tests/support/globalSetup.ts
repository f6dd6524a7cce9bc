import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded';
import { loadOntology } from '../../ontology/src';
import { ensureClientBuilt } from './clientBuild';

declare global {
  // Handed from global setup to global teardown (same process).
  var __TEST_NEO4J__: { neo4j: EmbeddedNeo4j; dataDir: string } | undefined;
}

/**
 * Builds the explorer when its build is missing or stale; starts a real embedded Neo4j on a free
 * port with a throwaway data directory (the developer's own database is never touched), seeds it
 * with the ontology, and tells the tests where it is and which graph version is the real one.
 */
export default async function globalSetup(): Promise<void> {
  ensureClientBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-test-'));
  const database = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir });
  globalThis.__TEST_NEO4J__ = { neo4j: database, dataDir };
  const driver = neo4j.driver(database.uri);
  const ontology = loadOntology();
  try {
    await seedGraph(driver, 'neo4j', ontology);
  } finally {
    await driver.close();
  }
  process.env.TEST_NEO4J_URI = database.uri;
  process.env.TEST_REAL_GRAPH_VERSION = ontology.version;
}
