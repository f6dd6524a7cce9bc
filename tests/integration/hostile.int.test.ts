import { Lexer, Source, TokenKind } from 'graphql';
import { startServer, type ServerProcess } from '../support/serverProcess';
import { leaksInternals } from '../support/hostileInput';
import { inParallel } from '../support/inParallel';
import { rawRequest } from '../support/rawHttp';
import { testNeo4jUri } from '../support/testApp';

/** The server's own bound on any answer, set low here so that a test of it is short. */
const REQUEST_TIMEOUT_MS = 5_000;
/** The client gives up much later: an answer that has not come by then has hung. */
const CLIENT_DEADLINE_MS = REQUEST_TIMEOUT_MS + 55_000;
const MAX_TOKENS = 1_000;

interface Answer {
  status: number;
  text: string;
}

/** What a hostile request must get: a 4xx, an answer with GraphQL errors, or (for a question that is merely big) an answer. */
type Expected = '4xx' | 'graphql error' | 'answer';

interface HostileCase {
  name: string;
  expected: Expected;
  send(url: string): Promise<Answer>;
}

const tokens = (query: string) => {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
};

/** `unit` repeated as often as fits in `budget` tokens inside `wrap`. */
function fill(unit: string, wrap: (inner: string) => string, budget: number): string {
  let times = 1;
  while (tokens(wrap(unit.repeat(times + 1))) <= budget) times += 1;
  return wrap(unit.repeat(times));
}

async function send(url: string, init: RequestInit & { path?: string } = {}): Promise<Answer> {
  const response = await fetch(`${url}${init.path ?? '/graphql'}`, { ...init, signal: AbortSignal.timeout(CLIENT_DEADLINE_MS) });
  return { status: response.status, text: await response.text() };
}

