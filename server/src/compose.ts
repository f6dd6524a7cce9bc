/**
 * The API's composition root: the one place that decides which repository, service and resolver
 * gets which. The server's top is split three ways: main.ts runs the process (configuration,
 * database, seed, listening, shutdown), app.ts serves HTTP (Apollo, the routers, the caches) over
 * what this file builds. It stands apart from app.ts so that the fast tests build the very same API
 * over the graph in memory (tests/unit/api.test.ts), without HTTP or Neo4j.
 *
 * What lives as long as the process is built once: the repositories over the one executor (for
 * the health check, the exports and the embeds), the graph's version, the layouts. What reads
 * for an operation is built per operation, on first use (RequestScope), so a request builds only
 * what its fields ask: its repositories, which note its reads for the graph version (cheap
 * objects over the one executor), its DataLoaders, and the services and resolvers over them.
 */
import type { ContainerType } from 'type-graphql';
import type { KindMeanings } from '../../ontology/src';
import { AnalysisRepository } from './analysis/analysis.repository';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { AnalysisService } from './analysis/analysis.service';
import { AppointmentRepository } from './appointments/appointment.repository';
import { AppointmentResolver } from './appointments/appointment.resolver';
import { AppointmentService } from './appointments/appointment.service';
import { GraphVersionWatcher } from './cache/graphVersion';
import type { Clock } from './clock';
import type { Limits } from './config';
import type { AnswerReads, Reader } from './database/executor';
import { DocumentResolver } from './documents/document.resolver';
import { DocumentService } from './documents/document.service';
import { ExportService } from './export/export.service';
import { createLoaders, type Loaders } from './graph/graph.loaders';
import { GraphRepository } from './graph/graph.repository';
import { GraphResolver } from './graph/graph.resolver';
import { GraphService } from './graph/graph.service';
import { LayoutService } from './graph/layout.service';
import { SubgraphResolver } from './graph/subgraph.resolver';
import { LegalBasisResolver, RelationResolver, SourceResolver } from './graph/relation.resolver';
import type { Lang } from './graphql/lang';
import type { RequestContext, ResolverClass } from './graphql/schema';
import { InstitutionResolver } from './institutions/institution.resolver';
import { InstitutionService } from './institutions/institution.service';
import { ListingRepository } from './listing/listing.repository';
import { ListingResolver } from './listing/listing.resolver';
import { ListingService } from './listing/listing.service';
import { createMentionLoaders } from './search/mention.loaders';
import { MentionResolver } from './search/mention.resolver';
import { MentionService } from './search/mention.service';
import { SearchResolver } from './search/search.resolver';
import { SearchService } from './search/search.service';

/** The repositories the API reads the graph through. */
export interface Repositories {
  graph: GraphRepository;
  analysis: AnalysisRepository;
  appointments: AppointmentRepository;
  listing: ListingRepository;
}

/** The repositories of the API, reading Neo4j through `executor`. */
export function databaseRepositories(executor: Reader): Repositories {
  return {
    graph: new GraphRepository(executor),
    analysis: new AnalysisRepository(executor),
    appointments: new AppointmentRepository(executor),
    listing: new ListingRepository(executor),
  };
}

/** What the API is built from; the fast tests give repositories over the graph in memory. */
export interface ApiDependencies {
  repositories: Repositories;
  /**
   * Repositories whose reads are noted in `reads`, for one answer (the endpoint learns from them
   * which graph version the answer was read from); `repositories` when not given.
   */
  repositoriesNoting?: (reads: AnswerReads) => Repositories;
  clock: Clock;
  limits: Limits;
  /** What the ontology's kinds mean (kinds.yaml's flags): which appoint, check, remove. */
  meanings: KindMeanings;
}

/** The API's objects that live as long as the process, and the way to a request's own. */
export class Api {
  readonly repositories: Repositories;
  readonly clock: Clock;
  readonly limits: Limits;
  readonly meanings: KindMeanings;
  /** The graph as a whole: GraphQL's `graph`, the exports and the embeds all draw it. */
  readonly graphs: GraphService;
  /** The graph as files (the /export routes). */
  readonly exports: ExportService;
  /** The graph's version: the response cache keys answers by it, and `graph` says it. */
  readonly versions: GraphVersionWatcher;
  /** The force-directed layout, computed on the server and kept for every request. */
  readonly layouts = new LayoutService();
  /** The resolvers that read nothing: every request shares them. */
  readonly sharedResolvers: ReadonlyMap<ResolverClass, object>;
  /** The repositories of one answer, whose reads are noted. */
  readonly repositoriesNoting: (reads: AnswerReads) => Repositories;

