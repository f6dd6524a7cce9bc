import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { AnalysisResolver } from '../analysis/analysis.resolver';
import { AppointmentResolver } from '../appointments/appointment.resolver';
import { DocumentResolver } from '../documents/document.resolver';
import { GraphResolver } from '../graph/graph.resolver';
import { SubgraphResolver } from '../graph/subgraph.resolver';
import { LegalBasisResolver, RelationResolver, SourceResolver } from '../graph/relation.resolver';
import { InstitutionResolver } from '../institutions/institution.resolver';
import { ListingResolver } from '../listing/listing.resolver';
import { MentionResolver } from '../search/mention.resolver';
import { SearchResolver } from '../search/search.resolver';
import type { LangContext } from './lang';

/** Every resolver class of the API: the schema is built from this list. */
export const RESOLVERS = [
  InstitutionResolver,
  AppointmentResolver,
  RelationResolver,
  SourceResolver,
  LegalBasisResolver,
  GraphResolver,
  SubgraphResolver,
  DocumentResolver,
  ListingResolver,
  SearchResolver,
  MentionResolver,
  AnalysisResolver,
] as const;

export type ResolverClass = (typeof RESOLVERS)[number];

/** What every resolver receives: the operation's container of resolvers (compose.ts builds it) and its language. */
export interface RequestContext extends LangContext {
  scope: ContainerType;
}

let schema: Promise<GraphQLSchema> | null = null;

/** The API's schema, built once per process from the resolver classes. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    // type-graphql asks the operation's own container for each resolver instance.
    container: ({ context }: { context: RequestContext }) => context.scope,
    validate: false,
  });
  return schema;
}
