import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import fresh from 'fresh';
import { LRUCache } from 'lru-cache';
import getRawBody from 'raw-body';
import type { GraphVersionWatcher } from '../cache/graphVersion';
import { AnswerReads } from '../database/executor';
import { langFromAcceptLanguage, type Lang } from '../graphql/lang';
import type { RequestContext } from '../graphql/schema';

/** An HTTP answer of the API, as sent. */
interface Answer {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** An answer kept for reuse: only complete answers without errors are kept. */
interface StoredAnswer extends Answer {
  /** A strong validator of the body, for If-None-Match. */
  etag: string;
  /** Every header it was first sent with, as `writeHead` takes them: sent again whole, at once. */
  sentHeaders?: string[];
}

export interface ResponseCacheOptions {
  /** Today's date: an answer to a question without a date is today's answer. */
  today: () => string;
  /** How much memory the kept answers may take, bodies and keys, in bytes (about). */
  maxBytes: number;
  /** How long browsers and shared caches (a CDN) may reuse an answer to a GET without asking, in seconds. */
  maxAgeSeconds: number;
}

export interface GraphQLEndpointOptions {
  apollo: ApolloServer<RequestContext>;
  /** The context of one operation: its own DataLoaders, in the request's language, its reads noted in `reads`. */
  context: (lang: Lang, reads: AnswerReads) => RequestContext;
  /** The graph's version: every answer is computed within one version. */
  versions: GraphVersionWatcher;
  /** Null answers every request afresh, as Apollo alone would. */
  cache: ResponseCacheOptions | null;
  /** The largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Told when an answer is ready only after the request was answered (it timed out) or abandoned. */
  onDroppedAnswer?: (path: string) => void;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface GraphQLEndpoint {
  /** Answers a request to /graphql. */
  answer: Handler;
  /**
   * Sends the kept answer to a GET, with every header it was first sent with (security, CORS,
   * caching), and says so; false when there is none, and nothing was sent.
   */
  answerFromMemory(request: IncomingMessage, response: ServerResponse): boolean;
}

/** How many times an answer is computed when seeds keep committing while it is. */
const MOST_ATTEMPTS = 3;

/**
 * GraphQL over HTTP at /graphql, through Apollo, with answers kept by graph version.
 *
 * A plain node:http handler rather than an Express route: answering from memory is so cheap that
 * Express's own routing and body parsing cost several times more (measured on this machine: about
 * 6k requests/s through Express 5 against 30k for node:http, for the same cached body).
 *
 * The graph changes only when it is seeded, so the answer to the same operation, variables,
 * language, content type, origin and day is the same until the version changes: it is computed
 * once, then sent from memory, and GET answers carry an ETag and a Cache-Control that let browsers
 * and CDNs keep them too. A new version empties the cache. Every answer, kept or not, is computed
 * within one version, so a reseed under load gives each request the old graph or the new one.
 */
export function graphqlEndpoint(options: GraphQLEndpointOptions): GraphQLEndpoint {
  const { cache, versions } = options;
  const answers = cache
    ? new LRUCache<string, StoredAnswer>({
        maxSize: cache.maxBytes,
        // The headers it is sent with take about 1 kB.
        sizeCalculation: (answer, key) => answer.body.length + key.length + 1_000,
      })
    : null;
  versions.onChange(() => answers?.clear());

  /**
   * Apollo's answer, computed within one graph version: the version is known before and read
   * after, and an answer during which a seed committed (its reads may mix the old graph and the new) is
   * computed again. Resolves with the version it was computed in, or null when that is unknown
   * (the database is down: the answer then says so).
   */
  async function answerWithinOneVersion(
    request: IncomingMessage,
    body: unknown,
    lang: Lang,
  ): Promise<{ answer: Answer; version: string | null }> {
    for (let attempt = 1; ; attempt++) {
      // The version last read is one read before this answer began: no need to ask again. (A graph
      // seeded to another version and back to this one within one answer would pass unseen; the
      // version is a hash of the content, and seeds take seconds.)
      const before = versions.current ?? (await versions.readAfterNow().catch(() => null));
      const reads = new AnswerReads();
      const answer = await execute(options.apollo, request, body, options.context(lang, reads));
      if (before === null) return { answer, version: null };
      // An answer read by one query that also read the version (most are) needs no read of its own.
      const found = reads.versionAfterLastRead;
      if (found !== undefined) versions.observe(found);
      const after = found !== undefined ? found : await versions.readAfterNow().catch(() => null);
      if (after === before) return { answer, version: before };
      // Unknown (the database stopped answering): computing again would not tell either.
      if (after === null) return { answer, version: null };
      // Seeds take seconds, so a third seed in a row during one request cannot happen in practice.
      if (attempt === MOST_ATTEMPTS) return { answer, version: null };
    }
  }

  // Made once, not per request: a closure per request is garbage per request.
  function send(request: IncomingMessage, response: ServerResponse, answer: Answer, stored: StoredAnswer | null, maxAgeSeconds: number) {
    // Answered already: the request timed out, or the client left.
    if (response.headersSent || response.destroyed) return options.onDroppedAnswer?.('/graphql');
    sendAnswer(request, response, answer, stored, maxAgeSeconds);
  }

  function answerFromMemory(request: IncomingMessage, response: ServerResponse): boolean {
    if (!cache || request.method !== 'GET') return false;
    const known = versions.current;
    if (known === null) return false;
    const question = questionOf(request, '', langFromAcceptLanguage(request.headers['accept-language']), cache.today());
    const hit = question === null ? undefined : answers!.get(`${known}\n${question}`);
    // A browser's revalidation (304) is rare and takes the usual way.
    if (!hit?.sentHeaders || fresh(request.headers, { etag: hit.etag })) return false;
    response.writeHead(hit.status, hit.sentHeaders);
    response.end(hit.body);
    return true;
  }

  const answer: Handler = async (request, response) => {
    let rawBody = '';
    if (request.method === 'POST') {
      const read = await readBody(request, options.maxBodyBytes);
      if (typeof read !== 'string') return send(request, response, read, null, 0);
      rawBody = read;
    }
    const lang = langFromAcceptLanguage(request.headers['accept-language']);
    const question = cache ? questionOf(request, rawBody, lang, cache.today()) : null;
    const known = versions.current;
    // A POST is looked up by its text: only bodies that were JSON operations were ever kept.
    const hit = question === null || known === null ? undefined : answers?.get(`${known}\n${question}`);
    if (hit) return send(request, response, hit, hit, cache!.maxAgeSeconds);

    const body = request.method === 'POST' ? parseJsonBody(request, rawBody) : undefined;
    if (body instanceof Error) return send(request, response, errorAnswer(400, body.message), null, 0);
    const { answer, version } = await answerWithinOneVersion(request, body, lang);
    const operationInBody = request.method !== 'POST' || typeof (body as { query?: unknown })?.query === 'string';
    const stored = answers && question !== null && version !== null && operationInBody ? storable(answer) : null;
    if (stored) answers!.set(`${version}\n${question}`, stored);
    send(request, response, answer, stored, cache?.maxAgeSeconds ?? 0);
  };
  return { answer, answerFromMemory };
}

/** A GraphQL error answer of our own, for requests Apollo never sees. */
function errorAnswer(status: number, message: string): Answer {
  return {
    status,
    headers: [['content-type', 'application/json; charset=utf-8']],
    body: Buffer.from(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] })),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body of a POST as text, or the answer that says why it cannot be read. */
async function readBody(request: IncomingMessage, limit: number): Promise<string | Answer> {
  // Read as it came, a compressed body would reach the JSON parser as noise, or worse, as JSON.
  const coding = request.headers['content-encoding'];
  if (coding !== undefined && coding.toLowerCase() !== 'identity') {
    return errorAnswer(415, `Send the request body uncompressed: this API reads no Content-Encoding (got ${coding}).`);
  }
  let bytes: Buffer;
  try {
    bytes = await getRawBody(request, { limit });
  } catch (error) {
    await discardTheRest(request);
    const { status, type } = error as { status?: number; type?: string };
    if (status === 413) return errorAnswer(413, `The request body is larger than the ${Math.round(limit / 1024)} KB this API accepts.`);
    return errorAnswer(
      status && status >= 400 && status < 500 ? status : 400,
      `The request body could not be read (${type ?? 'malformed'}).`,
    );
  }
  // JSON is UTF-8 (RFC 8259): bytes that are not would otherwise turn silently into U+FFFD.
  try {
    return utf8.decode(bytes);
  } catch {
    return errorAnswer(400, 'The request body is not valid UTF-8.');
  }
}

/**
 * Reads what is left of a refused body and throws it away, so that the answer reaches the client:
 * a connection closed on bytes not yet read is reset, and the reset can overtake the answer. A
 * client that never finishes is cut off by the request timeout.
 */
function discardTheRest(request: IncomingMessage): Promise<void> {
  if (request.complete || request.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    request.once('end', resolve).once('close', resolve).resume();
  });
}

