import type { Driver } from 'neo4j-driver';
import { TEST_DATABASE } from './testApp';

/**
 * Everything in the graph but the seed's timestamp, as sorted text: two equal snapshots mean an
 * unchanged graph (nodes, relations, their properties and so the graph version).
 */
export async function snapshot(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, n {.*, seededAt: null} AS properties',
    {},
    { database: TEST_DATABASE },
  );
  const edges = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties',
    {},
    { database: TEST_DATABASE },
  );
  return [...nodes.records, ...edges.records].map((record) => JSON.stringify(sortKeys(record.toObject()))).sort();
}

/** The number of nodes and of relationships in the whole database, for a line in a test's output. */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: TEST_DATABASE },
  );
  return { nodes: records[0].get('nodes'), relationships: records[0].get('relationships') };
}

/** Neo4j returns map keys in no fixed order; sorting them makes equal graphs print equal. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  }
  return value;
}
