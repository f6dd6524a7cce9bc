import { REMOVALS, type KindMeanings } from '../../../ontology/src';
import type { Clock } from '../clock';
import type { Limits } from '../config';
import { requireCount } from '../errors';
import type { EntityRecord, RelationRecord } from '../graph/graph.records';
import type { GraphRepository, Reading } from '../graph/graph.repository';
import { isValidOn } from '../graph/validity';
import { toSubgraph } from '../graph/graph.service';
import type { Lang } from '../graphql/lang';
import { toNode, type Branch, type Node } from '../graphql/node.type';
import { toRelation } from '../graphql/relation.type';
import type { Subgraph } from '../graphql/subgraph.type';
import type { InstitutionService } from '../institutions/institution.service';
import type { AnalysisRepository, PathRecord } from './analysis.repository';
import { BranchLink, Comparison, GraphPath, PathStep, Removal, RelationChange, removalKind } from './analysis.type';
import { explainRelations } from './path.explanation';

export interface PathOptions {
  types?: string[];
  maxLength?: number;
  asOf?: string;
  /** Whole entities and relations, or their outlines (the operation asks for nothing more); whole when not said. */
  reading?: Reading;
}

export interface NeighborhoodOptions {
  depth?: number;
  types?: string[];
  asOf?: string;
  /** Whole entities and relations, or their outlines (the operation asks for nothing more); whole when not said. */
  reading?: Reading;
}

/** Relations that join the same holder to the same target by the same type are "the same relation". */
const relationKey = (relation: RelationRecord) => `${relation.fromId}\u0000${relation.toId}\u0000${relation.type}`;

/** Plain code-unit order, as Cypher's ORDER BY sorts ids. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => compareText(a.id, b.id);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** How the relations gone and arrived between two dates pair up (see `pairChanges`). */
export interface RelationPairing {
  /** Each relation replaced and its replacement: same holder, target and type; ordered by the replaced one's id. */
  changed: [before: RelationRecord, after: RelationRecord][];
  /** The arrived relations that replace none, in the order given. */
  added: RelationRecord[];
  /** The gone relations that nothing replaces, in the order given. */
  removed: RelationRecord[];
}

/**
 * Pairs the relations valid only on the earlier date (`gone`) with those valid only on the later
 * one (`arrived`). A relation whose holder, target and type hold on both dates through different
 * relations is a change, not an addition and a removal; where several replace several, they are
 * paired in order of start date (then id), and those left over stay removed or added.
 */
export function pairChanges(gone: readonly RelationRecord[], arrived: readonly RelationRecord[]): RelationPairing {
  const goneByKey = groupBy([...gone], relationKey);
  const arrivedByKey = groupBy([...arrived], relationKey);
  const byStart = (a: RelationRecord, b: RelationRecord) => compareText(a.validFrom, b.validFrom) || compareText(a.id, b.id);
  const changed: [RelationRecord, RelationRecord][] = [];
  const changedIds = new Set<string>();
  for (const [key, befores] of goneByKey) {
    const afters = (arrivedByKey.get(key) ?? []).sort(byStart);
    befores.sort(byStart);
    for (let i = 0; i < Math.min(befores.length, afters.length); i++) {
      changed.push([befores[i], afters[i]]);
      changedIds.add(befores[i].id).add(afters[i].id);
    }
  }
  const unchanged = (relation: RelationRecord) => !changedIds.has(relation.id);
  return {
    changed: changed.sort(([a], [b]) => compareText(a.id, b.id)),
    added: arrived.filter(unchanged),
    removed: gone.filter(unchanged),
  };
}

/**
 * Questions about the structure of power as of a date: how two institutions are connected, what
 * surrounds one, which branch checks which, who can remove whom, who is unchecked, and what
 * changed between two dates.
 */
export class AnalysisService {
  constructor(
    private readonly analysisRepository: AnalysisRepository,
    private readonly graphRepository: GraphRepository,
    private readonly institutions: InstitutionService,
    private readonly clock: Clock,
    private readonly limits: Limits,
    /** Which relation kinds count as checks and removals, and which entity kinds checks bear on. */
    private readonly meanings: KindMeanings,
  ) {}

