import { GraphQLError } from 'graphql';

/** Errors a user can act on: their messages are shown as they are, with a fixed code. */

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`No ${what} with id "${id}". Ids are kebab-case English, e.g. "prosecutor-general"; search finds the rest.`, {
      extensions: { code: 'NOT_FOUND', id },
    });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('The graph database is not answering right now. Try again in a moment.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
}

/** Codes whose messages are safe to show; everything else becomes a generic message. */
export const PUBLIC_ERROR_CODES = new Set([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'DATABASE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