const postJson =
  (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  (url: string) =>
    send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const postQuery = (query: string, variables: Record<string, unknown> = {}) => postJson(JSON.stringify({ query, variables }));

const nestedRelations = (levels: number) =>
  `${'relations(asOf: "2010") { from { ... on Institution { '.repeat(levels)}id${' } } }'.repeat(levels)}`;

const CASES: HostileCase[] = [
  { name: 'nesting 40 levels deep', expected: '4xx', send: postQuery(`{ institution(id: "senate") { ${nestedRelations(40)} } }`) },
  {
    name: 'nesting hidden in fragments',
    expected: '4xx',
    send: postQuery(
      `{ institution(id: "senate") { ...F0 } } ${Array.from({ length: 20 }, (_, level) => `fragment F${level} on Institution { relations { from { ... on Institution { ${level < 19 ? `...F${level + 1}` : 'id'} } } } }`).join(' ')}`,
    ),
  },
  {
    name: '500 aliases',
    expected: '4xx',
    send: postQuery(`{ ${Array.from({ length: 500 }, (_, index) => `a${index}: graph { version }`).join(' ')} }`),
  },
  {
    name: '16 aliases of the whole graph (within the token limit)',
    expected: '4xx',
    send: postQuery(
      `{ ${Array.from({ length: 16 }, (_, index) => `a${index}: graph(filter: { asOf: "${1990 + index}" }) { elements }`).join(' ')} }`,
    ),
  },
  {
    name: 'fragment bomb (each fragment spreads the last twice, 2^30 fields)',
    expected: '4xx',
    send: postQuery(
      `{ ...F30 } fragment F0 on Query { ontology { graphVersion } } ${Array.from({ length: 30 }, (_, index) => `fragment F${index + 1} on Query { ...F${index} ...F${index} }`).join(' ')}`,
    ),
  },
  { name: 'fragment cycle', expected: '4xx', send: postQuery('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }') },
  {
    name: '60 directives on one field',
    expected: '4xx',
    send: postQuery(`{ ontology ${'@include(if: true) '.repeat(60)} { graphVersion } }`),
  },
  {
    name: 'one field repeated past the token limit',
    expected: '4xx',
    send: postQuery(`{ ${'ontology { graphVersion } '.repeat(MAX_TOKENS)} }`),
  },
  // graphql-js compares repeated fields pairwise while validating: the token limit is what bounds it.
  {
    name: 'one field repeated up to the token limit',
    expected: 'answer',
    send: postQuery(fill('ontology { relationKinds { id } } ', (inner) => `{ ${inner} }`, MAX_TOKENS)),
  },
  {
    name: 'a list 3,000 levels deep in the query',
    expected: '4xx',
    send: postQuery(`{ neighborhood(id: "senate", types: ${'['.repeat(3000)}APPOINTS${']'.repeat(3000)}) { asOf } }`),
  },
  {
    name: 'a list 40,000 levels deep in the variables',
    expected: '4xx',
    send: postJson(
      `{"query":"query($types: [RelationType!]) { neighborhood(id: \\"senate\\", types: $types) { asOf } }","variables":{"types":${'['.repeat(40_000)}${']'.repeat(40_000)}}}`,
    ),
  },
  {
    name: 'a list of 9,000 relation types',
    expected: 'answer',
    send: postQuery('query($types: [RelationType!]) { neighborhood(id: "senate", types: $types) { asOf } }', {
      types: Array(9_000).fill('APPOINTS'),
    }),
  },
  {
    name: 'a list of 9,000 unknown branch ids',
    expected: 'answer',
    send: postQuery('query($branches: [ID!]) { institutions(filter: { branches: $branches }) { totalCount } }', {
      branches: Array.from({ length: 9_000 }, (_, index) => `b${index}`),
    }),
  },
  {
    name: 'a list of 20,000 relation types (past the body limit)',
    expected: '4xx',
    send: postQuery('query($types: [RelationType!]) { neighborhood(id: "senate", types: $types) { asOf } }', {
      types: Array(20_000).fill('APPOINTS'),
    }),
  },
  {
    name: 'a 90,000-character id',
    expected: 'graphql error',
    send: postQuery('query($id: ID!) { whoAppoints(id: $id) { validFrom } }', { id: 'x'.repeat(90_000) }),
  },
  {
    name: 'a 90,000-character search',
    expected: 'graphql error',
    send: postQuery('query($text: String!) { search(text: $text) { score } }', { text: 'a '.repeat(45_000) }),
  },
  {
    name: 'a 90,000-character cursor',
    expected: 'graphql error',
    send: postQuery('query($after: String) { relations(after: $after) { totalCount } }', { after: 'Q'.repeat(90_000) }),
  },
  {
    name: 'a 90,000-character graph version',
    expected: 'graphql error',
    send: postQuery('query($version: String) { graph(filter: { version: $version }) { version } }', { version: 'v'.repeat(90_000) }),
  },
  {
    name: 'a body of 200 KB',
    expected: '4xx',
    send: postJson(JSON.stringify({ query: '{ documents { id } }', padding: 'x'.repeat(200_000) })),
  },
  {
    name: 'a body of 200 KB sent in chunks, without a length',
    expected: '4xx',
    send: (url) =>
      rawRequest(
        url,
        [
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
          ...Array.from({ length: 50 }, () => `1000\r\n${'x'.repeat(4096)}\r\n`),
          '0\r\n\r\n',
        ],
        { waitMs: CLIENT_DEADLINE_MS },
      ),
  },
  {
    name: 'two operations batched in an array',
    expected: '4xx',
    send: postJson(JSON.stringify([{ query: '{ documents { id } }' }, { query: '{ ontology { graphVersion } }' }])),
  },
  { name: 'JSON cut short', expected: '4xx', send: postJson('{"query": "{ ontology ') },
  { name: 'JSON that is a number', expected: '4xx', send: postJson('42') },
  { name: 'JSON that is null', expected: '4xx', send: postJson('null') },
  { name: 'JSON with a query that is not a string', expected: '4xx', send: postJson('{"query": {"$ne": null}}') },
  {
    name: 'JSON with variables that are a string',
    expected: '4xx',
    send: postJson('{"query": "{ documents { id } }", "variables": "{}"}'),
  },
  {
    name: 'text/plain',
    expected: '4xx',
    send: (url) => send(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ documents { id } }"}' }),
  },
  {
    name: 'a form',
    expected: '4xx',
    send: (url) =>
      send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7B%20documents%20%7B%20id%20%7D%20%7D',
      }),
  },
  {
    name: 'multipart',
    expected: '4xx',
    send: (url) =>
      send(url, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ documents { id } }\r\n--x--',
      }),
  },
  {
    name: 'application/graphql',
    expected: '4xx',
    send: (url) => send(url, { method: 'POST', headers: { 'content-type': 'application/graphql' }, body: '{ documents { id } }' }),
  },
  {
    name: 'no content type',
    expected: '4xx',
    send: (url) => send(url, { method: 'POST', body: new Uint8Array(Buffer.from('{"query":"{ documents { id } }"}')) }),
  },
  { name: 'a body said to be gzip', expected: '4xx', send: postJson('{"query":"{ documents { id } }"}', { 'content-encoding': 'gzip' }) },
  {
    name: 'invalid UTF-8',
    expected: '4xx',
    send: postJson(
      new Uint8Array([...Buffer.from('{"query":"{ search(text: \\"'), 0xff, 0xfe, 0xc3, 0x28, ...Buffer.from('\\") { score } }"}')]),
    ),
  },
  { name: 'a lone surrogate, escaped', expected: '4xx', send: postJson('{"query":"{ search(text: \\"\\ud800\\") { score } }"}') },
  { name: 'NUL characters in the query', expected: '4xx', send: postJson(JSON.stringify({ query: '{ documents\u0000 { id } }' })) },
  {
    name: 'PUT',
    expected: '4xx',
    send: (url) =>
      send(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { id } }' }),
      }),
  },
  { name: 'DELETE', expected: '4xx', send: (url) => send(url, { method: 'DELETE' }) },
  {
    name: 'a mutation by GET',
    expected: '4xx',
    send: (url) => send(url, { path: `/graphql?query=${encodeURIComponent('mutation { seed }')}` }),
  },
  {
    name: 'GET with variables that are not JSON',
    expected: '4xx',
    send: (url) => send(url, { path: `/graphql?query=${encodeURIComponent('{ documents { id } }')}&variables=%7Bnot` }),
  },
  { name: 'GET with bytes that are not UTF-8', expected: '4xx', send: (url) => send(url, { path: '/graphql?query=%7B%20%FF%FE%20%7D' }) },
  { name: 'GET with a URL of 20 KB', expected: '4xx', send: (url) => send(url, { path: `/graphql?query=${'x'.repeat(20_000)}` }) },
  {
    name: '300 headers',
    expected: '4xx',
    send: (url) =>
      send(url, {
        path: '/graphql?query=%7Bdocuments%7Bid%7D%7D',
        headers: Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`x-h${index}`, 'y'.repeat(100)])),
      }),
  },
  {
    name: 'a request line that is not HTTP',
    expected: '4xx',
    send: (url) => rawRequest(url, ['GARBAGE /graphql NOT-HTTP\r\n\r\n'], { waitMs: CLIENT_DEADLINE_MS }),
  },
  { name: 'a path that is not percent-encoded properly', expected: '4xx', send: (url) => send(url, { path: '/%E0%A4%A' }) },
  {
    name: 'an export asked for with broken parameters',
    expected: '4xx',
    send: (url) => send(url, { path: '/export/graph.json?asOf=%E0%A4%A&lang=xx' }),
  },
  {
    name: 'a body that stops half-way (the request timeout)',
    expected: '4xx',
    send: (url) =>
      rawRequest(
        url,
        ['POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query": "{ docu'],
        { waitMs: CLIENT_DEADLINE_MS },
      ),
  },
];

