/**
 * The stored graph's contract: what the seed writes into Neo4j and the server reads back. Labels,
 * constraints and indexes, every property's name and format (both ways, from the ontology and back
 * into plain records), the graph's version and its published releases are defined here once, so
 * that the writer and the reader cannot drift apart (tests/unit/graphStore.test.ts round-trips the
 * whole ontology through it). The server imports this module; it imports nothing from the server.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Entity, Kinds, Lang, Level, Relation, Source, SourceDocument } from '../../ontology/src';
import { foldForSearch, relationshipType } from '../../ontology/src';

/** Every entity's label; each also carries its kind's label (ontology's `entityLabel`). */
export const ENTITY = 'Entity';
/** A source document, whose text the mentions point into. */
export const DOCUMENT = 'Document';
/** From a document to an entity it names, with the offsets of the words. */
export const MENTIONS = 'MENTIONS';
/** The one node that holds the graph's version (see STAMP_GRAPH_VERSION). */
export const GRAPH_META = 'GraphMeta';
/** A version's entities and relations as published (see encodeRelease). */
export const GRAPH_RELEASE = 'GraphRelease';

/** The labels and relationship types the graph holds besides the kinds' own: what Cypher may name literally. */
export const STORE_NAMES: readonly string[] = [ENTITY, DOCUMENT, MENTIONS, GRAPH_META, GRAPH_RELEASE];

/**
 * The full-text index of the entities' `searchText` by words of letters (Lucene's "simple"
 * analyzer): search asks it for the entities that hold the start of each word typed.
 */
export const ENTITY_SEARCH_INDEX = 'entity_search';

/**
 * The constraints and indexes the API's queries rely on, by name: the ids of entities, documents,
 * the graph's metadata and releases (unique, hence indexed); the ids of relations, type by type
 * (Neo4j indexes relationship properties per type), for `relation(id)`; and the search index.
 * A constraint's index has the constraint's name, so one listing of indexes tells what is there.
 */
export function schemaStatements(kinds: Pick<Kinds, 'relationKinds'>): Map<string, string> {
  return new Map([
    ['entity_id', `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY}) REQUIRE n.id IS UNIQUE`],
    ['document_id', `CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:${DOCUMENT}) REQUIRE d.id IS UNIQUE`],
    ['graph_meta_id', `CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:${GRAPH_META}) REQUIRE m.id IS UNIQUE`],
    ['graph_release_version', `CREATE CONSTRAINT graph_release_version IF NOT EXISTS FOR (r:${GRAPH_RELEASE}) REQUIRE r.version IS UNIQUE`],
    ...kinds.relationKinds.map((kind): [string, string] => {
      const type = relationshipType(kind.id);
      const name = `relation_id_${type.toLowerCase()}`;
      return [name, `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`];
    }),
    [
      ENTITY_SEARCH_INDEX,
      `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY}) ON EACH [n.searchText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'simple' } }`,
    ],
  ]);
}

type Texts = Record<Lang, string | null>;

/** An entity as the graph stores it, in plain values. */
export interface EntityRecord {
  id: string;
  kind: string;
  branchId: string | null;
  level: Level | null;
  names: Record<Lang, string>;
  aliases: Record<Lang, string[]>;
  descriptions: Texts;
  validFrom: string;
  validTo: string | null;
  notes: string | null;
  /** For a legal act: the address of its official text (Adilet), where the ontology has one. */
  officialText: string | null;
  sources: Source[];
}

/** A relation as the graph stores it, in plain values. */
export interface RelationRecord {
  id: string;
  /** The ontology's kind id, e.g. `appoints`. */
  type: string;
  fromId: string;
  toId: string;
  consentOfIds: string[];
  nominatedByIds: string[];
  /** Whose recommendation an appointment rests on. */
  recommendedByIds: string[];
  termYears: number | null;
  /** True when the same person may hold the post only once. */
  termSingle: boolean;
  /** The vote the decision (or the consent to it) needs. */
  majorityTexts: Texts;
  conditionTexts: Texts;
  validFrom: string;
  validTo: string | null;
  notes: string | null;
  derivedFrom: string | null;
  sources: Source[];
}

