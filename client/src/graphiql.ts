/**
 * The GraphQL IDE served at /graphql: GraphiQL, bundled with the app so that it works where only
 * the app can be reached (a classroom network that blocks other sites, or no network at all).
 * The server adds the worked examples of docs/queries.md to the page (`#worked-examples`); each
 * opens as a tab.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** What the server puts in `#worked-examples`: GraphiQL's own tab definitions. */
type WorkedExamples = NonNullable<GraphiQLProps['defaultTabs']>;

// POST, as GraphiQL expects; the API sends no cookies, so no credentials go with it.
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const examples = JSON.parse(document.getElementById('worked-examples')?.textContent ?? '[]') as WorkedExamples;

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    // Used when this browser has no tabs of its own kept from an earlier visit.
    defaultTabs: examples.length > 0 ? examples : undefined,
    // The schema's documentation, open from the start: the first thing a newcomer needs.
    visiblePlugin: 'Documentation Explorer',
  }),
);