/** A POST body that says it is JSON, parsed; any other is left to Apollo, which explains what it accepts. */
function parseJsonBody(request: IncomingMessage, raw: string): unknown {
  if (!/^application\/(.+\+)?json\b/i.test(request.headers['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return new Error('The request body could not be read as JSON (entity.parse.failed).');
  }
}

/**
 * What makes two requests the same question: the operation and its variables (the whole query
 * string of a GET, the body of a POST and its type), the language, the content type asked for, the
 * origin (CORS answers depend on it), and the day. Null for a request that is neither GET with a
 * query string nor POST.
 * Exported for its unit tests (tests/unit/responseCacheKey.test.ts); the endpoint is its only caller.
 */
export function questionOf(request: IncomingMessage, rawBody: string, lang: Lang, today: string): string | null {
  let operation: string;
  const url = request.url ?? '';
  const search = url.indexOf('?');
  if (request.method === 'GET' && search >= 0) operation = `GET ${url.slice(search)}`;
  else if (request.method === 'POST')
    operation = `POST ${url.slice(search >= 0 ? search : url.length)} ${request.headers['content-type'] ?? ''} ${rawBody}`;
  else return null;
  return `${today}\n${lang}\n${request.headers.accept ?? ''}\n${request.headers.origin ?? ''}\n${operation}`;
}

/** The answer with its ETag when it may be kept: complete, 200, JSON, without errors. */
function storable(answer: Answer): StoredAnswer | null {
  if (answer.status !== 200) return null;
  try {
    const parsed = JSON.parse(answer.body.toString('utf8')) as { errors?: unknown };
    if (parsed.errors !== undefined) return null;
  } catch {
    return null; // not JSON: not an answer to keep
  }
  return { ...answer, etag: `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 27)}"` };
}

/** Runs one HTTP request through Apollo, as its own integrations do, and returns the whole answer. */
async function execute(
  apollo: ApolloServer<RequestContext>,
  request: IncomingMessage,
  body: unknown,
  context: RequestContext,
): Promise<Answer> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = request.url ?? '';
  const search = url.indexOf('?');
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: search < 0 ? '' : url.slice(search), body },
    context: async () => context,
  });
  let text: string;
  if (result.body.kind === 'complete') {
    text = result.body.string;
  } else {
    text = '';
    for await (const chunk of result.body.asyncIterator) text += chunk;
  }
  return { status: result.status ?? 200, headers: [...result.headers], body: Buffer.from(text) };
}

/**
 * Sends an answer. A kept answer to a GET may be reused for `maxAgeSeconds` by browsers and shared
 * caches, and revalidated with its ETag after that (304 when unchanged).
 */
function sendAnswer(
  request: IncomingMessage,
  response: ServerResponse,
  answer: Answer,
  stored: StoredAnswer | null,
  maxAgeSeconds: number,
): void {
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  if (stored && request.method === 'GET') {
    response.setHeader('cache-control', `public, max-age=${maxAgeSeconds}`);
    response.setHeader('etag', stored.etag);
    response.setHeader('vary', 'Accept, Accept-Language, Origin');
    stored.sentHeaders ??= [
      ...Object.entries(response.getHeaders()).flatMap(([name, value]) => [name, String(value)]),
      'content-length',
      String(stored.body.length),
    ];
    if (fresh(request.headers, { etag: stored.etag })) {
      response.statusCode = 304;
      response.end();
      return;
    }
  } else {
    // Computed for this request alone (a POST, an error, a cache turned off): nobody is to keep it.
    response.setHeader('cache-control', 'no-store');
  }
  response.statusCode = answer.status;
  response.end(answer.body);
}
