import { int, type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import { READ_GRAPH_VERSION_AFTER, RELATION_ENTITY_REFERENCES } from '../../../graph-seed/src/graphStore';
import type { Reader } from '../database/executor';
import { toEntityRecord, toRelationRecord, type EntityRecord, type RelationRecord } from '../graph/graph.records';
import { relationshipTypes, SEEK_EACH, SEEK_ENTITY } from '../graph/graph.repository';
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

export interface AppointmentsQuery {
  /** The institutions whose appointers (`to`) or appointees (`from`) are asked for. */
  ids: readonly string[];
  side: 'to' | 'from';
  /** YYYY-MM-DD: relations and their ends must be valid on it. */
  asOf: string;
  /** The relation kinds that appoint (the service's rule): never empty. */
  types: readonly string[];
  /** The relation kinds that dismiss; none leaves the dismissals out. */
  dismissalTypes: readonly string[];
}

/** The appointments at one side of an institution, with all that an answer about them names. */
export interface AppointmentsFound {
  /** The institution asked about. */
  institution: EntityRecord;
  appointments: RelationRecord[];
  /** The dismissals valid on the date into every appointee of `appointments`. */
  dismissals: RelationRecord[];
  /** Every entity these relations name: their ends, and whose consent, nomination, recommendation they need. */
  entities: EntityRecord[];
}

interface RelationRow {
  r: Relationship;
  fromId: string;
  toId: string;
}

/** The Cypher of appointments. Read-only, parameterised; kinds come from the service. */
export class AppointmentRepository {
  constructor(private readonly executor: Reader) {}

  /**
   * The appointments valid on the date into (`to`) or from (`from`) each institution, the
   * dismissals into each appointee, and every entity they name, in one query for them all: a
   * question about appointments is one traversal, and a round trip to the database costs more than
   * the reading. Institutions the graph lacks are left out.
   */
  async findAppointments(query: AppointmentsQuery): Promise<Map<string, AppointmentsFound>> {
    const types = relationshipTypes(query.types);
    const references = RELATION_ENTITY_REFERENCES.map((property) => `coalesce(m.r.${property}, [])`).join(' + ');
    const dismissals =
      query.dismissalTypes.length === 0
        ? 'WITH *, [] AS dismissals'
        : `CALL (appointees) {
             UNWIND appointees AS b
             MATCH (a:Entity)-[r${relationshipTypes(query.dismissalTypes)}]->(b)
             WHERE ${relationValidOn('r', 'a', 'b')}
             WITH r, a, b ORDER BY r.id
             RETURN collect({r: r, fromId: a.id, toId: b.id}) AS dismissals
           }`;
    const [row] = await this.executor.readWithVersion<{
      found: { asked: Neo4jNode; appointments: RelationRow[]; dismissals: RelationRow[]; entities: Neo4jNode[] }[];
      graphVersion: string | null;
    }>(
      `${SEEK_EACH('asked', 'Entity')}
       CALL (asked) {
         WITH asked AS ${query.side === 'to' ? 'b' : 'a'}
         MATCH (a:Entity)-[r${types}]->(b:Entity)
         WHERE ${relationValidOn('r', 'a', 'b')}
         WITH r, a, b ORDER BY r.id
         RETURN collect({r: r, fromId: a.id, toId: b.id}) AS appointments, collect(DISTINCT b) AS appointees
       }
       ${dismissals}
       CALL (asked, appointments, dismissals) {
         UNWIND [asked.id] + reduce(ids = [], m IN appointments | ids + [m.fromId, m.toId] + ${references}) + [d IN dismissals | d.fromId] AS named
         WITH DISTINCT named
         MATCH (n:Entity {id: named}) USING INDEX SEEK n:Entity(id)
         RETURN collect(n) AS entities
       }
       WITH collect({asked: asked, appointments: appointments, dismissals: dismissals, entities: entities}) AS found
       ${READ_GRAPH_VERSION_AFTER}
       RETURN found, graphVersion`,
      { ids: [...new Set(query.ids)], asOf: query.asOf },
    );
    const toRecord = (found: RelationRow) => toRelationRecord(found.r, found.fromId, found.toId);
    return new Map(
      (row?.found ?? []).map((found) => [
        found.asked.properties.id as string,
        {
          institution: toEntityRecord(found.asked),
          appointments: found.appointments.map(toRecord),
          dismissals: found.dismissals.map(toRecord),
          entities: found.entities.map(toEntityRecord),
        },
      ]),
    );
  }

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
