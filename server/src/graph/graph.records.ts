import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import { relationKindId } from '../../../ontology/src';
import {
  documentFromProperties,
  entityFromProperties,
  relationFromProperties,
  type DocumentRecord,
  type EntityRecord,
  type RelationRecord,
} from '../../../graph-seed/src/graphStore';

/** The stored graph's records, defined with the codec that fills them (graph-seed's graphStore); the server's modules name them from here. */
export type { DocumentRecord, EntityRecord, RelationRecord };

/** What a drawing of the graph needs of an entity: its elements (elements.ts) and its layout (names, for the labels' room). */
export type DrawnEntity = Pick<EntityRecord, 'id' | 'kind' | 'branchId' | 'level' | 'names' | 'validFrom' | 'validTo'>;

/** What a drawing of the graph needs of a relation. */
export type DrawnRelation = Pick<RelationRecord, 'id' | 'type' | 'fromId' | 'toId' | 'derivedFrom'>;

/** An entity from a node the driver returned. */
export function toEntityRecord(node: Neo4jNode): EntityRecord {
  return entityFromProperties(node.properties);
}

/** A relation from a relationship the driver returned, whose type is the kind's Neo4j form, and its ends' ids. */
export function toRelationRecord(relationship: Relationship, fromId: string, toId: string): RelationRecord {
  return relationFromProperties(relationship.properties, relationKindId(relationship.type), fromId, toId);
}

/** A source document from a node the driver returned. */
export function toDocumentRecord(node: Neo4jNode): DocumentRecord {
  return documentFromProperties(node.properties);
}
