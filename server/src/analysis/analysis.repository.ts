import { int, type Relationship } from 'neo4j-driver';
import { relationshipType } from '../../../ontology/src';
import type { ReadExecutor } from '../database/executor';
import { toRelationRecord, type RelationRecord } from '../graph/graph.records';
import { validOn } from '../graph/graph.repository';

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
  types?: string[];
  /** The longest path to look for: a whole number the service checked, spliced into the pattern. */
  maxLength: number;
  /** At most this many paths. */
  limit: number;
}

export interface NeighbourQuery {
  asOf: string;
  types?: string[];
}

interface RelationRow {
  r: Relationship;
  fromId: string;
  toId: string;
}

const typeFilter = (r: string) => `($types IS NULL OR type(${r}) IN $types)`;
const typeNames = (types: string[] | undefined) => (types ? types.map(relationshipType) : null);

/** The Cypher of the analyses that walk the graph (paths, neighbourhoods). Read-only, parameterised. */
export class AnalysisRepository {
  constructor(private readonly executor: ReadExecutor) {}

  /**
   * All the shortest paths between two entities, whichever way each relation points, through
   * relations and entities valid on the date. `ALL SHORTEST` searches breadth-first from both ends,
   * so a long bound costs little when a short path exists.
   */
  async findShortestPaths(query: ShortestPathQuery): Promise<PathRecord[]> {
    if (!Number.isInteger(query.maxLength) || query.maxLength < 1) throw new Error(`maxLength must be a positive integer; got ${query.maxLength}`);
    const rows = await this.executor.read<{ steps: RelationRow[]; entityIds: string[] }>(
      `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
       WHERE ${validOn('a')} AND ${validOn('b')}
       MATCH p = ALL SHORTEST (a) (()-[r WHERE ${validOn('r')} AND ${typeFilter('r')}]-(n WHERE ${validOn('n')})){1,${query.maxLength}} (b)
       RETURN [rel IN relationships(p) | {r: rel, fromId: startNode(rel).id, toId: endNode(rel).id}] AS steps,
              [node IN nodes(p) | node.id] AS entityIds
       LIMIT $limit`,
      { fromId: query.fromId, toId: query.toId, asOf: query.asOf, types: typeNames(query.types), limit: int(query.limit) },
    );
    return rows.map((row) => ({
      relations: row.steps.map((step) => toRelationRecord(step.r, step.fromId, step.toId)),
      entityIds: row.entityIds,
    }));
  }

  /** The entities one relation away from any of `ids` (either direction), both valid on the date. */
  async findNeighbourIds(ids: readonly string[], query: NeighbourQuery): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>(
      `MATCH (a:Entity)-[r]-(b:Entity)
       WHERE a.id IN $ids AND ${typeFilter('r')} AND ${validOn('r')} AND ${validOn('b')}
       RETURN DISTINCT b.id AS id`,
      { ids: [...ids], asOf: query.asOf, types: typeNames(query.types) },
    );
    return rows.map((row) => row.id);
  }

  /** The relations valid on the date whose both ends are among `ids`. */
  async findRelationsAmong(ids: readonly string[], query: NeighbourQuery): Promise<RelationRecord[]> {
    const rows = await this.executor.read<RelationRow>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE a.id IN $ids AND b.id IN $ids AND ${typeFilter('r')} AND ${validOn('r')}
       RETURN r, a.id AS fromId, b.id AS toId
       ORDER BY r.id`,
      { ids: [...ids], asOf: query.asOf, types: typeNames(query.types) },
    );
    return rows.map((row) => toRelationRecord(row.r, row.fromId, row.toId));
  }
}
