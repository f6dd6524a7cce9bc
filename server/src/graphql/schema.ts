import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS, type RequestContext } from './requestScope';

let schema: Promise<GraphQLSchema> | null = null;

/** The API's schema, built once per process from the resolver classes. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    container: ({ context }: { context: RequestContext }) => context.scope,
    validate: false,
  });
  return schema;
}
