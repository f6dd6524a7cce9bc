import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Answers the request itself when no answer has begun `timeoutMs` after its headers arrived: 408
 * while its body is still arriving (a client that sends slowly), 503 when the server is the slow
 * one. The work under way is not stopped (Neo4j's transaction timeout ends the queries); what it
 * sends later is dropped by the handlers, which check `headersSent`. An answer that has begun is
 * left to finish at the client's pace.
 */
export function answerWithin(timeoutMs: number, request: IncomingMessage, response: ServerResponse): void {
  const timer = setTimeout(() => {
    if (response.headersSent) return;
    const receiving = !request.complete;
    response.statusCode = receiving ? 408 : 503;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    // The rest of a body still arriving is not worth reading: close the connection after this answer.
    if (receiving) response.setHeader('connection', 'close');
    const message = receiving
      ? `The request did not arrive within ${timeoutMs / 1000} s.`
      : `The server could not answer within ${timeoutMs / 1000} s. Try again in a moment, or ask for less (a smaller depth, page or path).`;
    response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'REQUEST_TIMEOUT' } }] }));
  }, timeoutMs);
  response.once('close', () => clearTimeout(timer));
}
