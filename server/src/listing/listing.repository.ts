import neo4j, { type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import { entityLabel } from '../../../ontology/src';
import type { Reader } from '../database/executor';
import { toEntityRecord, toRelationRecord, type EntityRecord, type RelationRecord } from '../graph/graph.records';
import { entitiesHolding, relationshipTypes } from '../graph/graph.repository';
import { relationValidOn, validOn } from '../graph/validity';
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

/**
 * Pages through entities and relations, ordered by id, with the total count. Each query holds
 * only the conditions asked for (an optional condition written as `$x IS NULL OR ...` keeps the
 * planner from using an index for it), and the page is read in id order with SKIP and LIMIT
 * rather than cut from a list of every match.
 */
export class ListingRepository {
  constructor(private readonly executor: Reader) {}

  async institutions(query: InstitutionListQuery, window: PageWindow): Promise<{ items: EntityRecord[]; total: number }> {
    if (query.kinds?.length === 0 || query.branches?.length === 0) return { items: [], total: 0 };
    // The kinds are labels too; a kind's label is its id in PascalCase.
    const conditions = [query.kinds ? `n:${query.kinds.map(entityLabel).join('|')}` : null, "n.kind <> 'branch'"];
    if (query.branches) conditions.push('n.branch IN $branches');
    if (query.asOf !== null) conditions.push(validOn('n'));
    // The text's words of letters lie inside words of letters of every match: the search index finds those.
    const candidates = entitiesHolding(query.text?.match(/\p{L}+/gu) ?? []);
    if (query.text !== undefined) conditions.push('n.searchText CONTAINS $text');
    const match = `${candidates.cypher}
       WITH n WHERE ${conditions.filter(Boolean).join(' AND ')}`;
    const [row] = await this.executor.read<{ total: number; page: Neo4jNode[] }>(
      `RETURN COUNT { ${match} RETURN n } AS total,
              COLLECT { ${match} RETURN n ORDER BY n.id SKIP $skip LIMIT $limit } AS page`,
      {
        branches: query.branches ?? null,
        text: query.text ?? null,
        anchors: candidates.anchors,
        asOf: query.asOf,
        ...integers(window),
      },
    );
    return { items: row.page.map(toEntityRecord), total: row.total };
  }

  async relations(query: RelationListQuery, window: PageWindow): Promise<{ items: RelationRecord[]; total: number }> {
    if (query.types?.length === 0) return { items: [], total: 0 };
    const conditions: string[] = [];
    if (query.fromId !== undefined) conditions.push('a.id = $fromId');
    if (query.toId !== undefined) conditions.push('b.id = $toId');
    if (query.asOf !== null) conditions.push(relationValidOn('r', 'a', 'b'));
    const match = `MATCH (a:Entity)-[r${relationshipTypes(query.types)}]->(b:Entity)${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
    const [row] = await this.executor.read<{ total: number; page: { r: Relationship; fromId: string; toId: string }[] }>(
      `RETURN COUNT { ${match} RETURN r } AS total,
              COLLECT { ${match} WITH r, a, b ORDER BY r.id SKIP $skip LIMIT $limit RETURN {r: r, fromId: a.id, toId: b.id} } AS page`,
      { fromId: query.fromId ?? null, toId: query.toId ?? null, asOf: query.asOf, ...integers(window) },
    );
    return { items: row.page.map((entry) => toRelationRecord(entry.r, entry.fromId, entry.toId)), total: row.total };
  }
}
