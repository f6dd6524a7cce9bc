import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type Request, type Response as ExpressResponse } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Clock } from './clock';
import type { HttpSettings, Limits, ResponseCacheSettings } from './config';
import { Api, databaseRepositories } from './compose';
import { INTERNAL_ERROR, restErrorHandler } from './http/restErrors';
import { ontologyMeanings } from './graphql/kinds';
import { ReadExecutor } from './database/executor';
import { PUBLIC_ERROR_CODES } from './errors';
import { embedRouter } from './embed/embed.router';
import { graphqlEndpoint } from './http/graphql.endpoint';
import { asksForTheIde, graphqlIde } from './http/graphqlIde';
import { createRateLimit } from './http/rateLimit';
import { answerWithin } from './http/requestTimeout';
import { setApiSecurityHeaders, setSecurityHeaders } from './http/securityHeaders';
import { EmbedService } from './embed/embed.service';
import { exportRouter } from './export/export.router';
import { healthRouter } from './health/health.router';
import { loadQueryExamples } from './graphql/examples';
import { QueriesOnlyRule } from './graphql/queriesOnly.rule';
import { buildApiSchema, type RequestContext } from './graphql/schema';

export interface AppOptions {
  driver: Driver;
  database: string;
  clock: Clock;
  limits: Limits;
  /** Timeouts, the body size limit and the rate limit. */
  http: HttpSettings;
  /** Whether GraphQL answers introspection. */
  introspection: boolean;
  /** Neo4j ends a read transaction of the API that runs longer, in ms. */
  transactionTimeoutMs: number;
  /** Origins whose pages may call GraphQL; '*' (the default) lets any page's embed do so, without credentials. */
  corsOrigins?: '*' | string[];
  /** The built explorer (client/dist); the app says how to build it when it is missing. */
  clientDir: string;
  /** Stack traces only in development. */
  development: boolean;
  log?: (message: string, error?: unknown) => void;
  /** Told of every database query (tests count round trips with it). */
  onDatabaseQuery?: (cypher: string) => void;
  /**
   * Told, with the request's path, when an answer is ready only after the request was answered
   * (it timed out) or abandoned, and is dropped (tests wait for it, rather than for a while).
   */
  onDroppedAnswer?: (path: string) => void;
  /** Keeping answers by graph version; off answers every request afresh. */
  responseCache: ResponseCacheSettings;
  /**
   * Lay out today's graph in the background once the app is built and whenever the graph changes,
   * rather than when the first visitor asks (`npm start` does; tests leave it off, so that no
   * layout competes with what they time).
   */
  warmLayouts?: boolean;
}

export interface App {
  /** Answers one HTTP request: give it to `http.createServer`. */
  handle: RequestListener;
  /** From now on /health/ready answers 503, so that load balancers send requests elsewhere. */
  startDraining(): void;
  stop(): Promise<void>;
}

/** /graphql goes to the GraphQL endpoint; everything else to Express. */
const isGraphQLPath = (url: string) => url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/');

const pathOf = (url: string) => (url.includes('?') ? url.slice(0, url.indexOf('?')) : url);

/** Health checks are never rate limited: monitors and orchestrators ask often, and must get an answer. */
const isHealthPath = (path: string) => path === '/health' || path.startsWith('/health/');

/**
 * Adds the oEmbed discovery link for this very page, so that platforms which speak oEmbed (and
 * read HTML, not scripts) turn a pasted explorer link into the embedded graph.
 */
function withOembedDiscovery(html: string, request: Request): string {
  const origin = `${request.protocol}://${request.get('host')}`;
  const href = `${origin}/oembed?format=json&url=${encodeURIComponent(`${origin}${request.originalUrl}`)}`;
  const link = `<link rel="alternate" type="application/json+oembed" href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="kz-legal-graph" />`;
  return html.replace('</head>', `    ${link}\n  </head>`);
}

