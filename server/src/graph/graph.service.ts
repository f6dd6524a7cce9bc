import type { GraphVersionWatcher } from '../cache/graphVersion';
import type { Clock } from '../clock';
import type { DrawnEntity, DrawnRelation, EntityRecord, RelationRecord } from './graph.records';
import { GraphQLError } from 'graphql';
import type { GraphRepository, ReleaseInfo } from './graph.repository';
import { isRelationValidOn, isValidOn } from './validity';
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

/**
 * A Subgraph of these entities and relations on `asOf`, with Cytoscape elements labelled in `lang`.
 * Each of its lists is built when first read: a question that asks for the elements alone (the
 * explorer's) does not map every entity and relation twice more.
 */
export function toSubgraph(asOf: string, entities: EntityRecord[], relations: RelationRecord[], lang: Lang): Subgraph {
  return lazySubgraph(asOf, entities, {
    nodes: () => entities.map(toNode),
    relations: () => relations.map(toRelation),
    elements: () => toCytoscapeElements(entities, relations, relationLabel, lang),
  });
}

/**
 * A Subgraph read for drawing alone (GraphQuery's `drawingOnly`): its elements and positions. Its
 * nodes and relations were not read, and asking for them is a fault of the caller.
 */
function toDrawing(asOf: string, entities: DrawnEntity[], relations: DrawnRelation[], lang: Lang): Subgraph {
  const notRead = () => {
    throw new Error('A subgraph read for drawing alone has no nodes or relations: read it without drawingOnly.');
  };
  return lazySubgraph(asOf, entities, {
    nodes: notRead,
    relations: notRead,
    elements: () => toCytoscapeElements(entities, relations, relationLabel, lang),
  });
}

function lazySubgraph(
  asOf: string,
  drawnEntities: readonly DrawnEntity[],
  builders: { [Field in 'nodes' | 'relations' | 'elements']: () => Subgraph[Field] },
): Subgraph {
  const subgraph = Object.assign(new Subgraph(), { asOf, truncated: false, drawnEntities });
  for (const [field, build] of Object.entries(builders)) {
    Object.defineProperty(subgraph, field, {
      enumerable: true,
      configurable: true,
      get() {
        const value = build();
        Object.defineProperty(subgraph, field, { value, enumerable: true });
        return value;
      },
    });
  }
  return subgraph;
}

export interface GraphQuery {
  asOf?: string;
  types?: string[];
  lang?: Lang;
  /** A published version: the graph as that version held it. */
  version?: string;
  /**
   * Only the elements and positions will be asked for, not the nodes and relations: only what a
   * drawing needs is read (the sources, descriptions and conditions are most of the graph's bytes).
   */
  drawingOnly?: boolean;
}

/** The order Cypher's `ORDER BY id` gives: by code point, not by locale. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The graph as a whole, as of a date. */
export class GraphService {
  constructor(
    private readonly repository: GraphRepository,
    private readonly clock: Clock,
    /** Read through the watcher, so that requests that ask together share one read. */
    private readonly versions: GraphVersionWatcher,
  ) {}

  async graph(query: GraphQuery): Promise<Subgraph> {
    const asOf = query.asOf ?? this.clock.today();
    if (query.version !== undefined) return this.publishedGraph(query.version, asOf, query);
    const filter = { asOf, types: query.types };
    if (query.drawingOnly) {
      const { entities, relations, version } = await this.repository.findDrawingValidOn(filter);
      return Object.assign(toDrawing(asOf, entities, relations, query.lang ?? 'en'), { version });
    }
    const { entities, relations, version } = await this.repository.findGraphValidOn(filter);
    return Object.assign(toSubgraph(asOf, entities, relations, query.lang ?? 'en'), { version });
  }

  /** The graph from a published release, filtered in memory by the rules the Cypher applies. */
  private async publishedGraph(version: string, asOf: string, query: GraphQuery): Promise<Subgraph> {
    const release = await this.repository.findRelease(version);
    if (!release) {
      const known = (await this.repository.findReleases()).map((info) => info.version);
      throw new GraphQLError(`No graph version "${version}" has been published here. Published versions: ${known.join(', ') || 'none'}.`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'version' },
      });
    }
    const entitiesById = new Map(release.entities.map((entity) => [entity.id, entity]));
    const entities = release.entities.filter((entity) => isValidOn(entity, asOf)).sort(byId);
    const relations = release.relations
      .filter((relation) => !query.types || query.types.includes(relation.type))
      .filter((relation) => isRelationValidOn(relation, entitiesById.get(relation.fromId), entitiesById.get(relation.toId), asOf))
      .sort(byId);
    return Object.assign(toSubgraph(asOf, entities, relations, query.lang ?? 'en'), { version });
  }

  releases(): Promise<ReleaseInfo[]> {
    return this.repository.findReleases();
  }

  graphVersion(): Promise<string | null> {
    return this.versions.readAfterNow();
  }
}
