import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Entity, Ontology, Relation } from '../../ontology/src';
import { entityLabel, findMentions, relationshipType } from '../../ontology/src';
import {
  documentProperties,
  encodeRelease,
  entityProperties,
  isReleasePublished,
  PUBLISH_RELEASE,
  queryGraphVersion,
  relationProperties,
  schemaStatements,
  STAMP_GRAPH_VERSION,
  STORE_FORMAT,
  queryGraphStamp,
  type ReadRows,
} from './graphStore';

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
 * Creates the constraints and indexes the graph lacks (graphStore's schemaStatements), each on its
 * own (schema changes cannot share a transaction with data), and waits until new indexes are
 * online. A constraint's index has the constraint's name, so one listing tells what is there.
 */
async function ensureSchema(driver: Driver, database: string, ontology: Ontology): Promise<void> {
  const existing = await driver.executeQuery('SHOW INDEXES YIELD name', {}, { database });
  const names = new Set(existing.records.map((record) => record.get('name') as string));
  const missing = [...schemaStatements(ontology.kinds)].filter(([name]) => !names.has(name));
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
  return {
    type,
    from: relation.from,
    to: relation.to,
    validFrom,
    validTo,
    properties: { ...properties, seedHash: digest([type, relation.from, relation.to, validFrom, validTo, properties]) },
  };
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
  writes.inBatches(
    'UNWIND $rows AS id MATCH (n:Entity {id: id}) DETACH DELETE n',
    [...storedEntities.keys()].filter((id) => !wantedEntities.has(id)),
  );
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
    { rows: ontology.documents.map(documentProperties) },
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
 */
function publishRelease(writes: Writes, ontology: Ontology): void {
  writes.send(PUBLISH_RELEASE, { version: ontology.version, releaseGzip: encodeRelease(ontology.entities, ontology.relations) });
}

/** Reads in one of the seed's transactions, for graphStore's queries. */
function readsIn(tx: ManagedTransaction): ReadRows {
  return async (cypher, parameters) => (await tx.run(cypher, parameters)).records.map((record) => record.toObject());
}

/** Reads outside a transaction, for graphStore's queries. */
function readsOf(driver: Driver, database: string): ReadRows {
  return async (cypher, parameters) =>
    (await driver.executeQuery(cypher, parameters, { database, routing: 'READ' })).records.map((record) => record.toObject());
}

/** The version the graph was last seeded with, or null for an empty database. */
export async function readGraphVersion(driver: Driver, database: string): Promise<string | null> {
  return queryGraphVersion(readsOf(driver, database));
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
      const published = await isReleasePublished(readsIn(tx), ontology.version);
      const writes = new Writes(tx);
      await syncEntitiesAndRelations(tx, writes, ontology);
      syncDocuments(writes, ontology);
      mentions = replaceMentions(writes, ontology);
      // A version already published is not written again.
      if (!published) publishRelease(writes, ontology);
      writes.send(STAMP_GRAPH_VERSION, { version: ontology.version, storeFormat: STORE_FORMAT });
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
 * Seeds only when the graph's version differs from the ontology's, or it was stored in an older
 * shape (STORE_FORMAT): what `npm start` runs, so a restart with unchanged data costs two reads. The schema is brought up to date either way: a
 * database seeded before an index was added gets it.
 */
export async function seedIfChanged(driver: Driver, database: string, ontology: Ontology): Promise<SeedResult | null> {
  await ensureSchema(driver, database, ontology);
  const stamp = await queryGraphStamp(readsOf(driver, database));
  if (stamp.version === ontology.version && stamp.storeFormat === STORE_FORMAT) return null;
  return seedGraph(driver, database, ontology);
}
