import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import { int } from 'neo4j-driver';
import { relationshipType } from '../../../ontology/src';
import {
  ENTITY_SEARCH_INDEX,
  READ_GRAPH_VERSION_AFTER,
  type entityProperties,
  type relationProperties,
  queryGraphVersion,
  queryRelease,
  queryReleases,
  type ReadRows,
  type Release,
  type ReleaseInfo,
} from '../../../graph-seed/src/graphStore';
import { ontologyKinds } from '../graphql/kinds';
import type { Reader } from '../database/executor';
import { relationValidOn, validOn } from './validity';
import {
  toDocumentRecord,
  toEntityRecord,
  toRelationRecord,
  type DocumentRecord,
  type DrawnEntity,
  type DrawnRelation,
  type EntityRecord,
  type RelationRecord,
} from './graph.records';

/** The stored properties a DrawnEntity is read from. */
const DRAWN_ENTITY_PROPERTIES = [
  'id',
  'kind',
  'branch',
  'level',
  'nameKk',
  'nameRu',
  'nameEn',
  'validFrom',
  'validTo',
] as const satisfies readonly (keyof ReturnType<typeof entityProperties>)[];

/** The stored properties a DrawnRelation is read from; its kind is its relationship's type. */
const DRAWN_RELATION_PROPERTIES = ['id', 'derivedFrom'] as const satisfies readonly (keyof ReturnType<typeof relationProperties>)[];

/**
 * An entity's outline: what names, finds, places and dates it (a drawing's properties and the
 * aliases search scores), without its descriptions, notes, official text and sources, most of
 * its bytes.
 */
const ENTITY_OUTLINE_PROPERTIES = [
  ...DRAWN_ENTITY_PROPERTIES,
  'aliasesKk',
  'aliasesRu',
  'aliasesEn',
] as const satisfies readonly (keyof ReturnType<typeof entityProperties>)[];

/** A relation's outline: all but its sources, notes, conditions and majority. */
const RELATION_OUTLINE_PROPERTIES = [
  'id',
  'consentOf',
  'nominatedBy',
  'recommendedBy',
  'termYears',
  'termSingle',
  'validFrom',
  'validTo',
  'derivedFrom',
] as const satisfies readonly (keyof ReturnType<typeof relationProperties>)[];

/**
 * How much of each entity and relation a read returns: whole, or its outline, when the operation
 * asks for nothing more (selection.ts's readingFor). Entities and relations read either way
 * map to the same records; an outline's other parts are empty.
 */
export type Reading = 'whole' | 'outline';

/** The properties that are dates: read as text, which the driver decodes many times faster than its Date values. */
const DATE_PROPERTIES: ReadonlySet<string> = new Set(['validFrom', 'validTo']);

/** Map projection of `x` with only `properties`. */
const projection = (x: string, properties: readonly string[]) =>
  `${x} {${properties.map((property) => (DATE_PROPERTIES.has(property) ? `${property}: toString(${x}.${property})` : `.${property}`)).join(', ')}}`;

/** Node `x` in the shape the driver returns a node in, with only `properties` of its own. */
const nodeWith = (x: string, properties: readonly string[]) => `{properties: ${projection(x, properties)}}`;

/** Relationship `r` in the shape the driver returns a relationship in, with only `properties` of its own. */
const relationshipWith = (r: string, properties: readonly string[]) => `{properties: ${projection(r, properties)}, type: type(${r})}`;

/** Cypher returning entity `x` as `reading` says. */
export const entityRead = (x: string, reading: Reading = 'whole') => (reading === 'whole' ? x : nodeWith(x, ENTITY_OUTLINE_PROPERTIES));

/** Cypher returning relation `r` as `reading` says. */
export const relationRead = (r: string, reading: Reading = 'whole') =>
  reading === 'whole' ? r : relationshipWith(r, RELATION_OUTLINE_PROPERTIES);

/** Published releases, as graphStore reads them; the services name them by the repository that returns them. */
export type { Release, ReleaseInfo };

