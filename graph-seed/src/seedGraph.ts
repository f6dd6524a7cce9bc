import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Entity, Ontology, Relation } from '../../ontology/src';
import { entityLabel, findMentions, foldForSearch, relationshipType } from '../../ontology/src';

export interface SeedResult {
  version: string;
  previousVersion: string | null;
  entities: number;
  relations: number;
  documents: number;
  mentions: number;
}

const BATCH_SIZE = 500;

/** Schema changes cannot share a transaction with data, so they run first, each on its own. */
const CONSTRAINTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  'CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE',
  'CREATE CONSTRAINT graph_release_version IF NOT EXISTS FOR (r:GraphRelease) REQUIRE r.version IS UNIQUE',
];

function batches<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) result.push(rows.slice(i, i + BATCH_SIZE));
  return result;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

function entityProperties(entity: Entity) {
  const aliases = entity.aliases ?? {};
  const searchable = [
    ...Object.values(entity.names),
    ...(aliases.kk ?? []),
    ...(aliases.ru ?? []),
    ...(aliases.en ?? []),
  ];
  return {
    id: entity.id,
    kind: entity.kind,
    branch: entity.branch ?? null,
    level: entity.level ?? null,
    nameKk: entity.names.kk,
    nameRu: entity.names.ru,
    nameEn: entity.names.en,
    aliasesKk: aliases.kk ?? [],
    aliasesRu: aliases.ru ?? [],
    aliasesEn: aliases.en ?? [],
    descriptionKk: entity.description?.kk ?? null,
    descriptionRu: entity.description?.ru ?? null,
    descriptionEn: entity.description?.en ?? null,
    validFrom: entity.validFrom,
    validTo: entity.validTo ?? null,
    notes: entity.notes ?? null,
    sourcesJson: JSON.stringify(entity.sources),
    searchText: foldForSearch(searchable.join(' | ')),
  };
}

function relationProperties(relation: Relation) {
  return {
    id: relation.id,
    type: relation.type,
    consentOf: relation.consentOf ?? [],
    nominatedBy: relation.nominatedBy ?? [],
    termYears: relation.term?.years ?? null,
    conditionsKk: relation.conditions?.kk ?? null,
    conditionsRu: relation.conditions?.ru ?? null,
    conditionsEn: relation.conditions?.en ?? null,
    validFrom: relation.validFrom,
    validTo: relation.validTo ?? null,
    notes: relation.notes ?? null,
    derivedFrom: relation.derivedFrom ?? null,
    sourcesJson: JSON.stringify(relation.sources),
  };
}

async function removeWhatTheOntologyNoLongerHolds(tx: ManagedTransaction, ontology: Ontology) {
  const expectedEdges: Record<string, string> = {};
  for (const relation of ontology.relations) {
    expectedEdges[relation.id] = `${relationshipType(relation.type)}|${relation.from}|${relation.to}`;
  }
  await tx.run('MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n', {
    ids: ontology.entities.map((entity) => entity.id),
  });
  await tx.run('MATCH (d:Document) WHERE NOT d.id IN $ids DETACH DELETE d', {
    ids: ontology.documents.map((document) => document.id),
  });
  // An edge whose id is gone, or whose type or ends changed, is deleted and merged anew below.
  await tx.run(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE $expected[r.id] IS NULL OR $expected[r.id] <> type(r) + '|' + a.id + '|' + b.id
     DELETE r`,
    { expected: expectedEdges },
  );
}

async function mergeEntities(tx: ManagedTransaction, ontology: Ontology) {
  const allKindLabels = ontology.kinds.entityKinds.map((kind) => entityLabel(kind.id));
  for (const [kind, entities] of groupBy(ontology.entities, (entity) => entity.kind)) {
    const label = entityLabel(kind);
    const staleLabels = allKindLabels.filter((other) => other !== label);
    for (const rows of batches(entities.map(entityProperties))) {
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:Entity {id: row.id})
         SET n = row, n.validFrom = date(row.validFrom), n.validTo = date(row.validTo), n:${label}
         REMOVE ${staleLabels.map((stale) => `n:${stale}`).join(', ')}`,
        { rows },
      );
    }
  }
}

