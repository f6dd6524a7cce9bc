import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readGraphVersion } from '../../graph-seed/src/seedGraph';
import { REPO_ROOT } from '../../server/src/config';
import { ReadExecutor } from '../../server/src/database/executor';
import { PUBLIC_ERROR_CODES } from '../../server/src/errors';
import { buildApiSchema } from '../../server/src/graphql/schema';
import { graphCounts, snapshot } from '../support/graphSnapshot';
import { INJECTION_PAYLOADS, leaksInternals } from '../support/hostileInput';
import { inParallel } from '../support/inParallel';
import { argumentSites, operationFor, type ArgumentSite } from '../support/schemaSites';
import { postGraphQL, startTestApp, TEST_DATABASE, testDriver, type RunningApp } from '../support/testApp';

/** Every file under `dir`, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

/** The state of the graph that no request may change: everything in it, its version, and its size. */
async function graphState(driver: Driver) {
  return { snapshot: await snapshot(driver), version: await readGraphVersion(driver, TEST_DATABASE), counts: await graphCounts(driver) };
}

/** Whether an answer holds nothing: null, an empty list, or objects whose lists are all empty. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every((inner) => typeof inner !== 'object' || isEmpty(inner));
  return false;
}

describe('read-only by construction', () => {
  it('has no mutations or subscriptions, and refuses them with a clear error', async () => {
    const schema = await buildApiSchema();
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
    const app = await startTestApp();
    try {
      for (const operation of ['mutation { seed }', 'subscription { graph { version } }']) {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation }),
        });
        const body = await response.json();
        expect(response.status).toBe(400);
        expect(body.errors[0]).toMatchObject({
          message: expect.stringMatching(/^This API only reads/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        });
      }
    } finally {
      await app.close();
    }
  });

  it('runs Cypher only through the executor, whose sessions are read sessions', () => {
    const serverSources = filesUnder(path.join(REPO_ROOT, 'server', 'src')).filter((file) => file.endsWith('.ts'));
    const opening = serverSources.filter((file) =>
      /\.session\(|\.executeQuery\(|\.executeWrite\(|\.beginTransaction\(|\.writeTransaction\(|\.run\((?!\))/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(opening.map((file) => path.relative(REPO_ROOT, file))).toEqual(['server/src/database/executor.ts']);
    const executor = readFileSync(path.join(REPO_ROOT, 'server/src/database/executor.ts'), 'utf8');
    // One session per read, in READ mode: Neo4j runs its transactions read-only (next test).
    expect(executor.match(/\.session\(/g)).toHaveLength(1);
    expect(executor).toContain("defaultAccessMode: 'READ'");
    expect(executor).not.toMatch(/executeWrite|'WRITE'|beginTransaction/);
  });

  it('cannot write even when given a write: Neo4j refuses it in the executor’s read transactions', async () => {
    const driver = testDriver();
    try {
      const before = await graphState(driver);
      const executor = new ReadExecutor(driver, TEST_DATABASE);
      const writes = [
        'CREATE (:Injected {by: "executor"})',
        'MATCH (n:Entity {id: "senate"}) SET n.nameEn = "Injected"',
        'MATCH (n:Entity {id: "senate"}) DETACH DELETE n',
        'MERGE (:Injected)',
        'MATCH ()-[r]->() DELETE r',
        'CALL db.createLabel("Injected")',
      ];
      for (const cypher of writes) {
        await expect(executor.read(cypher)).rejects.toMatchObject({
          code: expect.stringMatching(/^Neo\.ClientError\.(Statement\.AccessMode|General\.ForbiddenOnReadOnlyDatabase)/),
        });
      }
      expect(await graphState(driver)).toEqual(before);
    } finally {
      await driver.close();
    }
  });

  describe('Cypher injection in every argument that takes text', () => {
    let app: RunningApp;
    let sites: ArgumentSite[];
    beforeAll(async () => {
      // The cache off: every request reaches the resolvers and the database.
      app = await startTestApp({ responseCache: { enabled: false } });
      const known = await postGraphQL<{
        documents: { id: string }[];
        whoAppoints: { relation: { id: string } }[];
        ontology: { graphVersion: string };
        institutions: { pageInfo: { endCursor: string } };
        relations: { pageInfo: { endCursor: string } };
      }>(
        app.url,
        `{ documents { id } whoAppoints(id: "prosecutor-general", asOf: "2010-01-01") { relation { id } } ontology { graphVersion }
           institutions(first: 1) { pageInfo { endCursor } } relations(first: 1) { pageInfo { endCursor } } }`,
      );
      sites = argumentSites(await buildApiSchema(), {
        entityId: 'prosecutor-general',
        branchId: 'judicial',
        otherEntityId: 'senate',
        documentId: known.data!.documents[0].id,
        relationId: known.data!.whoAppoints[0].relation.id,
        date: '2010-01-01',
        searchText: 'senate',
        graphVersion: known.data!.ontology.graphVersion,
        cursors: { institutions: known.data!.institutions.pageInfo.endCursor, relations: known.data!.relations.pageInfo.endCursor },
      });
    });
    afterAll(() => app.close());

    it('reaches the resolver of every site with a real answer (so that the attempts below reach it too)', async () => {
      expect(sites.length).toBeGreaterThan(40);
      const answers = await inParallel(sites, 8, async (site) => {
        const { query, variables } = operationFor(site, site.sample, 'variable');
        const answer = await postGraphQL(app.url, query, variables);
        // Every field before the site's own answered something to stand on.
        let level: unknown = answer.data;
        for (const step of site.steps.slice(0, -1)) {
          const values = (Array.isArray(level) ? level : [level]).filter((value) => value !== null && value !== undefined);
          level = values.flatMap((value) => (value as Record<string, unknown>)[step.field] ?? []);
          if (isEmpty(level)) break;
        }
        return { site: site.name, errors: answer.errors ?? [], reached: !isEmpty(level) || site.steps.length === 1 };
      });
      expect(answers.filter((answer) => answer.errors.length > 0 || !answer.reached)).toEqual([]);
    });

    it('changes nothing, and answers each attempt with a clear error or an answer, never an internal error', async () => {
      const before = await graphState(app.driver);
      const attempts = sites.flatMap((site) =>
        INJECTION_PAYLOADS.flatMap((payload) => (['variable', 'literal'] as const).map((how) => ({ site, payload, how }))),
      );
      const outcomes = await inParallel(attempts, 8, async ({ site, payload, how }) => {
        const { query, variables } = operationFor(site, payload, how);
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const text = await response.text();
        const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
        const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'none');
        return {
          site: site.name,
          payload: payload.slice(0, 40),
          how,
          status: response.status,
          codes,
          leaks: leaksInternals(text),
          empty: isEmpty(body.data),
        };
      });

      // The same texts in the query strings of the other routes, and as the request's language.
      const routes = [
        '/export/graph.json?asOf=',
        '/export/relations.csv?lang=',
        '/export/view.html?focus=',
        '/export/view.html?date=',
        '/export/view.html?version=',
        '/oembed?url=',
        '/embed?focus=',
      ];
      const httpOutcomes = await inParallel(
        routes.flatMap((route) => INJECTION_PAYLOADS.map((payload) => `${route}${encodeURIComponent(payload)}`)),
        8,
        async (url) => {
          const response = await fetch(`${app.url}${url}`);
          // Only errors are looked at for leaks: a view exported as HTML carries the explorer's code.
          return { url: url.slice(0, 60), status: response.status, leaks: response.status >= 400 && leaksInternals(await response.text()) };
        },
      );
      const languageOutcomes = await inParallel(
        INJECTION_PAYLOADS.filter((payload) => /^[\x20-\x7e]*$/.test(payload)),
        8,
        async (payload) => {
          const answer = await postGraphQL(
            app.url,
            '{ graph(filter: { asOf: "2010-01-01" }) { elements } }',
            {},
            { 'accept-language': payload },
          );
          return { payload, errors: answer.errors ?? [] };
        },
      );
      const after = await graphState(app.driver);

      const byCode = new Map<string, number>();
      for (const outcome of outcomes)
        for (const code of outcome.codes.length > 0 ? outcome.codes : [outcome.empty ? 'empty answer' : 'answer'])
          byCode.set(code, (byCode.get(code) ?? 0) + 1);
      console.log(
        `Cypher injection: ${outcomes.length} GraphQL requests (${sites.length} argument sites × ${INJECTION_PAYLOADS.length} texts × in a variable and in the query), ` +
          `${httpOutcomes.length} to the other routes, ${languageOutcomes.length} as Accept-Language. Outcomes: ${[...byCode].map(([code, count]) => `${code} ${count}`).join(', ')}; ` +
          `other routes by status: ${JSON.stringify(Object.fromEntries([...new Set(httpOutcomes.map((outcome) => outcome.status))].map((status) => [status, httpOutcomes.filter((outcome) => outcome.status === status).length])))}. ` +
          `Graph before and after: ${before.counts.nodes} nodes, ${before.counts.relationships} relationships, version ${before.version}; after: ${after.counts.nodes}, ${after.counts.relationships}, ${after.version}.`,
      );

      expect(after).toEqual(before);
      expect(
        outcomes.filter((outcome) => outcome.status >= 500 || outcome.leaks || outcome.codes.some((code) => !PUBLIC_ERROR_CODES.has(code))),
      ).toEqual([]);
      expect(httpOutcomes.filter((outcome) => outcome.status >= 500 || outcome.leaks)).toEqual([]);
      expect(languageOutcomes.filter((outcome) => outcome.errors.length > 0)).toEqual([]);
      // Only search answers such text with data: it looks for the words in it ("OR", "1", "a"),
      // as it should; every other site answers it with an error or nothing.
      expect([
        ...new Set(outcomes.filter((outcome) => outcome.codes.length === 0 && !outcome.empty).map((outcome) => outcome.site)),
      ]).toEqual(['Query.search(text)']);
    }, 600_000);
  });
});
