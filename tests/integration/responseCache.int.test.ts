import { seedGraph } from '../../graph-seed/src/seedGraph';
import { loadOntology } from '../../ontology/src';
import { loadQueryExamples } from '../../server/src/graphql/examples';
import { SCENARIOS } from '../bench/scenarios';
import { copyOntology, editFile } from '../support/ontologyCopy';
import { waitFor } from '../support/waitFor';
import { driverRestoringTheGraph, startTestApp, TEST_DATABASE, type RunningApp } from '../support/testApp';

const TODAY = { today: () => '2026-11-21' };
const OPERATIONS = [
  ...loadQueryExamples().map((example) => ({ name: example.title, query: example.query, variables: example.variables })),
  ...SCENARIOS.map((scenario) => ({ name: `benchmark: ${scenario.description}`, query: scenario.query, variables: scenario.variables })),
];

interface Sent {
  status: number;
  type: string | null;
  body: string;
  headers: Headers;
}

async function post(url: string, operation: { query: string; variables: Record<string, unknown> }, lang = 'en'): Promise<Sent> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text(), headers: response.headers };
}

const getUrl = (url: string, operation: { query: string; variables: Record<string, unknown> }) =>
  `${url}/graphql?query=${encodeURIComponent(operation.query)}&variables=${encodeURIComponent(JSON.stringify(operation.variables))}`;

async function get(
  url: string,
  operation: { query: string; variables: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<Sent> {
  const response = await fetch(getUrl(url, operation), { headers });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text(), headers: response.headers };
}

/** Asks until `done` holds: a seed by another process is noticed by polling the graph version. */
const eventually = <T>(what: string, ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> =>
  waitFor(
    async () => {
      const answer = await ask();
      return done(answer) ? answer : null;
    },
    { timeoutMs: 10_000, what },
  );

describe('answers kept by graph version', () => {
  let cached: RunningApp;
  let uncached: RunningApp;
  const queries: string[] = [];
  beforeAll(async () => {
    cached = await startTestApp({ clock: TODAY, onDatabaseQuery: (cypher) => queries.push(cypher), responseCache: { versionPollMs: 100 } });
    uncached = await startTestApp({ clock: TODAY, responseCache: { enabled: false } });
  });
  afterAll(async () => {
    await cached.close();
    await uncached.close();
  });

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    'are the answers given without the cache: %s',
    async (_name, operation) => {
      for (const lang of ['en', 'kk']) {
        const fresh = await post(uncached.url, operation, lang);
        expect(fresh.status).toBe(200);
        const [first, second] = [await post(cached.url, operation, lang), await post(cached.url, operation, lang)];
        for (const answer of [first, second])
          expect([answer.status, answer.type, answer.body]).toEqual([fresh.status, fresh.type, fresh.body]);
      }
      const freshGet = await get(uncached.url, operation);
      const [firstGet, secondGet] = [await get(cached.url, operation), await get(cached.url, operation)];
      for (const answer of [firstGet, secondGet])
        expect([answer.status, answer.type, answer.body]).toEqual([freshGet.status, freshGet.type, freshGet.body]);
    },
  );

  it('answers a question asked before from memory, without asking the database', async () => {
    const operation = { query: '{ whoAppoints(id: "prosecutor-general", asOf: "2012-03-04") { appointer { id } } }', variables: {} };
    await post(cached.url, operation);
    queries.length = 0;
    const again = await post(cached.url, operation);
    expect(JSON.parse(again.body).data.whoAppoints[0].appointer.id).toBe('president');
    // The watcher's poll of the version (every 100 ms here) may fall in between; nothing else may.
    expect(queries.filter((cypher) => !cypher.startsWith('MATCH (m:GraphMeta'))).toEqual([]);
  });

  it('sends a kept GET answer with the very headers it was first sent with, for each origin', async () => {
    const operation = { query: '{ whoAppoints(id: "chair-of-senate", asOf: "2012-03-04") { appointer { id } } }', variables: {} };
    const headersOf = (sent: Sent) => {
      const sentHeaders: [string, string][] = [];
      sent.headers.forEach((value, name) => name !== 'date' && sentHeaders.push([name, value]));
      return sentHeaders;
    };
    const origins: Record<string, string>[] = [{}, { origin: 'https://moodle.example.edu' }];
    for (const origin of origins) {
      const first = await get(cached.url, operation, origin);
      queries.length = 0;
      const again = await get(cached.url, operation, origin);
      expect(queries.filter((cypher) => !cypher.startsWith('MATCH (m:GraphMeta'))).toEqual([]);
      expect([again.status, again.body]).toEqual([first.status, first.body]);
      expect(headersOf(again)).toEqual(headersOf(first));
      expect(again.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)));
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
      expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('asks the database again for answers with errors: nothing wrong is kept', async () => {
    const operation = { query: '{ whoAppoints(id: "prosecutor-generl") { appointer { id } } }', variables: {} };
    expect(JSON.parse((await post(cached.url, operation)).body).errors[0].extensions.code).toBe('NOT_FOUND');
    queries.length = 0;
    expect(JSON.parse((await post(cached.url, operation)).body).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(queries.length).toBeGreaterThan(0);
  });

  it('lets browsers and CDNs keep GET answers: ETag, Cache-Control and Vary, and 304 when nothing changed', async () => {
    const operation = { query: '{ institution(id: "senate") { id name } }', variables: {} };
    const first = await get(cached.url, operation);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toMatch(/Accept-Language/);
    // As a browser revalidates (fetch alone would add "no-cache", which asks for the whole answer).
    const revalidated = await get(cached.url, operation, { 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
    // The same question in another language is another answer, with another tag.
    const russian = await get(cached.url, operation, { 'accept-language': 'ru' });
    expect(JSON.parse(russian.body).data.institution.name).toBe('Сенат');
    expect(russian.headers.get('etag')).not.toBe(etag);
    // A POST is not for shared caches.
    expect((await post(cached.url, operation)).headers.get('cache-control')).toBe('no-store');
  });

  describe('after a seed that changes the graph', () => {
    const driver = driverRestoringTheGraph();

    it('answers from the new graph, and from the old one again after the old is seeded back', async () => {
      const operation = { query: '{ institution(id: "senate") { name(lang: EN) } }', variables: {} };
      const nameIn = (answer: Sent) => JSON.parse(answer.body).data.institution.name as string;
      const before = await get(cached.url, operation);
      expect(nameIn(before)).toBe('Senate');

      const copy = copyOntology();
      editFile(copy, 'data/state-organs.yaml', 'en: Senate }', 'en: Senate of the Parliament }');
      await seedGraph(driver(), TEST_DATABASE, loadOntology(copy));
      const after = await eventually(
        'the renamed Senate to be answered',
        () => get(cached.url, operation),
        (answer) => nameIn(answer) !== 'Senate',
      );
      expect(nameIn(after)).toBe('Senate of the Parliament');
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
      // A browser holding the old answer is told it changed.
      expect(
        (await get(cached.url, operation, { 'if-none-match': before.headers.get('etag')!, 'cache-control': 'max-age=0' })).status,
      ).toBe(200);

      await seedGraph(driver(), TEST_DATABASE, loadOntology());
      expect(
        nameIn(
          await eventually(
            'the Senate to be answered again',
            () => get(cached.url, operation),
            (answer) => nameIn(answer) === 'Senate',
          ),
        ),
      ).toBe('Senate');
    });
  });
});