  /** All the shortest paths between two entities on the date, at most `limits.maxPageSize` of them. */
  async path(fromId: string, toId: string, options: PathOptions): Promise<GraphPath[]> {
    const maxLength = requireCount('maxLength', options.maxLength ?? this.limits.maxPathLength, this.limits.maxPathLength);
    const asOf = options.asOf ?? this.clock.today();
    const { paths, entities: found } = await this.analysisRepository.findShortestPaths({
      fromId,
      toId,
      asOf,
      types: options.types,
      maxLength,
      limit: this.limits.maxPageSize,
      reading: options.reading,
    });
    // The query returned the ends and every entity on the way: the fields asked of them read no more.
    this.institutions.prime(found);
    const [from] = await Promise.all([this.institutions.require(fromId), this.institutions.require(toId)]);
    if (fromId === toId)
      return isValidOn(from, asOf) ? [this.toPath({ relations: [], entityIds: [fromId] }, new Map([[fromId, from]]))] : [];
    const entities = new Map(found.map((entity) => [entity.id, entity]));
    // The database returns equal-length paths in no particular order; order them by their relations' ids.
    const key = (path: PathRecord) => path.relations.map((relation) => relation.id).join('\n');
    return paths.sort((a, b) => compareText(key(a), key(b))).map((path) => this.toPath(path, entities));
  }

  /**
   * The entities within `depth` relations of `id` (either direction) and every relation among
   * them, valid on the date; empty when `id` does not exist on that date. At most
   * `limits.maxNeighborhoodNodes` entities, the nearest first (`truncated` says when more were
   * within reach), so that a hub's neighbourhood costs the same in a graph of any size.
   */
  async neighborhood(id: string, options: NeighborhoodOptions, lang: Lang): Promise<Subgraph> {
    const depth = requireCount('depth', options.depth ?? 1, this.limits.maxNeighborhoodDepth);
    const asOf = options.asOf ?? this.clock.today();
    // Breadth first, one query per ring: each entity is reached once, by its shortest distance,
    // where a variable-length pattern would enumerate every path up to `depth`. One more than
    // there is room for is asked, to know whether the answer is cut. The last ring comes with
    // the whole answer, in one query. An invalid centre has no valid neighbours.
    const reached = [id];
    let ring = [id];
    let truncated = false;
    for (let distance = 1; distance < depth && ring.length > 0 && !truncated; distance++) {
      const room = this.limits.maxNeighborhoodNodes - reached.length;
      const found = await this.analysisRepository.findNeighbourIds(ring, reached, room + 1, { asOf, types: options.types });
      truncated = found.length > room;
      ring = found.slice(0, room);
      reached.push(...ring);
    }
    const found = await this.analysisRepository.findNeighbourhood({
      reached,
      ring: truncated || depth === 0 ? [] : ring,
      room: this.limits.maxNeighborhoodNodes - reached.length,
      asOf,
      types: options.types,
      reading: options.reading,
    });
    this.institutions.prime(found.entities);
    const center = await this.institutions.require(id);
    if (!isValidOn(center, asOf)) return toSubgraph(asOf, [], [], lang);
    const { entities, relations } = found;
    truncated ||= found.truncated;
    return Object.assign(toSubgraph(asOf, entities.sort(byId), relations, lang), { truncated });
  }

  /**
   * For each ordered pair of different branches and each relation type, the relations valid on the
   * date from a member of the one to a member of the other; the most numerous first.
   */
  async checksAndBalances(asOf?: string): Promise<BranchLink[]> {
    const date = asOf ?? this.clock.today();
    const relations = await this.graphRepository.findRelationsValidOn({ asOf: date });
    const ends = await this.graphRepository.findEntities([...new Set(relations.flatMap((relation) => [relation.fromId, relation.toId]))]);
    const branchOf = new Map(ends.map((entity) => [entity.id, entity.branchId]));
    const across = relations.filter((relation) => {
      const [from, to] = [branchOf.get(relation.fromId), branchOf.get(relation.toId)];
      return from && to && from !== to;
    });
    const links = groupBy(
      across,
      (relation) => `${branchOf.get(relation.fromId)}\u0000${branchOf.get(relation.toId)}\u0000${relation.type}`,
    );
    const branchIds = [...new Set(across.flatMap((relation) => [branchOf.get(relation.fromId)!, branchOf.get(relation.toId)!]))];
    const branches = new Map((await this.institutions.findMany(branchIds)).map((node) => [node.id, node as Branch]));
    return [...links.values()]
      .map((group) => {
        const [first] = group;
        return Object.assign(new BranchLink(), {
          from: branches.get(branchOf.get(first.fromId)!)!,
          to: branches.get(branchOf.get(first.toId)!)!,
          type: first.type,
          count: group.length,
          relations: group.map(toRelation),
        });
      })
      .sort(
        (a, b) => b.count - a.count || compareText(a.from.id, b.from.id) || compareText(a.to.id, b.to.id) || compareText(a.type, b.type),
      );
  }