/** A source document as the graph stores it. */
export interface DocumentRecord {
  id: string;
  language: Lang;
  titles: Record<Lang, string>;
  text: string;
}

/**
 * Properties as read back: a node's or relationship's (from the driver), or a release's (from
 * JSON). The writers below give dates as YYYY-MM-DD text (the seed stores them as Cypher dates, a
 * release as JSON text); the readers take either, since a neo4j Date prints as YYYY-MM-DD. Neo4j
 * keeps no null property, so the readers take a missing property for null.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Neo4j's or JSON's values, which the readers below take apart by name
export type StoredProperties = Record<string, any>;

/** A date property as text: YYYY-MM-DD whether Neo4j returned a Date or a release held the text. */
const dateText = (value: unknown): string | null => (value == null ? null : String(value));

/**
 * An entity's properties as the graph stores them; dates as text (the seed makes Cypher dates of
 * them). The seed adds `seedHash` (to relations too), which only it reads.
 */
export function entityProperties(entity: Entity) {
  const aliases = entity.aliases ?? {};
  const searchable = [...Object.values(entity.names), ...(aliases.kk ?? []), ...(aliases.ru ?? []), ...(aliases.en ?? [])];
  // The order of the keys is part of the seed's digest of an entity: reordering them reseeds every one once.
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
    officialText: entity.officialText ?? null,
    sourcesJson: JSON.stringify(entity.sources),
    /** Names and aliases folded for search, ` | ` between them: what search and the search index read. */
    searchText: foldForSearch(searchable.join(' | ')),
  };
}

/** An entity's stored properties, as entityProperties writes them. */
export type EntityProperties = ReturnType<typeof entityProperties>;

/** An entity from its stored properties: a node's, or a published release's. */
export function entityFromProperties(p: StoredProperties): EntityRecord {
  return {
    id: p.id,
    kind: p.kind,
    branchId: p.branch ?? null,
    level: p.level ?? null,
    names: { kk: p.nameKk, ru: p.nameRu, en: p.nameEn },
    aliases: { kk: p.aliasesKk ?? [], ru: p.aliasesRu ?? [], en: p.aliasesEn ?? [] },
    descriptions: { kk: p.descriptionKk ?? null, ru: p.descriptionRu ?? null, en: p.descriptionEn ?? null },
    validFrom: dateText(p.validFrom)!,
    validTo: dateText(p.validTo),
    notes: p.notes ?? null,
    officialText: p.officialText ?? null,
    sources: JSON.parse(p.sourcesJson ?? '[]'),
  };
}

/**
 * A relation's properties as the graph stores them; dates as text. `type` repeats the kind id
 * (the relationship's type is its Neo4j form) so that a release, which has no relationships, keeps it.
 */
export function relationProperties(relation: Relation) {
  // As for entities, the order of the keys is part of the seed's digest.
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
    // The acts of its legal bases, beside the JSON: a query that returns a relation can then
    // return those acts too, where the JSON can only be read once it has left the database.
    actIds: [...new Set(relation.sources.flatMap((source) => ('act' in source ? [source.act] : [])))],
  };
}

/** A relation's stored properties, as relationProperties writes them. */
export type RelationProperties = ReturnType<typeof relationProperties>;

/**
 * The relation properties that hold ids of other entities: whose consent, nomination and
 * recommendation it needs, and the acts it rests on.
 */
export const RELATION_ENTITY_REFERENCES = [
  'consentOf',
  'nominatedBy',
  'recommendedBy',
  'actIds',
] as const satisfies readonly (keyof RelationProperties)[];

/**
 * A relation from its stored properties (a relationship's, or a published release's), its kind id
 * and its ends' ids, which a relationship holds outside its properties.
 */
