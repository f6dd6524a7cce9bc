import { readGraphVersion, seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { loadOntology } from '../../ontology/src';

/**
 * Before each system test file: the shared test database holds the real graph. A file that seeds
 * another graph puts the real one back when it ends, but a crash or an interrupted run can skip
 * that; this check, made where the graph is needed, cannot be skipped, and costs one query.
 */
beforeAll(async () => {
  const driver = createDriver(process.env.TEST_NEO4J_URI!, { user: 'neo4j' });
  try {
    if ((await readGraphVersion(driver, 'neo4j')) !== process.env.TEST_REAL_GRAPH_VERSION) await seedGraph(driver, 'neo4j', loadOntology());
  } finally {
    await driver.close();
  }
});
