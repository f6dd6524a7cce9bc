import neo4j, { type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import { relationshipType } from '../../../ontology/src';
import type { ReadExecutor } from '../database/executor';
import { toEntityRecord, toRelationRecord, type EntityRecord, type RelationRecord } from '../graph/graph.records';
import { relationValidOn, validOn } from '../graph/graph.repository';
import type { PageWindow } from '../graphql/connection.type';

export interface InstitutionListQuery {
  kinds?: string[];
  branches?: string[];
  /** Folded with the project's normaliser, matched against names and aliases. */
  text?: string;
  asOf: string | null;
}

export interface RelationListQuery {
  types?: string[];
  fromId?: string;
  toId?: string;
  /** Null: every period. */
  asOf: string | null;
}

/** Bolt sends JavaScript numbers as floats; list slices need integers. */
const integers = (window: PageWindow) => ({ skip: neo4j.int(window.skip), limit: neo4j.int(window.limit) });

/** Pages through entities and relations, ordered by id, with the total count. */
export class ListingRepository {
  constructor(private readonly executor: ReadExecutor) {}

  async institutions(query: InstitutionListQuery, window: PageWindow): Promise<{ items: EntityRecord[]; total: number }> {
    const [row] = await this.executor.read<{ total: number; page: Neo4jNode[] }>(
      `MATCH (n:Entity)
       WHERE n.kind <> 'branch'
         AND ($kinds IS NULL OR n.kind IN $kinds)
         AND ($branches IS NULL OR n.branch IN $branches)
         AND ($text IS NULL OR n.searchText CONTAINS $text)
         AND ${validOn('n')}
       WITH n ORDER BY n.id
       WITH collect(n) AS matches
       RETURN size(matches) AS total, matches[$skip..$skip + $limit] AS page`,
      { kinds: query.kinds ?? null, branches: query.branches ?? null, text: query.text ?? null, asOf: query.asOf, ...integers(window) },
    );
    return { items: row.page.map(toEntityRecord), total: row.total };
  }

  async relations(query: RelationListQuery, window: PageWindow): Promise<{ items: RelationRecord[]; total: number }> {
    const [row] = await this.executor.read<{ total: number; page: { r: Relationship; fromId: string; toId: string }[] }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE ($types IS NULL OR type(r) IN $types)
         AND ($fromId IS NULL OR a.id = $fromId)
         AND ($toId IS NULL OR b.id = $toId)
         AND ${relationValidOn('r', 'a', 'b')}
       WITH r, a, b ORDER BY r.id
       WITH collect({r: r, fromId: a.id, toId: b.id}) AS matches
       RETURN size(matches) AS total, matches[$skip..$skip + $limit] AS page`,
      {
        types: query.types ? query.types.map(relationshipType) : null,
        fromId: query.fromId ?? null,
        toId: query.toId ?? null,
        asOf: query.asOf,
        ...integers(window),
      },
    );
    return { items: row.page.map((entry) => toRelationRecord(entry.r, entry.fromId, entry.toId)), total: row.total };
  }
}
