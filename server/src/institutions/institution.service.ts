import type { Clock } from '../clock';
import { NotFoundError } from '../errors';
import type { EntityRecord } from '../graph/graph.records';
import type { Loaders } from '../graph/graph.loaders';
import type { GraphRepository } from '../graph/graph.repository';
import { toNode, type Node } from '../graphql/node.type';
import { toRelation, type Relation } from '../graphql/relation.type';
import { suggestIds } from '../search/suggestions';

export type Direction = 'out' | 'in' | 'both';

export interface RelationsOfOptions {
  direction: Direction;
  types?: string[];
  asOf?: string;
}

/** Entities and their relations, as of a date. */
export class InstitutionService {
  constructor(
    private readonly repository: GraphRepository,
    private readonly loaders: Loaders,
    private readonly clock: Clock,
  ) {}

  async find(id: string): Promise<Node | null> {
    const record = await this.loaders.entityById.load(id);
    return record ? toNode(record) : null;
  }

  /** Hands entities a query has read already to this request's loader: asking for them later reads nothing. */
  prime(entities: readonly EntityRecord[]): void {
    for (const entity of entities) this.loaders.entityById.prime(entity.id, entity);
  }

  /** The entity with this id, of any date; NOT_FOUND, offering the ids nearest to it, when there is none. */
  async require(id: string): Promise<Node> {
    const node = await this.find(id);
    if (!node) throw new NotFoundError('institution', id, await suggestIds(this.repository, this.clock.today(), id));
    return node;
  }

  /** The entities with these ids, in the same order; ids the graph lacks are left out. */
  async findMany(ids: readonly string[]): Promise<Node[]> {
    const records = await this.loaders.entityById.loadMany([...ids]);
    return records.flatMap((record) => (record && !(record instanceof Error) ? [toNode(record)] : []));
  }

  async findRelation(id: string): Promise<Relation | null> {
    const record = await this.repository.findRelationById(id);
    return record ? toRelation(record) : null;
  }

  async relationsOf(id: string, options: RelationsOfOptions): Promise<Relation[]> {
    const asOf = options.asOf ?? this.clock.today();
    const [outgoing, incoming] = await Promise.all([
      options.direction === 'in' ? [] : this.loaders.relationsFrom.load({ id, types: options.types, asOf }),
      options.direction === 'out' ? [] : this.loaders.relationsTo.load({ id, types: options.types, asOf }),
    ]);
    return [...outgoing, ...incoming].map(toRelation);
  }
}