/** Which relations, of what kinds, on what date. */
export interface RelationFilter {
  /** YYYY-MM-DD: only relations valid on it, and whose ends are. */
  asOf: string;
  /** Ontology kind ids (`appoints`); none means every kind, an empty list none. */
  types?: readonly string[] | null;
}

/**
 * The relationship type expression of a pattern for these ontology kinds (`:APPOINTS|DISMISSES`),
 * or '' for every kind: a type in the pattern lets Neo4j follow only those relationships of a node
 * (a hub's thousands of others are never read), where `type(r) IN $types` reads them all. Spliced,
 * so the names come only from relationshipType, which accepts only kebab-case kind ids.
 */
export function relationshipTypes(types: readonly string[] | null | undefined): string {
  // GraphQL sends null for a list given as null: like one not given, every kind.
  if (types == null) return '';
  if (types.length === 0) throw new Error('relationshipTypes: no kinds; callers answer an empty list without asking the database');
  // Each kind once: a list that repeats one (thousands of times, from a careless or hostile client)
  // would only make the query longer to plan.
  return `:${[...new Set(types)].map(relationshipType).join('|')}`;
}

/**
 * Binds `x` to each node of `label` whose id is in `$ids` (given without repeats), by one index
 * seek per id. `WHERE x.id IN $ids` says the same, but Neo4j's planner then sometimes reads the
 * whole id index instead: when its statistics of the index are older than the last seed (sampled
 * while the index was empty, a scan looks free), which at 100k entities made an answer ten times
 * slower. `USING INDEX SEEK` leaves it no such choice.
 */
export const SEEK_EACH = (x: string, label: 'Entity' | 'Document') =>
  `UNWIND $ids AS seekId MATCH (${x}:${label} {id: seekId}) USING INDEX SEEK ${x}:${label}(id)`;

/** `(x:Entity {id: $parameter})`, sought in the id index whatever the planner's statistics say (see SEEK_EACH). */
export const SEEK_ENTITY = (x: string, parameter: string) => `MATCH (${x}:Entity {id: $${parameter}}) USING INDEX SEEK ${x}:Entity(id)`;

/**
 * Binds `n` to the entities whose `searchText` holds each of `fragments` (runs of letters) inside
 * a word, through the full-text index, or to every entity when there are none; `$anchors` is
 * Lucene's query. A candidate set only: callers test the exact condition after it. A fragment's
 * start lies inside the same words, so each is cut to its first letters and only the first few are
 * asked: Lucene cannot build the automaton of a wildcard around a 10,000-letter word, and refuses
 * more than 1,024 clauses.
 */
export function entitiesHolding(fragments: readonly string[]): { cypher: string; anchors: string } {
  const anchors = [...new Set(fragments.map((fragment) => fragment.slice(0, 12)))].slice(0, 8);
  return {
    cypher:
      anchors.length > 0 ? `CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $anchors) YIELD node AS n` : 'MATCH (n:Entity)',
    anchors: anchors.map((anchor) => `+*${anchor}*`).join(' '),
  };
}

const RELATION_BY_ID = ontologyKinds.relationKinds
  // The hint: as for SEEK_EACH, with statistics older than the seed the planner may prefer scanning
  // the index; one seek is never worse.
  .map(
    (kind) =>
      `MATCH (a:Entity)-[r:${relationshipType(kind.id)} {id: $id}]->(b:Entity) USING INDEX SEEK r:${relationshipType(kind.id)}(id) RETURN r, a.id AS fromId, b.id AS toId`,
  )
  .join('\nUNION ALL\n');

/**
 * Turns the `entities` and `relations` (`{r, fromId, toId}`) a query collected back into rows, one
 * item each, and one last row of nulls so that even an answer with neither says its version. They
 * are collected first so that the version is read after them (READ_GRAPH_VERSION_AFTER), and sent
 * as rows because the driver reads a record larger than a message chunk (64 kB) several times slower.
 */
export const RETURN_ITEMS = (...columns: string[]) =>
  `UNWIND [n IN entities | {n: n}] + relations + [{}] AS item
   RETURN ${['item.n AS n', 'item.r AS r', 'item.fromId AS fromId', 'item.toId AS toId', ...columns].join(', ')}`;