/** Whether an answer is what the case expects: a 4xx, a GraphQL error, or a GraphQL answer. */
function meets(answer: Answer, expected: Expected): boolean {
  if (expected === '4xx') return answer.status >= 400 && answer.status < 500;
  if (answer.status !== 200) return false;
  const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
  return expected === 'graphql error' ? (body.errors?.length ?? 0) > 0 : body.data !== undefined && body.errors === undefined;
}

describe('hostile GraphQL', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer(
      'hostile',
      'server/src/main.ts',
      {
        NEO4J_URI: testNeo4jUri(),
        SEED_ON_START: 'false',
        RATE_LIMIT_REQUESTS: '0',
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        NEO4J_TRANSACTION_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS - 1_000),
        MAX_QUERY_TOKENS: String(MAX_TOKENS),
      },
      '/health/ready',
    );
  }, 240_000);
  afterAll(() => server?.stop());

  it('answers each attack with a 4xx or a GraphQL error, in production words, within the request timeout', async () => {
    const results = [];
    for (const hostile of CASES) {
      const started = Date.now();
      const answer = await hostile.send(server.url);
      results.push({
        name: hostile.name,
        expected: hostile.expected,
        status: answer.status,
        ms: Date.now() - started,
        met: meets(answer, hostile.expected),
        leaks: leaksInternals(answer.text),
      });
    }
    console.log(
      `Hostile requests, one at a time:\n${results.map((result) => `  ${result.status} in ${result.ms} ms (${result.expected}): ${result.name}`).join('\n')}`,
    );
    expect(results.filter((result) => !result.met || result.leaks)).toEqual([]);
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
  }, 600_000);

  it('keeps its memory bounded and keeps answering while every attack is sent 20 times over, 16 at a time', async () => {
    const rssBefore = server.rssBytes();
    const rounds = Array.from({ length: 20 }, () => CASES).flat();
    const answers = await inParallel(rounds, 16, async (hostile) => ({ hostile, answer: await hostile.send(server.url) }));
    const rssAfter = server.rssBytes();
    const failures = answers.filter(({ hostile, answer }) => !meets(answer, hostile.expected));
    console.log(
      `Hostile requests, ${answers.length} with 16 at a time: ${answers.length - failures.length} answered as expected; resident memory ${Math.round(rssBefore / 2 ** 20)} MiB before, ${Math.round(rssAfter / 2 ** 20)} MiB after.`,
    );
    expect(failures.map(({ hostile, answer }) => `${hostile.name}: ${answer.status}`)).toEqual([]);
    // Generous: what matters is that it does not grow with what is sent (each round sends ~1 MB).
    expect(rssAfter).toBeLessThan(rssBefore + 256 * 2 ** 20);
    const health = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ ontology { graphVersion } }')}`);
    expect(health.status).toBe(200);
    expect(server.output()).not.toMatch(/Unexpected error/);
  }, 600_000);
});
