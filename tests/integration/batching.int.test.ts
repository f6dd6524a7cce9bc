import { SCENARIOS } from '../bench/scenarios';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

/** No N+1: a list with nested relations and appointments costs a handful of queries, not one per item. */
describe('database round trips', () => {
  let app: RunningApp;
  const queries: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2010-01-01' }, onDatabaseQuery: (cypher) => queries.push(cypher) });
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
    // The resolvers' own round trips; the graph version, read after an answer and polled, apart.
    expect(queries.filter((cypher) => !cypher.startsWith('MATCH (m:GraphMeta')).length).toBeLessThanOrEqual(10);
  });

  describe('without the response cache', () => {
    let uncached: RunningApp;
    const asked: string[] = [];
    beforeAll(async () => {
      uncached = await startTestApp({ responseCache: { enabled: false }, onDatabaseQuery: (cypher) => asked.push(cypher) });
    });
    afterAll(() => uncached.close());

    // One query per question, which also reads the graph's version after its data: an answer needs
    // no read of the version of its own. A neighbourhood two relations deep walks its first ring first.
    const expected = { whoAppoints: 1, neighborhood: 2, path: 1, search: 1, graph: 1 };
    it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
      '%s: as few queries as the question has steps',
      async (name, scenario) => {
        // The first answer of the app reads the version it starts from.
        await postGraphQL(uncached.url, scenario.query, scenario.variables);
        asked.length = 0;
        const { data, errors } = await postGraphQL(uncached.url, scenario.query, scenario.variables);
        expect(errors).toBeUndefined();
        expect(JSON.stringify(data)).toContain(scenario.mustMention);
        expect(asked).toHaveLength(expected[name]);
      },
    );
  });
});