export function relationFromProperties(p: StoredProperties, type: string, fromId: string, toId: string): RelationRecord {
  return {
    id: p.id,
    type,
    fromId,
    toId,
    consentOfIds: p.consentOf ?? [],
    nominatedByIds: p.nominatedBy ?? [],
    recommendedByIds: p.recommendedBy ?? [],
    termYears: p.termYears ?? null,
    termSingle: p.termSingle === true,
    majorityTexts: { kk: p.majorityKk ?? null, ru: p.majorityRu ?? null, en: p.majorityEn ?? null },
    conditionTexts: { kk: p.conditionsKk ?? null, ru: p.conditionsRu ?? null, en: p.conditionsEn ?? null },
    validFrom: dateText(p.validFrom)!,
    validTo: dateText(p.validTo),
    notes: p.notes ?? null,
    derivedFrom: p.derivedFrom ?? null,
    sources: JSON.parse(p.sourcesJson ?? '[]'),
  };
}

/** A source document's properties as the graph stores them. */
export function documentProperties(document: SourceDocument) {
  return {
    id: document.id,
    language: document.language,
    titleKk: document.titles.kk,
    titleRu: document.titles.ru,
    titleEn: document.titles.en,
    text: document.text,
  };
}

/** A source document from its stored properties. */
export function documentFromProperties(p: StoredProperties): DocumentRecord {
  return { id: p.id, language: p.language, titles: { kk: p.titleKk, ru: p.titleRu, en: p.titleEn }, text: p.text };
}

/**
 * Runs a read and returns its records as plain objects: the seed passes its driver or transaction,
 * the server its executor (which owns the API's sessions), so that both read the graph's version
 * and releases with the same Cypher.
 */
export type ReadRows = (cypher: string, parameters?: Record<string, unknown>) => Promise<StoredProperties[]>;

/** The GraphMeta node's id: there is one. */
const GRAPH_META_ID = 'graph';

/**
 * Stamps the graph with `$version`. `seededAt` moves only when the version does, so a repeated
 * seed leaves the graph as it was.
 */
export const STAMP_GRAPH_VERSION = `MERGE (m:${GRAPH_META} {id: "${GRAPH_META_ID}"})
  SET m.seededAt = CASE WHEN m.version = $version THEN m.seededAt ELSE datetime() END,
      m.version = $version,
      m.storeFormat = $storeFormat`;

/**
 * The shape of what the seed stores, raised whenever it changes (a property added, say): a graph
 * stored in an older shape is seeded again though the ontology is unchanged. The API's answers
 * come from the ontology through this codec and do not change with the shape, so the graph's
 * version (the ontology's hash) stays.
 */
export const STORE_FORMAT = 2;

/** The version and store format the graph was stamped with; nulls for an empty database. */
export async function queryGraphStamp(read: ReadRows): Promise<{ version: string | null; storeFormat: number | null }> {
  const rows = await read(`MATCH (m:${GRAPH_META} {id: "${GRAPH_META_ID}"}) RETURN m.version AS version, m.storeFormat AS storeFormat`);
  return { version: (rows[0]?.version as string | undefined) ?? null, storeFormat: (rows[0]?.storeFormat as number | undefined) ?? null };
}

/**
 * Cypher that binds `graphVersion` to the version the graph was last seeded with (null for an
 * empty database). Placed after an aggregation, which reads all its input before it yields, it
 * reads the version after the query's data: one query then says which graph its answer comes from.
 */
export const READ_GRAPH_VERSION_AFTER = `CALL () { OPTIONAL MATCH (m:${GRAPH_META} {id: "${GRAPH_META_ID}"}) RETURN m.version AS graphVersion }`;

/** The version the graph was last seeded with (the ontology's hash), or null for an empty database. */
export async function queryGraphVersion(read: ReadRows): Promise<string | null> {
  const rows = await read(`MATCH (m:${GRAPH_META} {id: "${GRAPH_META_ID}"}) RETURN m.version AS version`);
  return (rows[0]?.version as string | undefined) ?? null;
}

/** A published version: its name (the ontology's hash) and when it was first seeded. */
export interface ReleaseInfo {
  version: string;
  publishedAt: string;
}

