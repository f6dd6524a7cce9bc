import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

/** No N+1: a list with nested relations and appointments costs a handful of queries, not one per item. */
describe('database round trips', () => {
  let app: RunningApp;
  const queries: string[] = [];
  beforeAll(async () => {
    // The resolvers' own round trips: with the response cache on, a miss also reads the graph version twice.
    app = await startTestApp({ clock: { today: () => '2010-01-01' }, onDatabaseQuery: (cypher) => queries.push(cypher), responseCache: { enabled: false } });
  });
  afterAll(() => app.close());

  it('stay a small constant for 50 institutions with their relations and appointers', async () => {
    queries.length = 0;
    const { data, errors } = await postGraphQL<{ institutions: { nodes: { relations: unknown[]; appointedBy: unknown[] }[] } }>(
      app.url,
      `{ institutions(first: 50) { nodes {
          id name
          relations { id type from { id name } to { id name } }
          appointedBy { appointer { id name } consentOf { id } nominatedBy { id } dismissedBy { id } }
        } } }`,
    );
    expect(errors).toBeUndefined();
    const nodes = data!.institutions.nodes;
    expect(nodes).toHaveLength(50);
    expect(nodes.reduce((sum, node) => sum + node.relations.length, 0)).toBeGreaterThan(50);
    expect(nodes.some((node) => node.appointedBy.length > 0)).toBe(true);
    expect(queries.length).toBeLessThanOrEqual(10);
  });
});
