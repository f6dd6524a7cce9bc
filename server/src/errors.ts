import { GraphQLError } from 'graphql';

/** Errors a user can act on: their messages are shown as they are, with a fixed code. */

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function quotedChoices(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export class NotFoundError extends GraphQLError {
  /**
   * @param suggestions existing ids close to `id`, best first: the message offers them ("Did you
   *   mean ...?") and `extensions.suggestions` lists them for clients.
   */
  constructor(what: string, id: string, suggestions: readonly string[] = []) {
    const hint =
      suggestions.length > 0
        ? `Did you mean ${quotedChoices(suggestions)}?`
        : 'Ids are kebab-case English, e.g. "prosecutor-general"; search finds the rest.';
    super(`No ${what} with id "${id}". ${hint}`, {
      extensions: { code: 'NOT_FOUND', id, suggestions: [...suggestions] },
    });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/**
 * `value` when it is a whole number from 1 to `max`; otherwise BAD_USER_INPUT naming `argument`
 * (GraphQL's Int lets 0 and negative numbers through; page sizes, depths and lengths start at 1).
 */
export function requireCount(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`${argument} must be between 1 and ${max}; got ${value}.`, argument);
  }
  return value;
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('The graph database is not answering right now. Try again in a moment.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
}

export class QueryTimeoutError extends GraphQLError {
  constructor() {
    super(
      'The graph database took too long to answer this question. Ask for less (a smaller depth, page or path, or fewer relation types), or try again later.',
      {
        extensions: { code: 'QUERY_TIMEOUT' },
      },
    );
  }
}

/** Codes whose messages are safe to show; everything else becomes a generic message. */
export const PUBLIC_ERROR_CODES = new Set([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
