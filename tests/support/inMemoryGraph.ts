import {
  documentFromProperties,
  documentProperties,
  entityFromProperties,
  entityProperties,
  relationFromProperties,
  relationProperties,
  type DocumentRecord,
  type EntityRecord,
  type RelationRecord,
} from '../../graph-seed/src/graphStore';
import { findMentions, type Ontology } from '../../ontology/src';
import type { AnalysisRepository } from '../../server/src/analysis/analysis.repository';
import {
  AppointmentRepository,
  type AppointmentsFound,
  type AppointmentsQuery,
  type ChainLinkRecord,
  type ChainQuery,
} from '../../server/src/appointments/appointment.repository';
import {
  GraphRepository,
  type GraphRecords,
  type MentionRecord,
  type NearIdsQuery,
  type Release,
  type ReleaseInfo,
  type RelationFilter,
  type SearchCandidatesQuery,
} from '../../server/src/graph/graph.repository';
import { isRelationValidOn, isValidOn } from '../../server/src/graph/validity';
import type { ListingRepository } from '../../server/src/listing/listing.repository';
import type { Repositories } from '../../server/src/compose';

/** Cypher's ORDER BY on strings: plain code-unit order. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => compareText(a.id, b.id);

/** Neo4j's `=~` takes a Java regex that must match the whole text; the patterns search builds are also valid JavaScript once `(?s)` becomes a flag. */
const javaRegexMatches = (pattern: string, text: string) => new RegExp(`^(?:${pattern.replace(/^\(\?s\)/, '')})$`, 'su').test(text);

/**
 * The graph the seed would store, held in memory for the fast test tier: every entity, relation
 * and document goes through the stored graph's property codec (graph-seed's graphStore) both ways,
 * as the seed writes it and the server reads it, and each method answers as its Cypher does, from
 * the same rules where the server has them in memory too (`isRelationValidOn`). What a service
 * asks of the graph can so be tested without a JVM; the integration tests ask the real Neo4j the
 * same questions.
 */
export class InMemoryGraphRepository extends GraphRepository {
  private readonly entities: EntityRecord[];
  private readonly relations: RelationRecord[];
  private readonly entityById: Map<string, EntityRecord>;
  private readonly searchTexts: Map<string, string>;
  private readonly documents: DocumentRecord[];
  private readonly mentions: MentionRecord[];

  constructor(private readonly ontology: Ontology) {
    // No executor: every method that reads is answered from memory below.
    super(undefined as never);
    const stored = ontology.entities.map(entityProperties);
    this.entities = stored.map(entityFromProperties).sort(byId);
    this.searchTexts = new Map(stored.map((properties) => [properties.id, properties.searchText]));
    this.entityById = new Map(this.entities.map((entity) => [entity.id, entity]));
    this.relations = ontology.relations
      .map((relation) => relationFromProperties(relationProperties(relation), relation.type, relation.from, relation.to))
      .sort(byId);
    this.documents = ontology.documents.map((document) => documentFromProperties(documentProperties(document))).sort(byId);
    this.mentions = findMentions(ontology.entities, ontology.documents).map(({ documentId, entityId, start, end, text }) => ({
      documentId,
      entityId,
      start,
      end,
      text,
    }));
  }

  async findEntities(ids: readonly string[]): Promise<EntityRecord[]> {
    return [...new Set(ids)].flatMap((id) => this.entityById.get(id) ?? []);
  }

  async findEntitiesValidOn(asOf: string): Promise<EntityRecord[]> {
    return this.entities.filter((entity) => isValidOn(entity, asOf));
  }

  async findRelationsValidOn(filter: RelationFilter): Promise<RelationRecord[]> {
    return this.relations.filter((relation) => this.holds(relation, filter));
  }

  async findGraphValidOn(filter: RelationFilter): Promise<GraphRecords> {
    return {
      entities: await this.findEntitiesValidOn(filter.asOf),
      relations: await this.findRelationsValidOn(filter),
      version: this.ontology.version,
    };
  }

  /** Whole records hold all that a drawing needs. */
  findDrawingValidOn(filter: RelationFilter): Promise<GraphRecords> {
    return this.findGraphValidOn(filter);
  }