/** A row of RETURN_ITEMS: an entity, a relation, or neither (the last). */
export interface ItemRow {
  n: Neo4jNode | null;
  r: Relationship | null;
  fromId: string | null;
  toId: string | null;
  graphVersion: string | null;
}

/** The entities and the relations of RETURN_ITEMS's rows, in their order. */
export function itemRecords(rows: readonly ItemRow[]): { entities: EntityRecord[]; relations: RelationRecord[] } {
  return {
    entities: rows.flatMap((row) => (row.n ? [toEntityRecord(row.n)] : [])),
    relations: rows.flatMap((row) => (row.r ? [toRelationRecord(row.r, row.fromId!, row.toId!)] : [])),
  };
}

/** All the Cypher the API runs. Every value is a parameter; only ontology-derived names are spliced. */
export class GraphRepository {
  constructor(private readonly executor: Reader) {}

  /** The executor's reads, for the queries the stored graph's contract (graphStore) holds. */
  private readonly reads: ReadRows = (cypher, parameters) => this.executor.read(cypher, parameters);

  async findEntities(ids: readonly string[]): Promise<EntityRecord[]> {
    const rows = await this.executor.read<{ n: Neo4jNode }>(`${SEEK_EACH('n', 'Entity')} RETURN n`, { ids: [...new Set(ids)] });
    return rows.map((row) => toEntityRecord(row.n));
  }

  async findEntitiesValidOn(asOf: string): Promise<EntityRecord[]> {
    const rows = await this.executor.read<{ n: Neo4jNode }>(`MATCH (n:Entity) WHERE ${validOn('n')} RETURN n ORDER BY n.id`, { asOf });
    return rows.map((row) => toEntityRecord(row.n));
  }

  /** Every relation valid on the date (of these kinds), by id: the whole graph, so it grows with it. */
  async findRelationsValidOn(filter: RelationFilter): Promise<RelationRecord[]> {
    if (filter.types?.length === 0) return [];
    return this.readRelations(
      `MATCH (a:Entity)-[r${relationshipTypes(filter.types)}]->(b:Entity)
       WHERE ${relationValidOn('r', 'a', 'b')}`,
      { asOf: filter.asOf },
    );
  }

  /**
   * The whole graph on the date: the entities valid on it, the relations (of these kinds) valid on
   * it, by id, and the graph's version, read after them, in one query.
   */
  findGraphValidOn(filter: RelationFilter): Promise<GraphRecords> {
    return this.readGraphValidOn(filter, { entity: 'n', relation: 'r' });
  }

  /**
   * The same graph with only what a drawing needs of it (DrawnEntity, DrawnRelation): the
   * sources, descriptions and conditions, most of the graph's bytes, are neither sent by Neo4j
   * nor decoded. Each is returned in the shape of what the driver returns for a node or a
   * relationship, with only these properties, so that one mapping reads both.
   */
  findDrawingValidOn(filter: RelationFilter): Promise<GraphRecords<DrawnEntity, DrawnRelation>> {
    return this.readGraphValidOn(filter, {
      entity: nodeWith('n', DRAWN_ENTITY_PROPERTIES),
      relation: relationshipWith('r', DRAWN_RELATION_PROPERTIES),
    });
  }

  /** The whole graph on the date, each entity `n` and relation `r` returned as `returned` says. */
  private async readGraphValidOn(filter: RelationFilter, returned: { entity: string; relation: string }): Promise<GraphRecords> {
    const relations =
      filter.types?.length === 0
        ? '[] AS relations'
        : `CALL () {
             MATCH (a:Entity)-[r${relationshipTypes(filter.types)}]->(b:Entity)
             WHERE ${relationValidOn('r', 'a', 'b')}
             WITH r, a, b ORDER BY r.id
             RETURN collect({r: ${returned.relation}, fromId: a.id, toId: b.id}) AS relations
           }`;
    const rows = await this.executor.readWithVersion<ItemRow>(
      `CALL () { MATCH (n:Entity) WHERE ${validOn('n')} WITH n ORDER BY n.id RETURN collect(${returned.entity}) AS entities }
       ${filter.types?.length === 0 ? `WITH entities, ${relations}` : relations}
       ${READ_GRAPH_VERSION_AFTER}
       ${RETURN_ITEMS('graphVersion')}`,
      { asOf: filter.asOf },
    );
    return { ...itemRecords(rows), version: rows[0].graphVersion };
  }

