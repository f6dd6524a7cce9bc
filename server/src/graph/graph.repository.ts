import { gunzipSync } from 'node:zlib';
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import { int } from 'neo4j-driver';
import { relationshipType } from '../../../ontology/src';
import type { ReadExecutor } from '../database/executor';
import {
  entityFromProperties,
  relationFromProperties,
  toDocumentRecord,
  toEntityRecord,
  toRelationRecord,
  type DocumentRecord,
  type EntityRecord,
  type RelationRecord,
} from './graph.records';

export interface ReleaseInfo {
  version: string;
  publishedAt: string;
}

export interface Release extends ReleaseInfo {
  entities: EntityRecord[];
  relations: RelationRecord[];
}

export interface RelationQuery {
  /** Ontology kind ids (`appoints`); none means every kind. */
  types?: string[];
  fromId?: string;
  toId?: string;
  /** Relations starting at any of these (for batches). */
  fromIds?: readonly string[];
  /** Relations ending at any of these (for batches). */
  toIds?: readonly string[];
  /** Only relations valid on this date (YYYY-MM-DD); none means all of time. */
  asOf?: string;
}

/** Cypher that is true when the element `x` was valid on `$asOf` (or no date was asked). */
export const validOn = (x: string) =>
  `($asOf IS NULL OR (${x}.validFrom <= date($asOf) AND (${x}.validTo IS NULL OR ${x}.validTo >= date($asOf))))`;

/**
 * Cypher that is true when the relation `r` from `a` to `b` holds on `$asOf` and so do its ends.
 * A succession joins a body to the one that took its place, and an act or event that established
 * or abolished a body may be long gone: those ends need not exist on the date.
 */
export const relationValidOn = (r: string, a: string, b: string) =>
  `${validOn(r)} AND (${validOn(a)} OR type(${r}) = 'SUCCEEDED_BY') AND (${validOn(b)} OR type(${r}) IN ['SUCCEEDED_BY', 'ESTABLISHED_BY', 'ABOLISHED_BY'])`;

/** `validOn` for records in memory (published releases): the same rule, the same dates. */
export const recordValidOn = (x: { validFrom: string; validTo: string | null }, asOf: string) => x.validFrom <= asOf && (x.validTo === null || x.validTo >= asOf);

/** `relationValidOn` for records in memory. */
export function relationRecordValidOn(relation: RelationRecord, from: EntityRecord | undefined, to: EntityRecord | undefined, asOf: string): boolean {
  const looseFrom = relation.type === 'succeeded-by';
  const looseTo = ['succeeded-by', 'established-by', 'abolished-by'].includes(relation.type);
  return (
    recordValidOn(relation, asOf) &&
    from !== undefined &&
    to !== undefined &&
    (recordValidOn(from, asOf) || looseFrom) &&
    (recordValidOn(to, asOf) || looseTo)
  );
}

/** All the Cypher the API runs. Every value is a parameter; only ontology-derived names are spliced. */
export class GraphRepository {
  constructor(private readonly executor: ReadExecutor) {}

  async findEntities(ids: readonly string[]): Promise<EntityRecord[]> {
    const rows = await this.executor.read<{ n: Neo4jNode }>('MATCH (n:Entity) WHERE n.id IN $ids RETURN n', { ids: [...ids] });
    return rows.map((row) => toEntityRecord(row.n));
  }

  async findEntitiesValidOn(asOf: string | null): Promise<EntityRecord[]> {
    const rows = await this.executor.read<{ n: Neo4jNode }>(
      `MATCH (n:Entity) WHERE ${validOn('n')} RETURN n ORDER BY n.id`,
      { asOf },
    );
    return rows.map((row) => toEntityRecord(row.n));
  }

