import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
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

/** Rows per statement: large enough that round trips do not count, small enough to stream. */
const BATCH_SIZE = 10_000;

/**
 * The full-text index of the entities' `searchText` by words of letters (Lucene's "simple"
 * analyzer): search asks it for the entities that hold the start of each word typed.
 */
export const ENTITY_SEARCH_INDEX = 'entity_search';

/**
 * The constraints and indexes the API's queries rely on, by name: the ids of entities, documents,
 * the graph's metadata and releases (unique, hence indexed); the ids of relations, type by type
 * (Neo4j indexes relationship properties per type), for `relation(id)`; and the search index.
 */
function schema(ontology: Ontology): Map<string, string> {
  return new Map([
    ['entity_id', 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'],
    ['document_id', 'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE'],
    ['graph_meta_id', 'CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE'],
    ['graph_release_version', 'CREATE CONSTRAINT graph_release_version IF NOT EXISTS FOR (r:GraphRelease) REQUIRE r.version IS UNIQUE'],
    ...ontology.kinds.relationKinds.map((kind): [string, string] => {
      const type = relationshipType(kind.id);
      const name = `relation_id_${type.toLowerCase()}`;
      return [name, `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`];
    }),
    [ENTITY_SEARCH_INDEX, `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'simple' } }`],
  ]);
}

/**
 * Creates the constraints and indexes the graph lacks, each on its own (schema changes cannot
 * share a transaction with data), and waits until new indexes are online. A constraint's index
 * has the constraint's name, so one listing tells what is there.
 */
async function ensureSchema(driver: Driver, database: string, ontology: Ontology): Promise<void> {
  const existing = await driver.executeQuery('SHOW INDEXES YIELD name', {}, { database });
  const names = new Set(existing.records.map((record) => record.get('name') as string));
  const missing = [...schema(ontology)].filter(([name]) => !names.has(name));
  for (const [, statement] of missing) await driver.executeQuery(statement, {}, { database });
  if (missing.length > 0) await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}

/**
 * Writes sent without waiting for each other: Neo4j runs them in order, in the one transaction,
 * while this process prepares the next (on two cores, the seed's JavaScript and Neo4j's work
 * overlap instead of taking turns).
 */
class Writes {
  private readonly sent: PromiseLike<unknown>[] = [];

  constructor(private readonly tx: ManagedTransaction) {}

  /** Runs `cypher` once per batch of `rows` (bound to `$rows`). */
  inBatches(cypher: string, rows: unknown[], parameters: Record<string, unknown> = {}): void {
    for (let i = 0; i < rows.length; i += BATCH_SIZE) this.send(cypher, { ...parameters, rows: rows.slice(i, i + BATCH_SIZE) });
  }

  send(cypher: string, parameters: Record<string, unknown> = {}): void {
    this.sent.push(this.tx.run(cypher, parameters));
  }

  /** Waits for every write: the first failure fails the seed, and the transaction rolls back. */
  async done(): Promise<void> {
    await Promise.all(this.sent);
  }
}

/**
 * A digest of what the seed writes for one element: equal digests, nothing to write. 48 bits of
 * SHA-1 as a number, which Neo4j stores inline (a text digest would take a record of its own).
 */
function digest(value: unknown): number {
  return createHash('sha1').update(JSON.stringify(value)).digest().readUIntBE(0, 6);
}

/** An entity's properties as the graph stores them (the server reads them back with entityFromProperties). */
export function entityProperties(entity: Entity) {
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

/** A relation's properties as the graph stores them (the server reads them back with relationFromProperties). */
export function relationProperties(relation: Relation) {
  return {
    id: relation.id,
    type: relation.type,
    consentOf: relation.consentOf ?? [],
    nominatedBy: relation.nominatedBy ?? [],
    recommendedBy: relation.recommendedBy ?? [],
    termYears: relation.term?.years ?? null,
    termSingle: relation.term?.singleTerm ?? null,
    majorityKk: relation.majority?.kk ?? null,
    majorityRu: relation.majority?.ru ?? null,
    majorityEn: relation.majority?.en ?? null,
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

/**
 * One entity as the graph holds it: its kind's label, its properties (dates apart, as Cypher
 * dates) and `seedHash`, the digest of all of them, which tells the next seed whether it changed.
 */
function entityRow(entity: Entity) {
  const { validFrom, validTo, ...properties } = entityProperties(entity);
  const label = entityLabel(entity.kind);
  return { label, validFrom, validTo, properties: { ...properties, seedHash: digest([label, validFrom, validTo, properties]) } };
}

/** One relation as the graph holds it, with its ends, and the digest of all of it. */
function relationRow(relation: Relation) {
  const { validFrom, validTo, ...properties } = relationProperties(relation);
  const type = relationshipType(relation.type);
  return { type, from: relation.from, to: relation.to, validFrom, validTo, properties: { ...properties, seedHash: digest([type, relation.from, relation.to, validFrom, validTo, properties]) } };
}

/**
 * Brings the entities and relations in line with the ontology, writing only what differs: an
 * element whose `seedHash` matches is left alone, so a repeated seed writes nothing, and a first
 * seed only creates (cheaper than merging). A relation whose type, ends or properties changed is
 * deleted and created anew; an entity that changed is updated in place, keeping its relations.
 */
async function syncEntitiesAndRelations(tx: ManagedTransaction, writes: Writes, ontology: Ontology): Promise<void> {
  const kindLabels = ontology.kinds.entityKinds.map((kind) => entityLabel(kind.id));
  const entities = ontology.entities.map(entityRow);
  const relations = ontology.relations.map(relationRow);

  const storedEntities = new Map<string, number | null>();
  for (const record of (await tx.run('MATCH (n:Entity) RETURN n.id AS id, n.seedHash AS seedHash')).records) {
    storedEntities.set(record.get('id'), record.get('seedHash'));
  }
  const wantedRelations = new Map(relations.map((row) => [row.properties.id, row.properties.seedHash]));
  const keptRelations = new Set<string>();
  const staleRelations: string[] = [];
  const stored = await tx.run('MATCH (:Entity)-[r]->(:Entity) RETURN elementId(r) AS element, r.id AS id, r.seedHash AS seedHash');
  for (const record of stored.records) {
    const id: string = record.get('id');
    // A second relationship with the same id (never written by this seed) goes too.
    if (wantedRelations.get(id) === record.get('seedHash') && !keptRelations.has(id)) keptRelations.add(id);
    else staleRelations.push(record.get('element'));
  }

  const wantedEntities = new Set(entities.map((row) => row.properties.id));
  writes.inBatches('UNWIND $rows AS element MATCH ()-[r]->() WHERE elementId(r) = element DELETE r', staleRelations);
  writes.inBatches('UNWIND $rows AS id MATCH (n:Entity {id: id}) DETACH DELETE n', [...storedEntities.keys()].filter((id) => !wantedEntities.has(id)));
  writes.inBatches(
    `UNWIND $rows AS row
     MATCH (n:Entity {id: row.properties.id})
     REMOVE n:$($kindLabels)
     SET n = row.properties, n:$(row.label), n.validFrom = date(row.validFrom), n.validTo = date(row.validTo)`,
    entities.filter((row) => storedEntities.has(row.properties.id) && storedEntities.get(row.properties.id) !== row.properties.seedHash),
    { kindLabels },
  );
  writes.inBatches(
    `UNWIND $rows AS row
     CREATE (n:Entity:$(row.label))
     SET n = row.properties, n.validFrom = date(row.validFrom), n.validTo = date(row.validTo)`,
    entities.filter((row) => !storedEntities.has(row.properties.id)),
  );
  writes.inBatches(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})
     MATCH (b:Entity {id: row.to})
     CREATE (a)-[r:$(row.type)]->(b)
     SET r = row.properties, r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)`,
    relations.filter((row) => !keptRelations.has(row.properties.id)),
  );
}

function syncDocuments(writes: Writes, ontology: Ontology): void {
  writes.send('MATCH (d:Document) WHERE NOT d.id IN $ids DETACH DELETE d', { ids: ontology.documents.map((document) => document.id) });
  writes.send(
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
function replaceMentions(writes: Writes, ontology: Ontology): number {
  writes.send('MATCH (:Document)-[m:MENTIONS]->(:Entity) DELETE m');
  const mentions = findMentions(ontology.entities, ontology.documents);
  writes.inBatches(
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.documentId}), (n:Entity {id: row.entityId})
     CREATE (d)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(n)`,
    mentions,
  );
  return mentions.length;
}

/**
 * Keeps this version's entities and relations, as stored, for as long as the database lives:
 * embedded views pinned to a version go on showing its data after later seeds change the graph.
 * Gzipped JSON in one property: the data repeats itself, so 100k entities take megabytes, not a
 * hundred.
 */
function publishRelease(writes: Writes, ontology: Ontology): void {
  const entities = ontology.entities.map((entity) => {
    const { searchText: _notNeeded, ...properties } = entityProperties(entity);
    return properties;
  });
  const relations = ontology.relations.map((relation) => ({ from: relation.from, to: relation.to, properties: relationProperties(relation) }));
  // Level 1: a third of the time of the default for nearly the same size, on this repetitive data.
  const compressed = gzipSync(JSON.stringify({ entities, relations }), { level: 1 });
  writes.send('CREATE (r:GraphRelease {version: $version, publishedAt: datetime(), releaseGzip: $compressed})', {
    version: ontology.version,
    compressed: new Int8Array(compressed.buffer, compressed.byteOffset, compressed.length),
  });
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
  await ensureSchema(driver, database, ontology);

  const previousVersion = await readGraphVersion(driver, database);
  let mentions = 0;
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      const published = await tx.run('MATCH (r:GraphRelease {version: $version}) RETURN r.version', { version: ontology.version });
      const writes = new Writes(tx);
      await syncEntitiesAndRelations(tx, writes, ontology);
      syncDocuments(writes, ontology);
      mentions = replaceMentions(writes, ontology);
      // A version already published is not written again.
      if (published.records.length === 0) publishRelease(writes, ontology);
      // seededAt moves only when the data does, so a repeated seed leaves the graph as it was.
      writes.send(
        `MERGE (m:GraphMeta {id: "graph"})
         SET m.seededAt = CASE WHEN m.version = $version THEN m.seededAt ELSE datetime() END,
             m.version = $version`,
        { version: ontology.version },
      );
      await writes.done();
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
 * restart with unchanged data costs two reads. The schema is brought up to date either way: a
 * database seeded before an index was added gets it.
 */
export async function seedIfChanged(driver: Driver, database: string, ontology: Ontology): Promise<SeedResult | null> {
  await ensureSchema(driver, database, ontology);
  if ((await readGraphVersion(driver, database)) === ontology.version) return null;
  return seedGraph(driver, database, ontology);
}
