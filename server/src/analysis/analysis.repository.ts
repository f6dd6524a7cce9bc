import { int, type Relationship } from 'neo4j-driver';
import type { ReadExecutor } from '../database/executor';
import { toRelationRecord, type RelationRecord } from '../graph/graph.records';
import { relationshipTypes, SEEK_EACH, SEEK_ENTITY } from '../graph/graph.repository';
import { validOn } from '../graph/validity';

/** A path as the graph returns it: its relations in order, and the entities it visits. */
export interface PathRecord {
  relations: RelationRecord[];
  /** `relations.length + 1` ids, from the start to the end. */
  entityIds: string[];
}

export interface ShortestPathQuery {
  fromId: string;
  toId: string;
  /** YYYY-MM-DD: relations and entities must be valid on it. */
  asOf: string;
  /** Ontology kind ids; none means every kind. */
  types?: readonly string[];
  /** The longest path to look for: a whole number the service checked, spliced into the pattern. */
  maxLength: number;
  /** At most this many paths. */
  limit: number;
}

export interface NeighbourQuery {
  asOf: string;
  /** Ontology kind ids; none means every kind, an empty list none. */
  types?: readonly string[];
}

interface RelationRow {
  r: Relationship;
  fromId: string;
  toId: string;
}

/** The Cypher of the analyses that walk the graph (paths, neighbourhoods). Read-only, parameterised. */
export class AnalysisRepository {
  constructor(private readonly executor: ReadExecutor) {}

  /**
   * All the shortest paths between two entities, whichever way each relation points, through
   * relations and entities valid on the date. `ALL SHORTEST` searches breadth-first from both ends,
   * so a long bound costs little when a short path exists, and a hub on the way is crossed, not
   * walked around (PROFILE at 100k entities: a few hundred db hits for Senate → district prosecutor).
   */
  async findShortestPaths(query: ShortestPathQuery): Promise<PathRecord[]> {
    if (!Number.isInteger(query.maxLength) || query.maxLength < 1)
      throw new Error(`maxLength must be a positive integer; got ${query.maxLength}`);
    if (query.types?.length === 0) return [];
    const rows = await this.executor.read<{ steps: RelationRow[]; entityIds: string[] }>(
      `${SEEK_ENTITY('a', 'fromId')}
       ${SEEK_ENTITY('b', 'toId')}
       WHERE ${validOn('a')} AND ${validOn('b')}
       MATCH p = ALL SHORTEST (a) (()-[r${relationshipTypes(query.types)} WHERE ${validOn('r')}]-(n WHERE ${validOn('n')})){1,${query.maxLength}} (b)
       RETURN [rel IN relationships(p) | {r: rel, fromId: startNode(rel).id, toId: endNode(rel).id}] AS steps,
              [node IN nodes(p) | node.id] AS entityIds
       LIMIT $limit`,
      { fromId: query.fromId, toId: query.toId, asOf: query.asOf, limit: int(query.limit) },
    );
    return rows.map((row) => ({
      relations: row.steps.map((step) => toRelationRecord(step.r, step.fromId, step.toId)),
      entityIds: row.entityIds,
    }));
  }

  /**
   * At most `limit` entities one relation away from any of `ids` (either direction), valid on the
   * date with the relation, other than those `reached`. Taken in the order Neo4j walks the
   * relationships (stable for a given database), so that the walk stops at `limit`: a hub's
   * thousands of relationships are not all read to keep a few hundred.
   */
  async findNeighbourIds(ids: readonly string[], reached: readonly string[], limit: number, query: NeighbourQuery): Promise<string[]> {
    if (query.types?.length === 0) return [];
    const rows = await this.executor.read<{ id: string }>(
      `${SEEK_EACH('a', 'Entity')}
       MATCH (a)-[r${relationshipTypes(query.types)}]-(b:Entity)
       WHERE ${validOn('r')} AND ${validOn('b')} AND NOT b.id IN $reached
       WITH DISTINCT b.id AS id
       LIMIT $limit
       RETURN id`,
      { ids: [...new Set(ids)], reached: [...reached], limit: int(limit), asOf: query.asOf },
    );
    return rows.map((row) => row.id);
  }

  /**
   * The relations valid on the date whose both ends are among `ids`, by id. From an entity with
   * more relationships than there are ids (a hub), each of the others is looked up instead and the
   * two joined from the side with fewer relationships; from the rest, their relationships are read.
   */
  async findRelationsAmong(ids: readonly string[], query: NeighbourQuery): Promise<RelationRecord[]> {
    if (query.types?.length === 0) return [];
    const types = relationshipTypes(query.types);
    const rows = await this.executor.read<RelationRow>(
      `${SEEK_EACH('a', 'Entity')}
       CALL (a) {
         WITH a WHERE COUNT { (a)-[${types}]->() } <= size($ids)
         MATCH (a)-[r${types}]->(b:Entity) WHERE b.id IN $ids
         RETURN r, b
         UNION ALL
         WITH a WHERE COUNT { (a)-[${types}]->() } > size($ids)
         ${SEEK_EACH('b', 'Entity')}
         MATCH (a)-[r${types}]->(b)
         RETURN r, b
       }
       WITH a, r, b WHERE ${validOn('r')}
       RETURN r, a.id AS fromId, b.id AS toId
       ORDER BY r.id`,
      { ids: [...new Set(ids)], asOf: query.asOf },
    );
    return rows.map((row) => toRelationRecord(row.r, row.fromId, row.toId));
  }
}