async function mergeRelations(tx: ManagedTransaction, ontology: Ontology) {
  for (const [type, relations] of groupBy(ontology.relations, (relation) => relation.type)) {
    const rows = relations.map((relation) => ({ from: relation.from, to: relation.to, properties: relationProperties(relation) }));
    for (const batch of batches(rows)) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
         MERGE (a)-[r:${relationshipType(type)} {id: row.properties.id}]->(b)
         SET r = row.properties, r.validFrom = date(row.properties.validFrom), r.validTo = date(row.properties.validTo)`,
        { rows: batch },
      );
    }
  }
}

async function mergeDocuments(tx: ManagedTransaction, ontology: Ontology) {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d = row`,
    {
      rows: ontology.documents.map((document) => ({
        id: document.id,
        language: document.language,
        titleKk: document.titles.kk,
        titleRu: document.titles.ru,
        titleEn: document.titles.en,
        text: document.text,
      })),
    },
  );
}

/** Where the documents speak of each entity: derived from names and aliases at every seed. */
async function replaceMentions(tx: ManagedTransaction, ontology: Ontology) {
  await tx.run('MATCH (:Document)-[m:MENTIONS]->(:Entity) DELETE m');
  const mentions = findMentions(ontology.entities, ontology.documents);
  for (const rows of batches(mentions)) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (d:Document {id: row.documentId}), (n:Entity {id: row.entityId})
       CREATE (d)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(n)`,
      { rows },
    );
  }
  return mentions.length;
}

/**
 * Keeps this version's entities and relations, as stored, for as long as the database lives:
 * embedded views pinned to a version go on showing its data after later seeds change the graph.
 */
async function publishRelease(tx: ManagedTransaction, ontology: Ontology) {
  const entities = ontology.entities.map((entity) => {
    const { searchText: _notNeeded, ...properties } = entityProperties(entity);
    return properties;
  });
  const relations = ontology.relations.map((relation) => ({ from: relation.from, to: relation.to, properties: relationProperties(relation) }));
  await tx.run(
    `MERGE (r:GraphRelease {version: $version})
     ON CREATE SET r.publishedAt = datetime(), r.entitiesJson = $entities, r.relationsJson = $relations`,
    { version: ontology.version, entities: JSON.stringify(entities), relations: JSON.stringify(relations) },
  );
}

/** The version the graph was last seeded with, or null for an empty database. */
export async function readGraphVersion(driver: Driver, database: string): Promise<string | null> {
  const result = await driver.executeQuery('MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version', {}, {
    database,
    routing: 'READ',
  });
  return (result.records[0]?.get('version') as string | undefined) ?? null;
}

/**
 * Loads a validated ontology into Neo4j: constraints first, then everything else in ONE write
 * transaction, so that readers see either the previous graph or the new one. Idempotent: running
 * it again with the same ontology changes nothing; what the ontology no longer holds is removed.
 */
export async function seedGraph(driver: Driver, database: string, ontology: Ontology): Promise<SeedResult> {
  for (const statement of CONSTRAINTS) await driver.executeQuery(statement, {}, { database });

  const previousVersion = await readGraphVersion(driver, database);
  let mentions = 0;
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      await removeWhatTheOntologyNoLongerHolds(tx, ontology);
      await mergeEntities(tx, ontology);
      await mergeRelations(tx, ontology);
      await mergeDocuments(tx, ontology);
      mentions = await replaceMentions(tx, ontology);
      await publishRelease(tx, ontology);
      // seededAt moves only when the data does, so a repeated seed leaves the graph as it was.
      await tx.run(
        `MERGE (m:GraphMeta {id: "graph"})
         SET m.seededAt = CASE WHEN m.version = $version THEN m.seededAt ELSE datetime() END,
             m.version = $version`,
        { version: ontology.version },
      );
    });
  } finally {
    await session.close();
  }
  return {
    version: ontology.version,
    previousVersion,
    entities: ontology.entities.length,
    relations: ontology.relations.length,
    documents: ontology.documents.length,
    mentions,
  };
}

/**
 * Seeds only when the graph's version differs from the ontology's: what `npm start` runs, so a
 * restart with unchanged data costs one read.
 */
export async function seedIfChanged(driver: Driver, database: string, ontology: Ontology): Promise<SeedResult | null> {
  if ((await readGraphVersion(driver, database)) === ontology.version) return null;
  return seedGraph(driver, database, ontology);
}
