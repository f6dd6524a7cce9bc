import type { ContainerType } from 'type-graphql';
import { AnalysisRepository } from '../analysis/analysis.repository';
import { AnalysisResolver } from '../analysis/analysis.resolver';
import { AnalysisService } from '../analysis/analysis.service';
import { AppointmentResolver } from '../appointments/appointment.resolver';
import { AppointmentService } from '../appointments/appointment.service';
import type { Clock } from '../clock';
import type { Limits } from '../config';
import type { ReadExecutor } from '../database/executor';
import { DocumentResolver } from '../documents/document.resolver';
import { DocumentService } from '../documents/document.service';
import { createLoaders } from '../graph/graph.loaders';
import { GraphRepository } from '../graph/graph.repository';
import { GraphResolver } from '../graph/graph.resolver';
import { GraphService } from '../graph/graph.service';
import { LegalBasisResolver, RelationResolver, SourceResolver } from '../graph/relation.resolver';
import { InstitutionResolver } from '../institutions/institution.resolver';
import { InstitutionService } from '../institutions/institution.service';
import { ListingRepository } from '../listing/listing.repository';
import { ListingResolver } from '../listing/listing.resolver';
import { ListingService } from '../listing/listing.service';
import { createMentionLoaders } from '../search/mention.loaders';
import { MentionResolver } from '../search/mention.resolver';
import { MentionService } from '../search/mention.service';
import { SearchResolver } from '../search/search.resolver';
import { SearchService } from '../search/search.service';
import { ontologyMeanings } from './kinds';
import type { LangContext } from './lang';

/** The repositories one request reads the graph through. */
export interface Repositories {
  graph: GraphRepository;
  analysis: AnalysisRepository;
  listing: ListingRepository;
}

/** The repositories of the API, reading Neo4j through `executor`. */
export function databaseRepositories(executor: ReadExecutor): Repositories {
  return { graph: new GraphRepository(executor), analysis: new AnalysisRepository(executor), listing: new ListingRepository(executor) };
}

/** What lives for the whole process and every request shares. */
export interface ApiDependencies {
  /** Fresh repositories for each request (the tests' fast tier gives in-memory ones). */
  repositories: () => Repositories;
  clock: Clock;
  limits: Limits;
}

/** Every resolver class of the API: the schema is built from this list. */
export const RESOLVERS = [
  InstitutionResolver,
  AppointmentResolver,
  RelationResolver,
  SourceResolver,
  LegalBasisResolver,
  GraphResolver,
  DocumentResolver,
  ListingResolver,
  SearchResolver,
  MentionResolver,
  AnalysisResolver,
] as const;

type ResolverClass = (typeof RESOLVERS)[number];

/**
 * The per-request container type-graphql asks for resolvers: fresh repositories, DataLoaders and
 * services for each request, so that no cache outlives the request that filled it.
 */
export class RequestScope implements ContainerType {
  private readonly resolvers: Map<ResolverClass, object>;

  constructor(dependencies: ApiDependencies) {
    const { graph: repository, analysis, listing } = dependencies.repositories();
    const loaders = createLoaders(repository);
    const institutions = new InstitutionService(repository, loaders, dependencies.clock);
    const appointments = new AppointmentService(loaders, institutions, dependencies.clock, ontologyMeanings);
    const documents = new DocumentService(repository, loaders);
    const graphs = new GraphService(repository, dependencies.clock);
    const mentions = new MentionService(createMentionLoaders(repository), loaders);
    this.resolvers = new Map<ResolverClass, object>([
      [InstitutionResolver, new InstitutionResolver(institutions, appointments, mentions)],
      [AppointmentResolver, new AppointmentResolver(appointments)],
      [RelationResolver, new RelationResolver(institutions)],
      [SourceResolver, new SourceResolver(documents, institutions)],
      [LegalBasisResolver, new LegalBasisResolver(institutions)],
      [GraphResolver, new GraphResolver(graphs)],
      [DocumentResolver, new DocumentResolver(documents, mentions)],
      [ListingResolver, new ListingResolver(new ListingService(listing, dependencies.clock, dependencies.limits))],
      [SearchResolver, new SearchResolver(new SearchService(repository, dependencies.clock, dependencies.limits))],
      [MentionResolver, new MentionResolver(documents, institutions)],
      [AnalysisResolver, new AnalysisResolver(new AnalysisService(analysis, repository, institutions, dependencies.clock, dependencies.limits, ontologyMeanings))],
    ]);
  }

  get(resolverClass: ResolverClass): object {
    const resolver = this.resolvers.get(resolverClass);
    if (!resolver) throw new Error(`RequestScope has no instance of ${resolverClass.name}`);
    return resolver;
  }
}

/** What every resolver receives: the request's container and its language. */
export interface RequestContext extends LangContext {
  scope: RequestScope;
}
