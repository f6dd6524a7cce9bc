import type { Driver } from 'neo4j-driver';
import { loadOntology } from '../../ontology/src';
import { ReadExecutor } from '../../server/src/database/executor';
import { GraphRepository } from '../../server/src/graph/graph.repository';
import { InMemoryGraphRepository } from '../support/inMemoryGraph';
import { TEST_DATABASE, testDriver } from '../support/testApp';

/**
 * "Valid on a date" is written once for Neo4j (Cypher) and once for records in memory (pinned
 * releases, the fast test tier), side by side in server/src/graph/validity.ts. Here both answer
 * for the real graph on the days its law changed, the days either side of them, and today: the
 * same entities and the same relations, or a pinned view and a live one would disagree.
 */
const ontology = loadOntology();
const memory = new InMemoryGraphRepository(ontology);
let driver: Driver;
let neo4j: GraphRepository;

beforeAll(() => {
  driver = testDriver();
  neo4j = new GraphRepository(new ReadExecutor(driver, TEST_DATABASE));
});
afterAll(() => driver.close());

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const changeDays = [
  ...new Set(ontology.relations.flatMap((relation) => [relation.validFrom, ...(relation.validTo ? [relation.validTo] : [])])),
].sort();
const days = [...new Set(['2026-12-04', ...changeDays.flatMap((day) => [dayBefore(day), day])])].sort();

describe('validity: Neo4j and memory agree on what holds on a date', () => {
  it('the days tried include every day a relation starts or ends', () => {
    expect(changeDays.length).toBeGreaterThan(20);
    expect(days).toEqual(expect.arrayContaining(['2026-06-30', '2026-07-01']));
  });

  it('on every such day, the same entities and relations', async () => {
    for (const asOf of days) {
      const [entitiesInNeo4j, entitiesInMemory, relationsInNeo4j, relationsInMemory] = await Promise.all([
        neo4j.findEntitiesValidOn(asOf),
        memory.findEntitiesValidOn(asOf),
        neo4j.findRelationsValidOn({ asOf }),
        memory.findRelationsValidOn({ asOf }),
      ]);
      expect({ asOf, entities: entitiesInNeo4j.map((entity) => entity.id) }).toEqual({
        asOf,
        entities: entitiesInMemory.map((entity) => entity.id),
      });
      expect({ asOf, relations: relationsInNeo4j.map((relation) => relation.id) }).toEqual({
        asOf,
        relations: relationsInMemory.map((relation) => relation.id),
      });
    }
  });
});
