import fc from 'fast-check';
import { readGraphVersion } from '../../graph-seed/src/seedGraph';
import { buildApiSchema } from '../../server/src/graphql/schema';
import { startServer, type ServerProcess } from '../support/serverProcess';
import { graphCounts, snapshot } from '../support/graphSnapshot';
import { leaksInternals } from '../support/hostileInput';
import { inParallel } from '../support/inParallel';
import { fuzzBatch, type FuzzRequest, type FuzzSamples } from '../support/fuzzRequests';
import { plainRequest } from '../support/plainHttp';
import { TEST_DATABASE, testDriver, testNeo4jUri } from '../support/testApp';

/**
 * Requests sent in all: fast-check draws them in batches of `BATCH`, which go out `CONCURRENCY`
 * at a time, each on a connection of its own (large batches keep the server busy: a small one
 * would wait for its slowest request before the next is drawn).
 */
const REQUESTS = 10_000;
const BATCH = 1_000;
const CONCURRENCY = 25;

interface Outcome {
  status: number;
  /** What is wrong with the answer, if anything. */
  fault?: string;
}

/**
 * The one 5xx that is an answer rather than a failure: oEmbed has a provider say 501 Not
 * Implemented to a format it does not offer (/oembed?format=xml), and consumers rely on it.
 */
const isOembedFormatRefusal = (request: FuzzRequest, status: number) => status === 501 && request.path.startsWith('/oembed?');

/** Sends one drawn request and judges the answer: never 5xx, never an internal error, never internals. */
async function ask(baseUrl: string, request: FuzzRequest): Promise<Outcome> {
  let answer: { status: number; text: string };
  try {
    answer = await plainRequest(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      timeoutMs: 60_000,
    });
  } catch (error) {
    return { status: 0, fault: `no answer: ${error}` };
  }
  const { status, text } = answer;
  if (status >= 500 && !isOembedFormatRefusal(request, status)) return { status, fault: `status ${status}: ${text.slice(0, 300)}` };
  if (text.includes('"INTERNAL_SERVER_ERROR"')) return { status, fault: `internal error: ${text.slice(0, 300)}` };
  if (status >= 400 && leaksInternals(text)) return { status, fault: `shows internals: ${text.slice(0, 300)}` };
  return { status };
}

describe('fuzzing the running server', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer(
      'fuzzed',
      'server/src/main.ts',
      { NEO4J_URI: testNeo4jUri(), SEED_ON_START: 'false', RATE_LIMIT_REQUESTS: '0' },
      '/health/ready',
    );
  }, 240_000);
  afterAll(() => server?.stop());

  it(`answers ${REQUESTS.toLocaleString('en')} generated requests without a 5xx, an internal error or a crash, and changes nothing`, async () => {
    const driver = testDriver();
    try {
      const before = {
        snapshot: await snapshot(driver),
        version: await readGraphVersion(driver, TEST_DATABASE),
        counts: await graphCounts(driver),
      };
      const known = (await (
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `{ institutions(first: 200, filter: { asOf: "2010-01-01" }) { nodes { id names { en ru } } pageInfo { endCursor } }
                      relations(first: 50) { nodes { id } pageInfo { endCursor } } documents { id } graphVersions { version } }`,
          }),
        })
      ).json()) as {
        data: {
          institutions: { nodes: { id: string; names: { en: string; ru: string } }[]; pageInfo: { endCursor: string } };
          relations: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
          documents: { id: string }[];
          graphVersions: { version: string }[];
        };
      };
      const samples: FuzzSamples = {
        ids: [
          'judicial',
          'prosecutorial',
          ...known.data.institutions.nodes.map((node) => node.id),
          ...known.data.relations.nodes.map((node) => node.id),
          ...known.data.documents.map((document) => document.id),
        ],
        words: known.data.institutions.nodes.flatMap((node) => [node.names.en, node.names.ru.split(' ')[0]]),
        cursors: [known.data.institutions.pageInfo.endCursor, known.data.relations.pageInfo.endCursor],
        versions: known.data.graphVersions.map((release) => release.version),
      };

      const statuses = new Map<string, number>();
      const kinds = new Map<string, number>();
      let sent = 0;
      const started = Date.now();
      const rssBefore = server.rssBytes();
      await fc.assert(
        fc.asyncProperty(fuzzBatch(await buildApiSchema(), samples, BATCH), async (requests) => {
          const outcomes = await inParallel(requests, CONCURRENCY, (request) => ask(server.url, request));
          sent += requests.length;
          requests.forEach((request, index) => {
            const status = outcomes[index].status;
            const key = isOembedFormatRefusal(request, status) ? '501 from oEmbed' : `${Math.floor(status / 100)}xx`;
            statuses.set(key, (statuses.get(key) ?? 0) + 1);
            kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
          });
          const faults = outcomes.flatMap((outcome, index) =>
            outcome.fault
              ? [
                  `${requests[index].method} ${requests[index].path.slice(0, 200)} ${String(requests[index].body ?? '').slice(0, 300)}\n  → ${outcome.fault}`,
                ]
              : [],
          );
          if (faults.length > 0) throw new Error(faults.join('\n'));
        }),
        // The failing request is in the message: shrinking the batch would resend it for minutes.
        { numRuns: REQUESTS / BATCH, endOnFailure: true },
      );
      const seconds = (Date.now() - started) / 1000;
      const rssAfter = server.rssBytes();
      const after = {
        snapshot: await snapshot(driver),
        version: await readGraphVersion(driver, TEST_DATABASE),
        counts: await graphCounts(driver),
      };
      const live = await fetch(`${server.url}/health/live`);

      console.log(
        `Fuzzing: ${sent} requests in ${seconds.toFixed(0)} s, ${CONCURRENCY} at a time (${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}); ` +
          `answers ${[...statuses]
            .sort()
            .map(([status, count]) => `${status} ${count}`)
            .join(', ')} (oEmbed's 501 is its answer to a format it does not offer); no other 5xx, no internal error. ` +
          `Server resident memory ${Math.round(rssBefore / 2 ** 20)} MiB before, ${Math.round(rssAfter / 2 ** 20)} MiB after. ` +
          `Graph: ${before.counts.nodes} nodes, ${before.counts.relationships} relationships, version ${before.version} before; ${after.counts.nodes}, ${after.counts.relationships}, ${after.version} after.`,
      );
      expect(sent).toBeGreaterThanOrEqual(REQUESTS);
      expect(live.status).toBe(200);
      // Nothing it was sent surprised it: no error it did not expect was logged.
      expect(server.output()).not.toMatch(/Unexpected error/);
      expect(after).toEqual(before);
    } finally {
      await driver.close();
    }
  }, 1_200_000);
});