  async findRelations(query: RelationQuery): Promise<RelationRecord[]> {
    const rows = await this.executor.read<{ r: Relationship; fromId: string; toId: string }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE ($types IS NULL OR type(r) IN $types)
         AND ($fromId IS NULL OR a.id = $fromId)
         AND ($toId IS NULL OR b.id = $toId)
         AND ($fromIds IS NULL OR a.id IN $fromIds)
         AND ($toIds IS NULL OR b.id IN $toIds)
         AND ${relationValidOn('r', 'a', 'b')}
       RETURN r, a.id AS fromId, b.id AS toId
       ORDER BY r.id`,
      {
        types: query.types ? query.types.map(relationshipType) : null,
        fromId: query.fromId ?? null,
        toId: query.toId ?? null,
        fromIds: query.fromIds ? [...query.fromIds] : null,
        toIds: query.toIds ? [...query.toIds] : null,
        asOf: query.asOf ?? null,
      },
    );
    return rows.map((row) => toRelationRecord(row.r, row.fromId, row.toId));
  }

  async findRelationById(id: string): Promise<RelationRecord | null> {
    const rows = await this.executor.read<{ r: Relationship; fromId: string; toId: string }>(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id = $id RETURN r, a.id AS fromId, b.id AS toId',
      { id },
    );
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
    const rows = await this.executor.read<{ publishedAt: unknown; releaseGzip: Int8Array | null; entitiesJson: string | null; relationsJson: string | null }>(
      `MATCH (r:GraphRelease {version: $version})
       RETURN toString(r.publishedAt) AS publishedAt, r.releaseGzip AS releaseGzip, r.entitiesJson AS entitiesJson, r.relationsJson AS relationsJson`,
      { version },
    );
    if (!rows[0]) return null;
    const { publishedAt, releaseGzip, entitiesJson, relationsJson } = rows[0];
    // Releases published before they were gzipped hold two JSON strings.
    const release = (
      releaseGzip
        ? JSON.parse(gunzipSync(Buffer.from(releaseGzip.buffer, releaseGzip.byteOffset, releaseGzip.length)).toString('utf8'))
        : { entities: JSON.parse(entitiesJson!), relations: JSON.parse(relationsJson!) }
    ) as { entities: Record<string, unknown>[]; relations: { from: string; to: string; properties: Record<string, unknown> }[] };
    return {
      version,
      publishedAt: String(publishedAt),
      entities: release.entities.map(entityFromProperties),
      relations: release.relations.map((row) => relationFromProperties(row.properties, String(row.properties.type), row.from, row.to)),
    };
  }

  /** Every published version, newest first. */
  async findReleases(): Promise<ReleaseInfo[]> {
    return this.executor.read<ReleaseInfo>('MATCH (r:GraphRelease) RETURN r.version AS version, toString(r.publishedAt) AS publishedAt ORDER BY r.publishedAt DESC');
  }

  async graphVersion(): Promise<string | null> {
    const rows = await this.executor.read<{ version: string }>('MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version');
    return rows[0]?.version ?? null;
  }

  /**
   * Entities whose `searchText` holds every word of a search, of every date, roughly best first
   * (a name equal to the phrase, then one starting with it, then the rest; valid today before
   * not), at most `limit`: the service scores them precisely.
   */
  async findSearchCandidates(query: SearchCandidatesQuery): Promise<EntityRecord[]> {
    const rows = await this.executor.read<{ n: Neo4jNode }>(
      `MATCH (n:Entity)
       WHERE all(word IN $words WHERE n.searchText CONTAINS word.text
                 OR (word.inflected IS NOT NULL AND n.searchText CONTAINS word.stem AND n.searchText =~ word.inflected))
       WITH n, ' | ' + n.searchText + ' | ' AS terms
       WITH n,
            CASE WHEN terms CONTAINS ' | ' + $phrase + ' | ' THEN 0 WHEN terms CONTAINS ' | ' + $phrase THEN 1 ELSE 2 END AS tier,
            CASE WHEN ${validOn('n')} THEN 0 ELSE 1 END AS outdated
       ORDER BY tier, outdated, size(n.searchText), n.id
       LIMIT $limit
       RETURN n`,
      { words: query.words, phrase: query.phrase, asOf: query.today, limit: int(query.limit) },
    );
    return rows.map((row) => toEntityRecord(row.n));
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
    return this.findMentions('n.id IN $ids', entityIds);
  }

  /** The mentions in these documents, by document and offset. */
  async findMentionsInDocuments(documentIds: readonly string[]): Promise<MentionRecord[]> {
    return this.findMentions('d.id IN $ids', documentIds);
  }

  private async findMentions(condition: 'n.id IN $ids' | 'd.id IN $ids', ids: readonly string[]): Promise<MentionRecord[]> {
    return this.executor.read<MentionRecord>(
      `MATCH (d:Document)-[m:MENTIONS]->(n:Entity)
       WHERE ${condition}
       RETURN d.id AS documentId, n.id AS entityId, toInteger(m.start) AS start, toInteger(m.end) AS end, m.text AS text
       ORDER BY documentId, start, entityId`,
      { ids: [...ids] },
    );
  }
}

/** What search asks of the graph (built by search/search.query.ts). */
export interface SearchCandidatesQuery {
  /** The whole query, folded: orders entities with a name equal to it, then starting with it, first. */
  phrase: string;
  /**
   * Each query word must occur in `searchText` as typed (`text`, also inside a longer word), or
   * start with a shorter name word (`inflected`: a Java regex over the whole `searchText`, or null;
   * `stem`, the shortest start it allows, is tested first because CONTAINS is far cheaper).
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