  async findRelationsAt(side: 'from' | 'to', ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[]> {
    const at = new Set(ids);
    return this.relations.filter((relation) => at.has(side === 'from' ? relation.fromId : relation.toId) && this.holds(relation, filter));
  }

  private holds(relation: RelationRecord, filter: RelationFilter): boolean {
    // As in Cypher: no types means every kind, an empty list none.
    if (filter.types != null && !filter.types.includes(relation.type)) return false;
    return isRelationValidOn(relation, this.entityById.get(relation.fromId), this.entityById.get(relation.toId), filter.asOf);
  }

  async findRelationById(id: string): Promise<RelationRecord | null> {
    return this.relations.find((relation) => relation.id === id) ?? null;
  }

  async findDocuments(ids: readonly string[] | null): Promise<DocumentRecord[]> {
    return this.documents.filter((document) => ids === null || ids.includes(document.id));
  }

  async findRelease(version: string): Promise<Release | null> {
    return version === this.ontology.version
      ? { version, publishedAt: '2026-01-01T00:00:00Z', entities: this.entities, relations: this.relations }
      : null;
  }

  async findReleases(): Promise<ReleaseInfo[]> {
    return [{ version: this.ontology.version, publishedAt: '2026-01-01T00:00:00Z' }];
  }

  async graphVersion(): Promise<string | null> {
    return this.ontology.version;
  }

  async findSearchCandidates(query: SearchCandidatesQuery): Promise<EntityRecord[]> {
    const tierOf = (searchText: string) => {
      const terms = ` | ${searchText} | `;
      return terms.includes(` | ${query.phrase} | `) ? 0 : terms.includes(` | ${query.phrase}`) ? 1 : 2;
    };
    return this.entities
      .map((entity) => ({ entity, searchText: this.searchTexts.get(entity.id)! }))
      .filter(({ searchText }) =>
        query.words.every(
          (word) =>
            searchText.includes(word.text) ||
            (word.inflected !== null && searchText.includes(word.stem) && javaRegexMatches(word.inflected, searchText)),
        ),
      )
      .map(({ entity, searchText }) => ({ entity, searchText, tier: tierOf(searchText), outdated: isValidOn(entity, query.today) ? 0 : 1 }))
      .sort((a, b) => a.tier - b.tier || a.outdated - b.outdated || a.searchText.length - b.searchText.length || byId(a.entity, b.entity))
      .slice(0, query.limit)
      .map(({ entity }) => entity);
  }

  async findEntityIdsNear(query: NearIdsQuery): Promise<string[]> {
    return this.entities
      .filter(
        (entity) =>
          Math.abs(entity.id.length - query.length) <= query.maxLengthDifference &&
          query.grams.filter((gram) => entity.id.includes(gram)).length >= query.minSharedGrams,
      )
      .map((entity) => entity.id);
  }

  async findMentionsOfEntities(entityIds: readonly string[]): Promise<MentionRecord[]> {
    return this.sortedMentions((mention) => entityIds.includes(mention.entityId));
  }

  async findMentionsInDocuments(documentIds: readonly string[]): Promise<MentionRecord[]> {
    return this.sortedMentions((mention) => documentIds.includes(mention.documentId));
  }

  private sortedMentions(keep: (mention: MentionRecord) => boolean): MentionRecord[] {
    const order = (a: MentionRecord, b: MentionRecord) =>
      (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
      a.start - b.start ||
      (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0);
    return this.mentions.filter(keep).sort(order);
  }
}

/**
 * The appointment chain walked breadth-first over the graph in memory, as its Cypher's `ANY
 * SHORTEST` does: each appointer reached once, at its nearest distance, and the appointments into
 * every entity reached, in the same order.
 */
export class InMemoryAppointmentRepository extends AppointmentRepository {
  constructor(private readonly graph: InMemoryGraphRepository) {
    super(undefined as never);
  }

  async findAppointments(query: AppointmentsQuery): Promise<Map<string, AppointmentsFound>> {
    const found = new Map<string, AppointmentsFound>();
    for (const institution of await this.graph.findEntities(query.ids)) {
      const appointments = await this.graph.findRelationsAt(query.side, [institution.id], { asOf: query.asOf, types: query.types });
      const appointees = [...new Set(appointments.map((relation) => relation.toId))];
      const dismissals =
        query.dismissalTypes.length === 0
          ? []
          : await this.graph.findRelationsAt('to', appointees, { asOf: query.asOf, types: query.dismissalTypes });
      const named = [
        institution.id,
        ...appointments.flatMap((relation) => [
          relation.fromId,
          relation.toId,
          ...relation.consentOfIds,
          ...relation.nominatedByIds,
          ...relation.recommendedByIds,
        ]),
        ...dismissals.map((dismissal) => dismissal.fromId),
      ];
      found.set(institution.id, { institution, appointments, dismissals, entities: await this.graph.findEntities(named) });
    }
    return found;
  }

  async findChain(query: ChainQuery): Promise<ChainLinkRecord[]> {
    const reached = new Set([query.id]);
    const links: ChainLinkRecord[] = [];
    let ring = [query.id];
    for (let level = 1; ring.length > 0 && level <= query.maxLevels + 1; level++) {
      const relations = await this.graph.findRelationsAt('to', ring, { asOf: query.asOf, types: query.types });
      links.push(...relations.map((relation) => ({ relation, level })));
      ring = level > query.maxLevels ? [] : [...new Set(relations.map((relation) => relation.fromId))].filter((id) => !reached.has(id));
      ring.forEach((id) => reached.add(id));
    }
    const order = (a: ChainLinkRecord, b: ChainLinkRecord) =>
      a.level - b.level ||
      compareText(a.relation.toId, b.relation.toId) ||
      compareText(a.relation.fromId, b.relation.fromId) ||
      byId(a.relation, b.relation);
    return links.sort(order).slice(0, query.limit);
  }
}

/** Paths, neighbourhoods and listings are graph traversals and pages that only Neo4j answers: the integration tests cover them. */
function onlyInNeo4j<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_target, method) => () =>
      Promise.reject(new Error(`${name}.${String(method)} is answered by Neo4j only: test it in tests/integration`)),
  });
}

/** Repositories for the fast tier: the graph and the appointment chain in memory, the other traversals left to Neo4j. */
export function inMemoryRepositories(graph: InMemoryGraphRepository): Repositories {
  return {
    graph,
    analysis: onlyInNeo4j<AnalysisRepository>('AnalysisRepository'),
    appointments: new InMemoryAppointmentRepository(graph),
    listing: onlyInNeo4j<ListingRepository>('ListingRepository'),
  };
}