  /**
   * The relations valid on the date (of these kinds) that start (`from`) or end (`to`) at any of
   * `ids`, by id: the ends are looked up by the id index, then only their relationships of these
   * kinds are read.
   */
  async findRelationsAt(side: 'from' | 'to', ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[]> {
    if (filter.types?.length === 0) return [];
    return this.readRelations(
      `${SEEK_EACH(side === 'from' ? 'a' : 'b', 'Entity')}
       MATCH (a:Entity)-[r${relationshipTypes(filter.types)}]->(b:Entity)
       WHERE ${relationValidOn('r', 'a', 'b')}`,
      { ids: [...new Set(ids)], asOf: filter.asOf },
    );
  }

  private async readRelations(match: string, parameters: Record<string, unknown>): Promise<RelationRecord[]> {
    const rows = await this.executor.read<{ r: Relationship; fromId: string; toId: string }>(
      `${match}
       RETURN r, a.id AS fromId, b.id AS toId
       ORDER BY r.id`,
      parameters,
    );
    return rows.map((row) => toRelationRecord(row.r, row.fromId, row.toId));
  }

  /**
   * The relation with this id, of any kind: one index seek per relationship type (Neo4j indexes
   * relationship properties type by type; the seed creates them), where a pattern without a type
   * would read every relationship.
   */
  async findRelationById(id: string): Promise<RelationRecord | null> {
    const rows = await this.executor.read<{ r: Relationship; fromId: string; toId: string }>(RELATION_BY_ID, { id });
    return rows[0] ? toRelationRecord(rows[0].r, rows[0].fromId, rows[0].toId) : null;
  }

  async findDocuments(ids: readonly string[] | null): Promise<DocumentRecord[]> {
    const rows = await this.executor.read<{ d: Neo4jNode }>(
      'MATCH (d:Document) WHERE $ids IS NULL OR d.id IN $ids RETURN d ORDER BY d.id',
      { ids: ids ? [...ids] : null },
    );
    return rows.map((row) => toDocumentRecord(row.d));
  }

  /** The entities and relations a seed published as `version`, as they were then; null when unknown. */
  async findRelease(version: string): Promise<Release | null> {
    return queryRelease(this.reads, version);
  }

  /** Every published version, newest first. */
  async findReleases(): Promise<ReleaseInfo[]> {
    return queryReleases(this.reads);
  }

  /** The version the graph was last seeded with; null for a graph never seeded. */
  async graphVersion(): Promise<string | null> {
    return queryGraphVersion(this.reads);
  }

  /**
   * Entities whose `searchText` holds every word of a search, of every date, roughly best first
   * (a name equal to the phrase, then one starting with it, then the rest; valid today before
   * not), at most `limit`: the service scores them precisely.
   *
   * Every match holds each word's `stem` (the word's start, which the word itself and all its
   * inflected matches begin with) inside a word of letters: the full-text index of words of
   * letters finds the entities holding all the stems (`+*stem*` each) without reading the others,
   * and the exact test below runs on those alone. A stem with other characters than letters is
   * left to that test; with none left, every entity is tested.
   */
  async findSearchCandidates(query: SearchCandidatesQuery, reading: Reading = 'whole'): Promise<EntityRecord[]> {
    const candidates = entitiesHolding(query.words.map((word) => word.stem).filter((stem) => /^\p{L}+$/u.test(stem)));
    const [row] = await this.executor.readWithVersion<{ found: Neo4jNode[]; graphVersion: string | null }>(
      `${candidates.cypher}
       WITH n WHERE all(word IN $words WHERE n.searchText CONTAINS word.text
                 OR (word.inflected IS NOT NULL AND n.searchText CONTAINS word.stem AND n.searchText =~ word.inflected))
       WITH n, ' | ' + n.searchText + ' | ' AS terms
       WITH n,
            CASE WHEN terms CONTAINS ' | ' + $phrase + ' | ' THEN 0 WHEN terms CONTAINS ' | ' + $phrase THEN 1 ELSE 2 END AS tier,
            CASE WHEN ${validOn('n')} THEN 0 ELSE 1 END AS outdated
       ORDER BY tier, outdated, size(n.searchText), n.id
       LIMIT $limit
       WITH collect(${entityRead('n', reading)}) AS found
       ${READ_GRAPH_VERSION_AFTER}
       RETURN found, graphVersion`,
      { anchors: candidates.anchors, words: query.words, phrase: query.phrase, asOf: query.today, limit: int(query.limit) },
    );
    return (row?.found ?? []).map(toEntityRecord);
  }

  /**
   * Ids that may lie within a few edits of `id`: about as long, and holding enough of its
   * trigrams (each edit breaks at most three of them), so that only near ids leave the database.
   */
  async findEntityIdsNear(query: NearIdsQuery): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>(
      `MATCH (n:Entity)
       WHERE abs(size(n.id) - $length) <= $maxLengthDifference
         AND size([gram IN $grams WHERE n.id CONTAINS gram]) >= $minSharedGrams
       RETURN n.id AS id`,
      { length: query.length, maxLengthDifference: query.maxLengthDifference, grams: query.grams, minSharedGrams: query.minSharedGrams },
    );
    return rows.map((row) => row.id);
  }

