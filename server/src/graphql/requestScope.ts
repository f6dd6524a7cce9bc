import type { ContainerType } from 'type-graphql';
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
import type { LangContext } from './lang';

/** What lives for the whole process and every request shares. */
export interface ApiDependencies {
  executor: ReadExecutor;
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
] as const;

type ResolverClass = (typeof RESOLVERS)[number];

/**
 * The per-request container type-graphql asks for resolvers: fresh repositories, DataLoaders and
 * services for each request, so that no cache outlives the request that filled it.
 */
export class RequestScope implements ContainerType {
  private readonly resolvers: Map<ResolverClass, object>;

  constructor(dependencies: ApiDependencies) {
    const repository = new GraphRepository(dependencies.executor);
    const loaders = createLoaders(repository);
    const institutions = new InstitutionService(repository, loaders, dependencies.clock);
    const appointments = new AppointmentService(repository, institutions, dependencies.clock);
    const documents = new DocumentService(repository, loaders);
    const graphs = new GraphService(repository, dependencies.clock);
    this.resolvers = new Map<ResolverClass, object>([
      [InstitutionResolver, new InstitutionResolver(institutions, appointments)],
      [AppointmentResolver, new AppointmentResolver(appointments)],
      [RelationResolver, new RelationResolver(institutions)],
      [SourceResolver, new SourceResolver(documents, institutions)],
      [LegalBasisResolver, new LegalBasisResolver(institutions)],
      [GraphResolver, new GraphResolver(graphs)],
      [DocumentResolver, new DocumentResolver(documents)],
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
