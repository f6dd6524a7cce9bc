import { startTestApp, type RunningApp } from '../support/testApp';

/** The GraphQL over HTTP specification, as a client without Apollo's conventions would use it. */
describe('GraphQL over HTTP', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
  });
  afterAll(() => app.close());

  const QUERY = '{ institution(id: "senate") { id names { en } } }';

  it('answers a query sent by GET, with no special headers', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent(QUERY)}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { institution: { id: 'senate', names: { en: 'Senate' } } } });
  });

  it('answers a POST in application/json when the client accepts it', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('says 400 with a GraphQL error for a body that is not JSON, and for a query that does not parse', async () => {
    const malformed = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    const unparsable = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ institution(')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(unparsable.status).toBe(400);
    expect((await unparsable.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses batched operations and queries nested deeper than the configured limit', async () => {
    const batch = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: QUERY }, { query: QUERY }]),
    });
    expect(batch.status).toBe(400);
    const nested = 'relations { from { ... on Institution { '.repeat(8) + 'id' + ' } } }'.repeat(8);
    const deep = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ institution(id: "senate") { ${nested} } }` }),
    });
    const body = await deep.json();
    expect(deep.status).toBe(400);
    expect(body.errors[0].message).toMatch(/depth|cost/i);
  });

  it('offers a GraphQL IDE to a browser at /graphql, loaded from this server alone, and leads /graphiql there', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="worked-examples"');
    // Every script and style is this site's: no address names another.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g))
      expect((await fetch(`${app.url}${asset}`)).status).toBe(200);
    const redirect = await fetch(`${app.url}/graphiql`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/graphql']);
  });
});
