import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import { relationshipType } from '../../../ontology/src';
import type { ReadExecutor } from '../database/executor';
import { toDocumentRecord, toEntityRecord, toRelationRecord, type DocumentRecord, type EntityRecord, type RelationRecord } from './graph.records';

export interface RelationQuery {
  /** Ontology kind ids (`appoints`); none means every kind. */
  types?: string[];
  fromId?: string;
  toId?: string;
  /** Only relations valid on this date (YYYY-MM-DD); none means all of time. */
  asOf?: string;
}

/** True when the element `x` was valid on `$asOf` (or no date was asked). */
const validOn = (x: string) =>
  `($asOf IS NULL OR (${x}.validFrom <= date($asOf) AND (${x}.validTo IS NULL OR ${x}.validTo >= date($asOf))))`;

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
         AND ${validOn('r')} AND ${validOn('a')} AND ${validOn('b')}
       RETURN r, a.id AS fromId, b.id AS toId
       ORDER BY r.id`,
      {
        types: query.types ? query.types.map(relationshipType) : null,
        fromId: query.fromId ?? null,
        toId: query.toId ?? null,
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

  async graphVersion(): Promise<string | null> {
    const rows = await this.executor.read<{ version: string }>('MATCH (m:GraphMeta {id: "graph"}) RETURN m.version AS version');
    return rows[0]?.version ?? null;
  }
}
