import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import Negotiator from 'negotiator';
import type { QueryExample } from '../graphql/examples';

/** What a GraphQL client asks for, and what a browser's address bar prefers to both. */
const ANSWER_TYPES = ['application/json', 'application/graphql-response+json', 'text/html'];

/**
 * Whether a request is a browser opening the IDE: a GET of /graphql that carries no operation and
 * prefers HTML to JSON, as a browser's address bar does (fetch, curl and GraphQL clients do not).
 */
export function asksForTheIde(request: IncomingMessage): boolean {
  // Asked first because it is one string search that rules out every API request, which is what
  // this address answers thousands of times a second.
  if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return false;
  const url = request.url ?? '';
  const search = url.indexOf('?');
  if ((search < 0 ? url : url.slice(0, search)) !== '/graphql') return false;
  if (search >= 0 && new URLSearchParams(url.slice(search)).has('query')) return false;
  return new Negotiator(request).mediaType(ANSWER_TYPES) === 'text/html';
}

export interface GraphqlIdeOptions {
  /** The built client (client/dist), which holds the IDE's page, graphiql.html. */
  clientDir: string;
  /** Without introspection the IDE can neither show the schema's documentation nor complete a query. */
  introspection: boolean;
  /** Opened as tabs, the first one active. */
  examples: QueryExample[];
}

const INTROSPECTION_OFF_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The GraphQL IDE is off</title>
  </head>
  <body>
    <h1>The GraphQL IDE is off</h1>
    <p>
      This server does not answer schema introspection (it was started with
      <code>INTROSPECTION=false</code>), and the IDE needs it to show the schema's documentation and
      to complete queries, so the IDE is not served.
    </p>
    <p>
      GraphQL itself still answers at this address, by GET (<code>/graphql?query=…</code>) and by
      POST. To use the IDE, start the server with <code>INTROSPECTION=true</code> (the default).
    </p>
  </body>
</html>
`;

/**
 * The GraphQL IDE (GraphiQL, built into client/dist with the explorer) for browsers at /graphql,
 * with the worked examples as tabs. Everything it loads comes from this server, so it works where
 * nothing else can be reached. When introspection is off, a page that says so and how to turn it on.
 */
export function graphqlIde(options: GraphqlIdeOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const page = path.join(options.clientDir, 'graphiql.html');
  const tabs = options.examples.map((example) => ({
    query: `# ${example.title}\n${example.query}`,
    variables: Object.keys(example.variables).length > 0 ? JSON.stringify(example.variables, null, 2) : undefined,
  }));
  // A data block, which no Content-Security-Policy forbids (it never runs); `<` escaped so that no
  // text of an example can end the element.
  const examplesElement = `<script type="application/json" id="worked-examples">${JSON.stringify(tabs).replace(/</g, '\\u003c')}</script>`;

  return async (_request, response) => {
    // The same address answers JSON to other clients; the page is small, and asked for rarely.
    response.appendHeader('vary', 'Accept');
    response.setHeader('cache-control', 'no-cache');
    if (!options.introspection) return send(response, 404, 'text/html', INTROSPECTION_OFF_PAGE);
    let html: string;
    try {
      html = await readFile(page, 'utf8');
    } catch {
      return send(response, 503, 'text/plain', 'The GraphQL IDE has not been built yet: run `npm run build`, then reload.');
    }
    send(response, 200, 'text/html', html.replace('</head>', `  ${examplesElement}\n  </head>`));
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  // Answered already: the request timed out.
  if (response.headersSent) return;
  response.statusCode = status;
  response.setHeader('content-type', `${type}; charset=utf-8`);
  response.end(body);
}
