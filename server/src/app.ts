import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import express, { type Request, type Response as ExpressResponse } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Clock } from './clock';
import { GraphVersionWatcher } from './cache/graphVersion';
import type { ResponseCacheSettings, Limits } from './config';
import { ReadExecutor } from './database/executor';
import { PUBLIC_ERROR_CODES } from './errors';
import { GraphRepository } from './graph/graph.repository';
import { embedRouter } from './embed/embed.router';
import { framingRules, setFramingHeaders } from './http/framing';
import { graphqlEndpoint } from './http/graphql.endpoint';
import { EmbedService } from './embed/embed.service';
import { exportRouter } from './export/export.router';
import { GraphService } from './graph/graph.service';
import { healthRouter } from './health/health.router';
import { examplesDocument } from './graphql/examples';
import { RequestScope, type RequestContext } from './graphql/requestScope';
import { buildApiSchema } from './graphql/schema';

export interface AppOptions {
  driver: Driver;
  database: string;
  clock: Clock;
  limits: Limits;
  /** Origins whose pages may call GraphQL; '*' (the default) lets any page's embed do so, without credentials. */
  corsOrigins?: '*' | string[];
  /** The built explorer (client/dist); the app says how to build it when it is missing. */
  clientDir: string;
  /** Stack traces only in development. */
  development: boolean;
  log?: (message: string, error?: unknown) => void;
  /** Told of every database query (tests count round trips with it). */
  onDatabaseQuery?: (cypher: string) => void;
  /** Keeping answers by graph version; off answers every request afresh. */
  responseCache: ResponseCacheSettings;
}

export interface App {
  /** Answers one HTTP request: give it to `http.createServer`. */
  handle: RequestListener;
  stop(): Promise<void>;
}

/** /graphql goes to the GraphQL endpoint; everything else to Express. */
const isGraphQLPath = (url: string) => url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/');

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

/** The HTTP application: GraphQL at /graphql, health checks, and the explorer at /. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const executor = new ReadExecutor(options.driver, options.database, options.onDatabaseQuery);
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
      // The IDE at /graphql in a browser, in every environment, with the worked examples loaded.
      ApolloServerPluginLandingPageLocalDefault({ embed: true, document: examplesDocument(), footer: false }),
    ],
    // The API only reads, and sends no cookies: a cross-site request can change nothing, so plain
    // GET requests from any client are welcome, as the GraphQL over HTTP specification has them.
    csrfPrevention: false,
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 2_000 },
    includeStacktraceInErrorResponses: options.development,
    // main.ts drains and stops everything in order on SIGTERM; Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    formatError(formatted, error) {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) return formatted;
      log('Unexpected error while answering a GraphQL request', unwrapResolverError(error));
      return { message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(framingRules);
  app.use('/health', healthRouter(new GraphRepository(executor)));
  // Before /export: it answers /export/view.html.
  app.use(embedRouter(new EmbedService(new GraphService(new GraphRepository(executor), options.clock), options.clientDir, () => options.clock.today()), options.clientDir, log));
  app.use('/export', exportRouter({ executor, clock: options.clock, log }));
  const indexHtml = path.join(options.clientDir, 'index.html');
  // The web component is a module script, which browsers fetch from other sites only with CORS.
  app.use('/kz-legal-graph.js', cors({ origin: '*', credentials: false }));
  app.use(express.static(options.clientDir, { index: false }));
  app.get('/{*path}', (request, response) => {
    if (existsSync(indexHtml)) return response.type('html').send(withOembedDiscovery(readFileSync(indexHtml, 'utf8'), request));
    response
      .status(503)
      .type('text/plain')
      .send('The explorer has not been built yet: run `npm run build`, then reload. GraphQL is at /graphql.');
  });

  // The web component on a course page of another site calls GraphQL from there; the API sends
  // no cookies and reads only, so a cross-origin read without credentials is safe to allow.
  const graphqlCors = cors({ origin: options.corsOrigins ?? '*', credentials: false, maxAge: 86_400 });
  const versions = new GraphVersionWatcher(() => new GraphRepository(executor).graphVersion(), options.responseCache.versionPollMs);
  if (options.responseCache.enabled) await versions.start();
  const graphql = graphqlEndpoint({
    apollo,
    context: (lang) => ({ scope: new RequestScope({ executor, clock: options.clock, limits: options.limits }), lang }),
    cache: options.responseCache.enabled
      ? { versions, today: () => options.clock.today(), maxBytes: options.responseCache.maxBytes, maxAgeSeconds: options.responseCache.maxAgeSeconds }
      : null,
    maxBodyBytes: 100 * 1024,
  });
  const answerGraphQL = (request: IncomingMessage, response: ServerResponse) =>
    graphql(request, response).catch((error: unknown) => {
      log('Unexpected error while answering a GraphQL request', error);
      if (response.headersSent) return void response.destroy();
      response.statusCode = 500;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ errors: [{ message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });

  return {
    handle(request, response) {
      if (!isGraphQLPath(request.url ?? '/')) return void app(request, response);
      setFramingHeaders('/graphql', response);
      graphqlCors(request as Request, response as ExpressResponse, () => void answerGraphQL(request, response));
    },
    stop: async () => {
      versions.stop();
      await apollo.stop();
    },
  };
}
