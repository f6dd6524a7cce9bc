import type { Clock } from '../clock';
import type { GraphRepository } from './graph.repository';
import { relationKindsById } from '../graphql/kinds';
import { toNode } from '../graphql/node.type';
import { toRelation } from '../graphql/relation.type';
import { Subgraph } from '../graphql/subgraph.type';
import type { Lang } from '../graphql/lang';
import { toCytoscapeElements } from './elements';

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
    return Object.assign(new Subgraph(), {
      asOf,
      nodes: entities.map(toNode),
      relations: relations.map(toRelation),
      elements: toCytoscapeElements(
        entities,
        relations,
        (type, lang) => relationKindsById.get(type)?.names[lang] ?? type,
        query.lang ?? 'en',
      ),
    });
  }

  graphVersion(): Promise<string | null> {
    return this.repository.graphVersion();
  }
}