  /** Where the documents mention these entities, by document and offset. */
  async findMentionsOfEntities(entityIds: readonly string[]): Promise<MentionRecord[]> {
    return this.findMentions('n', entityIds);
  }

  /** The mentions in these documents, by document and offset. */
  async findMentionsInDocuments(documentIds: readonly string[]): Promise<MentionRecord[]> {
    return this.findMentions('d', documentIds);
  }

  private async findMentions(by: 'n' | 'd', ids: readonly string[]): Promise<MentionRecord[]> {
    return this.executor.read<MentionRecord>(
      `${by === 'n' ? SEEK_EACH('n', 'Entity') : SEEK_EACH('d', 'Document')}
       MATCH (d:Document)-[m:MENTIONS]->(n:Entity)
       RETURN d.id AS documentId, n.id AS entityId, toInteger(m.start) AS start, toInteger(m.end) AS end, m.text AS text
       ORDER BY documentId, start, entityId`,
      { ids: [...new Set(ids)] },
    );
  }
}

/** The graph on a date, as one query reads it. */
export interface GraphRecords<Entity = EntityRecord, Relation = RelationRecord> {
  entities: Entity[];
  relations: Relation[];
  /** The version it was read from; null for a graph never seeded. */
  version: string | null;
}

/** What search asks of the graph (built by search/search.query.ts). */
export interface SearchCandidatesQuery {
  /** The whole query, folded: orders entities with a name equal to it, then starting with it, first. */
  phrase: string;
  /**
   * Each query word must occur in `searchText` as typed (`text`, also inside a longer word), or
   * start with a shorter name word (`inflected`: a Java regex over the whole `searchText`, or null;
   * `stem`, the shortest start it allows and the start of `text`, is tested first because
   * CONTAINS is far cheaper, and is what the full-text index is asked).
   */
  words: { text: string; stem: string; inflected: string | null }[];
  /** YYYY-MM-DD: entities valid on it come first among equals. */
  today: string;
  limit: number;
}

export interface NearIdsQuery {
  length: number;
  maxLengthDifference: number;
  /** The distinct trigrams of the unknown id. */
  grams: string[];
  minSharedGrams: number;
}

/** A place where a document names an entity, as the seed found it. */
export interface MentionRecord {
  documentId: string;
  entityId: string;
  /** Offsets in the document text, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** The words as the document writes them: `text.slice(start, end)`. */
  text: string;
}
