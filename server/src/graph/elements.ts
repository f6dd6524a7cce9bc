import type { Lang } from '../../../ontology/src';
import type { DrawnEntity, DrawnRelation } from './graph.records';

export interface NodeElement {
  group: 'nodes';
  data: { id: string; label: string; kind: string; branch: string | null; level: string | null; parent?: string };
  classes: string;
}

export interface EdgeElement {
  group: 'edges';
  data: { id: string; source: string; target: string; type: string; label: string; derived: boolean };
  classes: string;
}

export interface CytoscapeElements {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

/**
 * The graph as Cytoscape.js elements: branches become compound parents of their members, so the
 * explorer draws each branch as a group; `kind` and `type` drive colours and line styles.
 */
export function toCytoscapeElements(
  entities: readonly DrawnEntity[],
  relations: readonly DrawnRelation[],
  relationLabel: (type: string, lang: Lang) => string,
  lang: Lang,
): CytoscapeElements {
  const branchIds = new Set(entities.filter((entity) => entity.kind === 'branch').map((entity) => entity.id));
  const entityIds = new Set(entities.map((entity) => entity.id));
  return {
    nodes: entities.map((entity) => ({
      group: 'nodes',
      data: {
        id: entity.id,
        label: entity.names[lang],
        kind: entity.kind,
        branch: entity.branchId,
        level: entity.level,
        ...(entity.branchId && branchIds.has(entity.branchId) ? { parent: entity.branchId } : {}),
      },
      classes: entity.kind,
    })),
    edges: relations
      .filter((relation) => entityIds.has(relation.fromId) && entityIds.has(relation.toId))
      .map((relation) => ({
        group: 'edges',
        data: {
          id: relation.id,
          source: relation.fromId,
          target: relation.toId,
          type: relation.type,
          label: relationLabel(relation.type, lang),
          derived: relation.derivedFrom !== null,
        },
        classes: relation.type,
      })),
  };
}