/** A published version's entities and relations, as they were then. */
export interface Release extends ReleaseInfo {
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/** What a release holds, before gzip: the stored properties, less what only search needs, and each relation's ends. */
interface ReleaseContent {
  entities: Omit<EntityProperties, 'searchText'>[];
  relations: { from: string; to: string; properties: RelationProperties }[];
}

/**
 * A version's entities and relations in the release format: gzipped JSON, as the bytes the driver
 * stores (an Int8Array). The data repeats itself, so 100k entities take megabytes, not a hundred.
 */
export function encodeRelease(entities: readonly Entity[], relations: readonly Relation[]): Int8Array {
  const content: ReleaseContent = {
    entities: entities.map((entity) => {
      const { searchText: _notNeeded, ...properties } = entityProperties(entity);
      return properties;
    }),
    relations: relations.map((relation) => ({ from: relation.from, to: relation.to, properties: relationProperties(relation) })),
  };
  // Level 1: a third of the time of the default for nearly the same size, on this repetitive data.
  const compressed = gzipSync(JSON.stringify(content), { level: 1 });
  return new Int8Array(compressed.buffer, compressed.byteOffset, compressed.length);
}

/**
 * A release node's data as stored: `releaseGzip` (see encodeRelease), or, for releases published
 * before they were gzipped, the entities and relations as two JSON strings.
 */
export interface StoredRelease {
  releaseGzip: Int8Array | null;
  entitiesJson: string | null;
  relationsJson: string | null;
}

/** A release's entities and relations as records, from either stored format. */
export function decodeRelease(stored: StoredRelease): Pick<Release, 'entities' | 'relations'> {
  const { releaseGzip, entitiesJson, relationsJson } = stored;
  const content = (
    releaseGzip
      ? JSON.parse(gunzipSync(Buffer.from(releaseGzip.buffer, releaseGzip.byteOffset, releaseGzip.length)).toString('utf8'))
      : { entities: JSON.parse(entitiesJson!), relations: JSON.parse(relationsJson!) }
  ) as { entities: StoredProperties[]; relations: { from: string; to: string; properties: StoredProperties }[] };
  return {
    entities: content.entities.map(entityFromProperties),
    relations: content.relations.map((row) => relationFromProperties(row.properties, String(row.properties.type), row.from, row.to)),
  };
}

/** Publishes `$version`, whose data is `$releaseGzip` (encodeRelease), stamped with the time. */
export const PUBLISH_RELEASE = `CREATE (r:${GRAPH_RELEASE} {version: $version, publishedAt: datetime(), releaseGzip: $releaseGzip})`;

/** Whether `version` has been published (the seed publishes a version once). */
export async function isReleasePublished(read: ReadRows, version: string): Promise<boolean> {
  return (await read(`MATCH (r:${GRAPH_RELEASE} {version: $version}) RETURN r.version`, { version })).length > 0;
}

/** The entities and relations published as `version`, as they were then; null when unknown. */
export async function queryRelease(read: ReadRows, version: string): Promise<Release | null> {
  const rows = await read(
    `MATCH (r:${GRAPH_RELEASE} {version: $version})
     RETURN toString(r.publishedAt) AS publishedAt, r.releaseGzip AS releaseGzip, r.entitiesJson AS entitiesJson, r.relationsJson AS relationsJson`,
    { version },
  );
  if (!rows[0]) return null;
  const { publishedAt, releaseGzip, entitiesJson, relationsJson } = rows[0];
  return { version, publishedAt: String(publishedAt), ...decodeRelease({ releaseGzip, entitiesJson, relationsJson }) };
}

/** Every published version, newest first. */
export async function queryReleases(read: ReadRows): Promise<ReleaseInfo[]> {
  const rows = await read(
    `MATCH (r:${GRAPH_RELEASE}) RETURN r.version AS version, toString(r.publishedAt) AS publishedAt ORDER BY r.publishedAt DESC`,
  );
  return rows as ReleaseInfo[];
}
