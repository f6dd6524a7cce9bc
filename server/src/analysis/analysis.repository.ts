import { int, type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import { READ_GRAPH_VERSION_AFTER } from '../../../graph-seed/src/graphStore';
import type { Reader } from '../database/executor';
import { toEntityRecord, toRelationRecord, type EntityRecord, type RelationRecord } from '../graph/graph.records';
import {
  entityRead,
  itemRecords,
  relationRead,
  RETURN_ITEMS,
  relationshipTypes,
  SEEK_EACH,
  SEEK_ENTITY,
  type ItemRow,
  type Reading,
} from '../graph/graph.repository';
import { validOn } from '../graph/validity';

/** A path as the graph returns it: its relations in order, and the entities it visits. */
export interface PathRecord {
  relations: RelationRecord[];
  /** `relations.length + 1` ids, from the start to the end. */
  entityIds: string[];
}

/** Shortest paths, and the entities they and their two ends are: none when an end is not in the graph. */
export interface ShortestPaths {
  paths: PathRecord[];
  entities: EntityRecord[];
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
  /** Whole entities and relations, or their outlines; whole when not said. */
  reading?: Reading;
}

export interface NeighbourQuery {
  asOf: string;
  /** Ontology kind ids; none means every kind, an empty list none. */
  types?: readonly string[];
}

export interface NeighbourhoodQuery extends NeighbourQuery {
  /** The entities reached so far, the centre first. */
  reached: readonly string[];
  /** Those of them the last ring is walked from: the ring before it (none: no ring is added). */
  ring: readonly string[];
  /** How many more entities there is room for. */
  room: number;
  /** Whole entities and relations, or their outlines; whole when not said. */
  reading?: Reading;
}

/** A neighbourhood as one query reads it: `truncated` when more entities were within reach than room. */
export interface NeighbourhoodRecords {
  entities: EntityRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

interface RelationRow {
  r: Relationship;
  fromId: string;
  toId: string;
}

/** The Cypher of the analyses that walk the graph (paths, neighbourhoods). Read-only, parameterised. */
export class AnalysisRepository {
  constructor(private readonly executor: Reader) {}

  /**
   * All the shortest paths between two entities, whichever way each relation points, through
   * relations and entities valid on the date. `ALL SHORTEST` searches breadth-first from both ends,
   * so a long bound costs little when a short path exists, and a hub on the way is crossed, not
   * walked around (PROFILE at 100k entities: a few hundred db hits for Senate → district prosecutor).
   * One query also returns both ends, whatever their dates, and every entity on the paths.
   */
  async findShortestPaths(query: ShortestPathQuery): Promise<ShortestPaths> {
    if (!Number.isInteger(query.maxLength) || query.maxLength < 1)
      throw new Error(`maxLength must be a positive integer; got ${query.maxLength}`);
    // Each entity is returned once, however many paths visit it, and as `reading` says: one
    // projection of each in the text keeps the query within one Bolt chunk (1,400 bytes). The
    // end `b` is the last `n` of the pattern, whose validity it tests.
    const paths =
      query.types?.length === 0
        ? 'WITH a, b, [] AS paths, [] AS visited'
        : `CALL (a, b) {
             WITH a, b WHERE a <> b AND ${validOn('a')}
             MATCH p = ALL SHORTEST (a) (()-[r${relationshipTypes(query.types)} WHERE ${validOn('r')}]-(n WHERE ${validOn('n')})){1,${query.maxLength}} (b)
             WITH p LIMIT $limit
             WITH collect(p) AS found
             RETURN [p IN found | [rel IN relationships(p) | {r: ${relationRead('rel', query.reading)}, fromId: startNode(rel).id, toId: endNode(rel).id}]] AS paths,
                    reduce(visited = [], p IN found | visited + [n IN nodes(p) WHERE NOT n IN visited]) AS visited
           }`;
    const [row] = await this.executor.readWithVersion<{
      entities: Neo4jNode[];
      paths: RelationRow[][];
      graphVersion: string | null;
    }>(
      `${SEEK_ENTITY('a', 'fromId')}
       ${SEEK_ENTITY('b', 'toId')}
       ${paths}
       ${READ_GRAPH_VERSION_AFTER}
       RETURN [n IN [a, b] + [n IN visited WHERE NOT n IN [a, b]] | ${entityRead('n', query.reading)}] AS entities, paths, graphVersion`,
      { fromId: query.fromId, toId: query.toId, asOf: query.asOf, limit: int(query.limit) },
    );
    if (!row) return { paths: [], entities: [] };
    return {
      paths: row.paths.map((steps) => ({
        relations: steps.map((step) => toRelationRecord(step.r, step.fromId, step.toId)),
        // From the start, each step leads to the end of its relation it did not come from.
        entityIds: steps.reduce((ids, step) => [...ids, step.fromId === ids.at(-1) ? step.toId : step.fromId], [query.fromId]),
      })),
      // The two ends are one when a path is asked from an entity to itself.
      entities: [...new Map(row.entities.map((node) => [node.properties.id as string, toEntityRecord(node)])).values()],
    };
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
   * The last ring of a neighbourhood and the whole of it, in one query: at most `room` entities one
   * relation away from `ring` (as findNeighbourIds, one more asked to tell whether the answer is
   * cut), then every entity reached and the relations among them (as findRelationsAmong), and the
   * graph's version, read after them.
   */
  async findNeighbourhood(query: NeighbourhoodQuery): Promise<NeighbourhoodRecords> {
    const noKinds = query.types?.length === 0;
    const types = noKinds ? '' : relationshipTypes(query.types);
    const lastRing = noKinds
      ? 'WITH [] AS found'
      : `CALL () {
           ${SEEK_EACH('a', 'Entity').replace('$ids', '$ring')}
           MATCH (a)-[r${types}]-(b:Entity)
           WHERE ${validOn('a')} AND ${validOn('r')} AND ${validOn('b')} AND NOT b.id IN $reached
           WITH DISTINCT b.id AS id
           LIMIT $roomAndOne
           RETURN collect(id) AS found
         }`;
    const relations = noKinds
      ? 'WITH *, [] AS relations'
      : `CALL (ids) {
           UNWIND ids AS seekId MATCH (a:Entity {id: seekId}) USING INDEX SEEK a:Entity(id)
           CALL (a, ids) {
             WITH a, ids WHERE COUNT { (a)-[${types}]->() } <= size(ids)
             MATCH (a)-[r${types}]->(b:Entity) WHERE b.id IN ids
             RETURN r, b
             UNION ALL
             WITH a, ids WHERE COUNT { (a)-[${types}]->() } > size(ids)
             UNWIND ids AS otherId MATCH (b:Entity {id: otherId}) USING INDEX SEEK b:Entity(id)
             MATCH (a)-[r${types}]->(b)
             RETURN r, b
           }
           WITH a, r, b WHERE ${validOn('r')}
           WITH a, r, b ORDER BY r.id
           RETURN collect({r: ${relationRead('r', query.reading)}, fromId: a.id, toId: b.id}) AS relations
         }`;
    const rows = await this.executor.readWithVersion<ItemRow & { truncated: boolean }>(
      `${lastRing}
       WITH $reached + found[0..$room] AS ids, size(found) > $room AS truncated
       CALL (ids) { UNWIND ids AS seekId MATCH (n:Entity {id: seekId}) USING INDEX SEEK n:Entity(id) RETURN collect(${entityRead('n', query.reading)}) AS entities }
       ${relations}
       ${READ_GRAPH_VERSION_AFTER}
       ${RETURN_ITEMS('truncated', 'graphVersion')}`,
      {
        ring: [...new Set(query.ring)],
        reached: [...query.reached],
        room: int(query.room),
        roomAndOne: int(query.room + 1),
        asOf: query.asOf,
      },
    );
    return { ...itemRecords(rows), truncated: rows[0].truncated };
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
