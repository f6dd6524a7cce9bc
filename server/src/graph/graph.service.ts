import type { Clock } from '../clock';
import type { EntityRecord, RelationRecord } from './graph.records';
import type { GraphRepository } from './graph.repository';
import { relationKindsById } from '../graphql/kinds';
import { toNode } from '../graphql/node.type';
import { toRelation } from '../graphql/relation.type';
import { Subgraph } from '../graphql/subgraph.type';
import type { Lang } from '../graphql/lang';
import { toCytoscapeElements } from './elements';

/** A relation kind's name in `lang`, as edges are labelled in the explorer. */
export function relationLabel(type: string, lang: Lang): string {
  return relationKindsById.get(type)?.names[lang] ?? type;
}

/** A Subgraph of these entities and relations on `asOf`, with Cytoscape elements labelled in `lang`. */
export function toSubgraph(asOf: string, entities: EntityRecord[], relations: RelationRecord[], lang: Lang): Subgraph {
  return Object.assign(new Subgraph(), {
    asOf,
    nodes: entities.map(toNode),
    relations: relations.map(toRelation),
    elements: toCytoscapeElements(entities, relations, relationLabel, lang),
  });
}

export interface GraphQuery {
  asOf?: string;
  types?: string[];
  lang?: Lang;
}

/** The graph as a whole, as of a date. */
export class GraphService {
  constructor(
    private readonly repository: GraphRepository,
    private readonly clock: Clock,
  ) {}

  async graph(query: GraphQuery): Promise<Subgraph> {
    const asOf = query.asOf ?? this.clock.today();
    const [entities, relations] = await Promise.all([
      this.repository.findEntitiesValidOn(asOf),
      this.repository.findRelations({ asOf, types: query.types }),
    ]);
    return toSubgraph(asOf, entities, relations, query.lang ?? 'en');
  }

  graphVersion(): Promise<string | null> {
    return this.repository.graphVersion();
  }
}