  /** Who, on the date, can dismiss `id`, pass no confidence in it, dissolve it or lift its immunity. */
  async whoCanRemove(id: string, asOf?: string): Promise<Removal[]> {
    const date = asOf ?? this.clock.today();
    await this.institutions.require(id);
    const removals = this.meanings.removals;
    if (removals.size === 0) return [];
    const relations = await this.graphRepository.findRelationsAt('to', [id], { types: [...removals.keys()], asOf: date });
    const holders = new Map(
      (await this.institutions.findMany([...new Set(relations.map((relation) => relation.fromId))])).map((node) => [node.id, node]),
    );
    const order = (relation: RelationRecord) => REMOVALS.indexOf(removals.get(relation.type)!);
    return relations
      .sort((a, b) => order(a) - order(b) || compareText(a.fromId, b.fromId) || compareText(a.id, b.id))
      .map((relation) =>
        Object.assign(new Removal(), {
          by: holders.get(relation.fromId)!,
          kind: removalKind(removals.get(relation.type)!),
          relation: toRelation(relation),
        }),
      );
  }

  /**
   * The offices, bodies and courts valid on the date that no entity outside their branch checks
   * (kinds.yaml's `check`). An entity without a branch counts as outside every branch, so it checks
   * everyone and a body without a branch is checked by anyone.
   */
  async uncheckedBodies(asOf?: string): Promise<Node[]> {
    const date = asOf ?? this.clock.today();
    const [entities, checks] = await Promise.all([
      this.graphRepository.findEntitiesValidOn(date),
      this.graphRepository.findRelationsValidOn({ asOf: date, types: this.meanings.checks }),
    ]);
    const branchOf = new Map(entities.map((entity) => [entity.id, entity.branchId]));
    const sameBranch = (a: string, b: string) => a === b || (branchOf.get(a) != null && branchOf.get(a) === branchOf.get(b));
    const checked = new Set(checks.filter((check) => !sameBranch(check.fromId, check.toId)).map((check) => check.toId));
    return entities
      .filter((entity) => this.meanings.checkable.includes(entity.kind) && !checked.has(entity.id))
      .sort(byId)
      .map(toNode);
  }

  /**
   * What differs between two dates. A relation whose holder, target and type hold on both dates
   * through different relations is a change, not an addition and a removal; where several
   * replace several, they are paired in order of start date.
   */
  async compare(from: string, to: string): Promise<Comparison> {
    const [entitiesBefore, entitiesAfter, relationsBefore, relationsAfter] = await Promise.all([
      this.graphRepository.findEntitiesValidOn(from),
      this.graphRepository.findEntitiesValidOn(to),
      this.graphRepository.findRelationsValidOn({ asOf: from }),
      this.graphRepository.findRelationsValidOn({ asOf: to }),
    ]);
    const onlyIn = <T extends { id: string }>(these: T[], those: T[]) => {
      const ids = new Set(those.map((item) => item.id));
      return these.filter((item) => !ids.has(item.id));
    };
    const { changed, added, removed } = pairChanges(onlyIn(relationsBefore, relationsAfter), onlyIn(relationsAfter, relationsBefore));
    return Object.assign(new Comparison(), {
      from,
      to,
      addedEntities: onlyIn(entitiesAfter, entitiesBefore).map(toNode),
      removedEntities: onlyIn(entitiesBefore, entitiesAfter).map(toNode),
      addedRelations: added.map(toRelation),
      removedRelations: removed.map(toRelation),
      changedRelations: changed.map(([before, after]) =>
        Object.assign(new RelationChange(), { before: toRelation(before), after: toRelation(after) }),
      ),
    });
  }

  private toPath(path: PathRecord, entities: Map<string, EntityRecord>): GraphPath {
    return Object.assign(new GraphPath(), {
      length: path.relations.length,
      steps: path.relations.map((relation, index) =>
        Object.assign(new PathStep(), { relation: toRelation(relation), forward: relation.fromId === path.entityIds[index] }),
      ),
      explain: (lang: Lang) => explainRelations(path.relations, (id) => entities.get(id)!.names, lang),
    });
  }
}
