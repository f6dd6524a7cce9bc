import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Clock } from './clock';
import type { Limits } from './config';
import { ReadExecutor } from './database/executor';
import { PUBLIC_ERROR_CODES } from './errors';
import { GraphRepository } from './graph/graph.repository';
import { embedRouter } from './embed/embed.router';
import { framingRules } from './http/framing';
import { EmbedService } from './embed/embed.service';
import { exportRouter } from './export/export.router';
import { GraphService } from './graph/graph.service';
import { healthRouter } from './health/health.router';
import { examplesDocument } from './graphql/examples';
import { langFromAcceptLanguage } from './graphql/lang';
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
}

export interface App {
  express: Express;
  stop(): Promise<void>;
}

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
  // The web component on a course page of another site calls GraphQL from there; the API sends
  // no cookies and reads only, so a cross-origin read without credentials is safe to allow.
  app.use('/graphql', cors({ origin: options.corsOrigins ?? '*', credentials: false, maxAge: 86_400 }));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        scope: new RequestScope({ executor, clock: options.clock, limits: options.limits }),
        lang: langFromAcceptLanguage(req.headers['accept-language']),
      }),
    }),
  );

  // A body that is not JSON gets a GraphQL-shaped 400, not an HTML error page.
  app.use('/graphql', ((error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 400;
    response.status(status).json({
      errors: [{ message: `The request body could not be read as JSON (${error?.type ?? 'malformed'}).`, extensions: { code: 'BAD_REQUEST' } }],
    });
  }) as ErrorRequestHandler);

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

  return { express: app, stop: () => apollo.stop() };
}
