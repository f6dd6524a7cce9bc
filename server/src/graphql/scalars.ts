import { GraphQLScalarType } from 'graphql';
import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';

/**
 * A calendar date, "YYYY-MM-DD". graphql-scalars' LocalDate does the checking (and names the bad
 * value in its error); the contract calls the type `Date`.
 */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD, e.g. "2010-01-01".',
});

export const JSONScalar = GraphQLJSON;
