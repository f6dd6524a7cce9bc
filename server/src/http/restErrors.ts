import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';

/** What every answer to an unexpected failure says, REST or GraphQL: nothing of its cause leaks. */
export const INTERNAL_ERROR = { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Please try again.' } as const;

/** A request parameter a route cannot use: 400, naming it, and what it accepts when that is a short list. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly accepted?: string[],
  ) {
    super(message);
  }
}

/** Something asked of a route that is not here to give: 404. */
export class NotHereError extends Error {}

export interface RestError {
  status: number;
  body: { error: { code: string; message: string } & Record<string, unknown> };
}

/**
 * The status and JSON body every REST route answers `error` with: a wrong parameter 400, what is
 * not here 404, a database down or too slow 503, a request Express or body parsing refused with
 * its own 4xx; anything else null, for the caller to log and answer with INTERNAL_ERROR.
 */
export function restError(error: unknown): RestError | null {
  const answer = (status: number, code: string, message: string, details: Record<string, unknown> = {}): RestError => ({
    status,
    body: { error: { code, message, ...details } },
  });
  if (error instanceof ParameterError)
    return answer(400, 'BAD_USER_INPUT', error.message, {
      parameter: error.parameter,
      ...(error.accepted ? { accepted: error.accepted } : {}),
    });
  if (error instanceof NotHereError) return answer(404, 'NOT_FOUND', error.message);
  if (error instanceof GraphQLError) {
    // The services' errors, where a route calls a service the GraphQL API also uses.
    const { code, argument, argumentName } = error.extensions as { code?: string; argument?: string; argumentName?: string };
    if (code === 'BAD_USER_INPUT') return answer(400, code, error.message, { parameter: argument ?? argumentName });
    if (code === 'NOT_FOUND') return answer(404, code, error.message);
    if (code === 'DATABASE_UNAVAILABLE' || code === 'QUERY_TIMEOUT') return answer(503, code, error.message);
  }
  const status = Number(
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode,
  );
  if (status >= 400 && status < 500) return answer(status, 'BAD_REQUEST', STATUS_CODES[status] ?? 'Bad request');
  return null;
}

/**
 * A router's error handler: answers as `restError` says, or logs the failure (`while`: what the
 * route was doing) and answers 500. An answer already under way (the request timed out) is left to
 * the app's last handler.
 */
export function restErrorHandler(log: (message: string, error?: unknown) => void, doing: string): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const known = restError(error);
    if (known) return void response.status(known.status).json(known.body);
    log(`Unexpected error while ${doing}`, error);
    response.status(500).json({ error: INTERNAL_ERROR });
  };
}
