import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { startDate } from '../../../ontology/src';

function parseDate(value: unknown): string {
  const parsed = startDate.safeParse(value);
  if (!parsed.success) {
    throw new GraphQLError(
      `A Date is written "YYYY-MM-DD", "YYYY-MM" or "YYYY" (a real calendar date, e.g. "2010-01-01"); got ${JSON.stringify(value)}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return parsed.data;
}

/**
 * A calendar date. Input may give a year or a month only ("2010", "2010-06"), which means its first
 * day; output is always "YYYY-MM-DD".
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD". As input, "YYYY-MM" and "YYYY" are accepted and mean the first day of that month or year.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A Date is a string such as "2010-01-01".', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDate(ast.value);
  },
});

export const JSONScalar = GraphQLJSON;