  constructor({ repositories, repositoriesNoting, clock, limits, meanings }: ApiDependencies) {
    this.repositories = repositories;
    this.repositoriesNoting = repositoriesNoting ?? (() => repositories);
    this.meanings = meanings;
    this.clock = clock;
    this.limits = limits;
    this.versions = new GraphVersionWatcher(() => repositories.graph.graphVersion());
    this.graphs = new GraphService(repositories.graph, clock, this.versions);
    this.exports = new ExportService(this.graphs, repositories.graph);
    this.sharedResolvers = new Map<ResolverClass, object>([[SubgraphResolver, new SubgraphResolver(this.layouts)]]);
  }

  /**
   * Lays out today's graph, so that the first visitor of the day finds its positions computed.
   * The graph is read as the explorer asks for it; the labels' language does not change the layout.
   */
  async warmLayouts(): Promise<void> {
    const graph = await this.graphs.graph({ drawingOnly: true });
    this.layouts.positions({ elements: graph.elements, nodes: graph.drawnEntities });
  }

  /**
   * The context of one GraphQL operation: its own container, so that no DataLoader's cache
   * outlives the operation that filled it, its language, and where its reads are noted.
   */
  requestContext(lang: Lang, reads?: AnswerReads): RequestContext {
    return { scope: new RequestScope(this, reads ? this.repositoriesNoting(reads) : this.repositories), lang };
  }
}

/**
 * The container type-graphql asks for resolvers during one operation: the shared ones from the
 * Api, the others built here on first use, with fresh DataLoaders.
 */
export class RequestScope implements ContainerType {
  private readonly resolvers = new Map<ResolverClass, object>();
  private loadersOfRequest?: Loaders;
  private institutionsOfRequest?: InstitutionService;
  private appointmentsOfRequest?: AppointmentService;
  private documentsOfRequest?: DocumentService;
  private mentionsOfRequest?: MentionService;

  constructor(
    private readonly api: Api,
    /** The repositories of this operation's answer. */
    private readonly repositories: Repositories,
  ) {}

  get(resolverClass: ResolverClass): object {
    const shared = this.api.sharedResolvers.get(resolverClass);
    if (shared) return shared;
    let resolver = this.resolvers.get(resolverClass);
    if (!resolver) {
      resolver = this.build(resolverClass);
      this.resolvers.set(resolverClass, resolver);
    }
    return resolver;
  }

  private build(resolverClass: ResolverClass): object {
    switch (resolverClass) {
      case InstitutionResolver:
        return new InstitutionResolver(this.institutions, this.appointments, this.mentions);
      case AppointmentResolver:
        return new AppointmentResolver(this.appointments);
      case RelationResolver:
        return new RelationResolver(this.institutions);
      case SourceResolver:
        return new SourceResolver(this.documents, this.institutions);
      case LegalBasisResolver:
        return new LegalBasisResolver(this.institutions);
      case DocumentResolver:
        return new DocumentResolver(this.documents, this.mentions);
      case MentionResolver:
        return new MentionResolver(this.documents, this.institutions);
      case AnalysisResolver: {
        const { clock, limits, meanings } = this.api;
        const { analysis, graph } = this.repositories;
        return new AnalysisResolver(new AnalysisService(analysis, graph, this.institutions, clock, limits, meanings));
      }
      case GraphResolver:
        return new GraphResolver(new GraphService(this.repositories.graph, this.api.clock, this.api.versions));
      case ListingResolver:
        return new ListingResolver(new ListingService(this.repositories.listing, this.api.clock, this.api.limits));
      case SearchResolver:
        return new SearchResolver(new SearchService(this.repositories.graph, this.api.clock, this.api.limits));
      default:
        throw new Error(`RequestScope cannot build ${resolverClass.name}`);
    }
  }

  private get loaders(): Loaders {
    return (this.loadersOfRequest ??= createLoaders(this.repositories.graph));
  }

  private get institutions(): InstitutionService {
    return (this.institutionsOfRequest ??= new InstitutionService(this.repositories.graph, this.loaders, this.api.clock));
  }

  private get appointments(): AppointmentService {
    const { clock, limits, meanings } = this.api;
    return (this.appointmentsOfRequest ??= new AppointmentService(
      this.loaders,
      this.institutions,
      this.repositories.appointments,
      clock,
      limits,
      meanings,
    ));
  }

  private get documents(): DocumentService {
    return (this.documentsOfRequest ??= new DocumentService(this.repositories.graph, this.loaders));
  }

  private get mentions(): MentionService {
    return (this.mentionsOfRequest ??= new MentionService(createMentionLoaders(this.repositories.graph), this.loaders));
  }
}
