import { int, type Relationship } from 'neo4j-driver';
import type { ReadExecutor } from '../database/executor';
import { toRelationRecord, type RelationRecord } from '../graph/graph.records';
import { relationshipTypes, SEEK_ENTITY } from '../graph/graph.repository';
import { relationValidOn } from '../graph/validity';

export interface ChainQuery {
  /** The institution whose appointers are walked up. */
  id: string;
  /** YYYY-MM-DD: relations and their ends must be valid on it. */
  asOf: string;
  /** The relation kinds that appoint (the service's rule): never empty. */
  types: readonly string[];
  /** The highest level to return: a whole number the service checked, spliced into the pattern. */
  maxLevels: number;
  /** At most this many links. */
  limit: number;
}

/** An appointment of the chain: `level` is one more than its appointee's nearest distance from the institution asked about. */
export interface ChainLinkRecord {
  relation: RelationRecord;
  level: number;
}

/** The Cypher of the appointment chain. Read-only, parameterised; kinds come from the service. */
export class AppointmentRepository {
  constructor(private readonly executor: ReadExecutor) {}

  /**
   * The appointments valid on the date into the institution and into every appointer reached from
   * it by appointments, up to `maxLevels` (and, to tell the caller that the chain goes on, those of
   * level `maxLevels + 1`), ordered by level, appointee, appointer and relation id, at most `limit`.
   *
   * `ANY SHORTEST` with an open end walks breadth-first from the institution and reaches each
   * appointer once, by its nearest distance: an appointer reached by two ways (or through a cycle)
   * is not walked twice, where a plain variable-length pattern would enumerate every path to it.
   * The second MATCH then lists each reached entity's appointments once, every branch of them.
   */
  async findChain(query: ChainQuery): Promise<ChainLinkRecord[]> {
    if (!Number.isInteger(query.maxLevels) || query.maxLevels < 1)
      throw new Error(`maxLevels must be a positive integer; got ${query.maxLevels}`);
    const types = relationshipTypes(query.types);
    const rows = await this.executor.read<{ r: Relationship; fromId: string; toId: string; level: number }>(
      `${SEEK_ENTITY('asked', 'id')}
       CALL (asked) {
         RETURN asked AS appointee, 0 AS distance
         UNION
         MATCH p = ANY SHORTEST (asked) ((b)<-[r${types}]-(a) WHERE ${relationValidOn('r', 'a', 'b')}){1,${query.maxLevels}} (appointee)
         RETURN appointee, length(p) AS distance
       }
       WITH appointee, min(distance) AS distance
       MATCH (appointee)<-[r${types}]-(appointer:Entity)
       WHERE ${relationValidOn('r', 'appointer', 'appointee')}
       RETURN r, appointer.id AS fromId, appointee.id AS toId, distance + 1 AS level
       ORDER BY level, toId, fromId, r.id
       LIMIT $limit`,
      { id: query.id, asOf: query.asOf, limit: int(query.limit) },
    );
    return rows.map((row) => ({ relation: toRelationRecord(row.r, row.fromId, row.toId), level: row.level }));
  }
}