/**
 * Errors no router answered: answered as every route answers them (restErrors: a client's, such
 * as a malformed URL, keep their 4xx), anything else is logged and becomes a generic 500; never a
 * stack trace, whatever NODE_ENV says to Express. A half-sent answer is cut off.
 */
function lastErrorHandler(log: (message: string, error?: unknown) => void, onDroppedAnswer?: (path: string) => void): ErrorRequestHandler {
  const answer = restErrorHandler(log, 'answering a request');
  return (error, request, response, next) => {
    // Answered already (the request timed out): only a half-sent answer needs cutting off.
    if (response.headersSent) {
      onDroppedAnswer?.(pathOf(request.originalUrl));
      return void (response.writableEnded || response.destroy());
    }
    answer(error, request, response, next);
  };
}

/** The HTTP application: GraphQL at /graphql, health checks, and the explorer at /. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((message, error) => (error === undefined ? console.error(message) : console.error(message, error)));
  const executor = new ReadExecutor(options.driver, options.database, options.onDatabaseQuery, log, options.transactionTimeoutMs);
  // Built once: GraphQL, the health check, the exports and the embeds all read through these.
  const api = new Api({
    repositories: databaseRepositories(executor),
    repositoriesNoting: (reads) => databaseRepositories(executor.noting(reads)),
    clock: options.clock,
    limits: options.limits,
    meanings: ontologyMeanings,
  });
  // graphql-armor bounds depth, aliases, directives, tokens and cost before a query runs.
  // Field suggestions stay on: the schema is public, and "did you mean" helps people.
  const armor = new ApolloArmor({
    maxDepth: { n: options.limits.maxQueryDepth },
    costLimit: { maxCost: options.limits.maxQueryCost },
    blockFieldSuggestion: { enabled: false },
    // Armor's token counter reports syntax errors as 500s under Apollo; Apollo's parser counts
    // tokens itself (parseOptions below) and keeps syntax errors 400s.
    maxTokens: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    plugins: [
      ...armor.plugins,
      // The IDE at /graphql is our own (graphqlIde), which needs nothing from other sites; Apollo's
      // own landing page would load Apollo's from its servers.
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are Apollo's way to Cache-Control; the endpoint sets its own (graphql.endpoint.ts),
      // and the plugin's hook on every field costs time on every answer.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // The API only reads, and sends no cookies: a cross-site request can change nothing, so plain
    // GET requests from any client are welcome, as the GraphQL over HTTP specification has them.
    csrfPrevention: false,
    validationRules: [QueriesOnlyRule, ...armor.validationRules],
    allowBatchedHttpRequests: false,
    // Validation costs time that grows with the square of repeated fields (graphql-js's
    // OverlappingFieldsCanBeMerged); bounding the tokens bounds it, and cost and depth do not.
    parseOptions: { maxTokens: options.limits.maxQueryTokens },
    introspection: options.introspection,
    includeStacktraceInErrorResponses: options.development,
    // main.ts drains and stops everything in order on SIGTERM; Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    formatError(formatted, error) {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) return formatted;
      log('Unexpected error while answering a GraphQL request', unwrapResolverError(error));
      return { message: INTERNAL_ERROR.message, extensions: { code: INTERNAL_ERROR.code } };
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.http.trustProxy);
  let draining = false;
  app.use(
    '/health',
    healthRouter(api.repositories.graph, () => draining),
  );
  // Before /export: it answers /export/view.html.
  app.use(embedRouter(new EmbedService(api.graphs, options.clientDir, () => options.clock.today()), options.clientDir, log));
  app.use('/export', exportRouter(api.exports, log));
  const indexHtml = path.join(options.clientDir, 'index.html');
  // The web component is a module script, which browsers fetch from other sites only with CORS.
  app.use('/kz-legal-graph.js', cors({ origin: '*', credentials: false }));
  // The IDE's page is served at /graphql, with the worked examples in it; the names people try lead there.
  app.get(['/graphiql', '/graphiql.html'], (_request, response) => response.redirect(301, '/graphql'));
  app.use(express.static(options.clientDir, { index: false }));
  app.get('/{*path}', (request, response) => {
    if (existsSync(indexHtml)) return response.type('html').send(withOembedDiscovery(readFileSync(indexHtml, 'utf8'), request));
    response
      .status(503)
      .type('text/plain')
      .send('The explorer has not been built yet: run `npm run build`, then reload. GraphQL is at /graphql.');
  });
  app.use(lastErrorHandler(log, options.onDroppedAnswer));

  // The web component on a course page of another site calls GraphQL from there; the API sends
  // no cookies and reads only, so a cross-origin read without credentials is safe to allow.
  const graphqlCors = cors({ origin: options.corsOrigins ?? '*', credentials: false, maxAge: 86_400 });
  const versions = api.versions;
  if (options.warmLayouts) {
    // After the current request's turn, so that starting and answering never wait for it; a
    // warm-up that fails (the database is down) costs only the first visitor's wait.
    const warm = () => void setTimeout(() => void api.warmLayouts().catch(() => undefined), 0).unref();
    versions.onChange(warm);
    if (!options.responseCache.enabled) warm();
  }
  if (options.responseCache.enabled) await versions.start(options.responseCache.versionPollMs);
  const graphql = graphqlEndpoint({
    apollo,
    context: (lang, reads) => api.requestContext(lang, reads),
    versions,
    cache: options.responseCache.enabled
      ? { today: () => options.clock.today(), maxBytes: options.responseCache.maxBytes, maxAgeSeconds: options.responseCache.maxAgeSeconds }
      : null,
    maxBodyBytes: options.http.maxBodyBytes,
    onDroppedAnswer: options.onDroppedAnswer,
  });
  const ide = graphqlIde({ clientDir: options.clientDir, introspection: options.introspection, examples: loadQueryExamples() });
  const answerGraphQL = (request: IncomingMessage, response: ServerResponse, forTheIde: boolean) =>
    (forTheIde ? ide(request, response) : graphql.answer(request, response)).catch((error: unknown) => {
      log('Unexpected error while answering a GraphQL request', error);
      if (response.headersSent) {
        options.onDroppedAnswer?.('/graphql');
        return void response.destroy();
      }
      response.statusCode = 500;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ errors: [{ message: INTERNAL_ERROR.message, extensions: { code: INTERNAL_ERROR.code } }] }));
    });

  const rateLimit = options.http.rateLimit ? createRateLimit(options.http.rateLimit, options.http.trustProxy) : null;
  const withinRateLimit = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (!rateLimit) return next();
    rateLimit(request, response).then(
      (allowed) => allowed && next(),
      (error: unknown) => {
        log('The rate limiter failed; letting the request through', error);
        next();
      },
    );
  };

  return {
    // Both paths get the request timeout, the security headers and the rate limit here, before
    // they part: /graphql to its own endpoint, everything else to Express.
    handle(request, response) {
      const url = request.url ?? '/';
      const forGraphQL = isGraphQLPath(url);
      // A kept answer is sent at once, whole, with the headers it was first sent with: it costs
      // less than anything below would. With a rate limit, every request is counted first, kept or not.
      if (forGraphQL && !rateLimit && graphql.answerFromMemory(request, response)) return;
      answerWithin(options.http.requestTimeoutMs, request, response);
      if (forGraphQL) {
        const forTheIde = asksForTheIde(request);
        if (forTheIde) setSecurityHeaders('/graphql', response);
        else setApiSecurityHeaders(response);
        // CORS first, so that a page of another site can read a 429 too.
        return graphqlCors(request as Request, response as ExpressResponse, () =>
          withinRateLimit(request, response, () => void answerGraphQL(request, response, forTheIde)),
        );
      }
      const path = pathOf(url);
      setSecurityHeaders(path, response);
      if (isHealthPath(path)) return void app(request, response);
      withinRateLimit(request, response, () => void app(request, response));
    },
    startDraining() {
      draining = true;
    },
    stop: async () => {
      versions.stop();
      await apollo.stop();
    },
  };
}
