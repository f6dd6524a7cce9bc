import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ReadExecutor } from '../../server/src/database/executor';
import { QueryTimeoutError } from '../../server/src/errors';
import { rawRequest } from '../support/rawHttp';
import { startTestApp, TEST_DATABASE, testDriver, type RunningApp } from '../support/testApp';
import { waitFor } from '../support/waitFor';

const QUERY = '/graphql?query=' + encodeURIComponent('{ ontology { graphVersion } }');

describe('limits', () => {
  describe('the rate limit', () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp({ http: { rateLimit: { requests: 5, windowSeconds: 60 }, trustProxy: ['loopback'] } });
    });
    afterAll(() => app.close());

    const from = (client: string, path = QUERY, headers: Record<string, string> = {}) =>
      fetch(`${app.url}${path}`, { headers: { 'x-forwarded-for': client, origin: 'https://moodle.example.edu', ...headers } });

    it('answers 429 with Retry-After past the limit, on GraphQL and on every other route, and never to health checks', async () => {
      for (let request = 0; request < 5; request += 1) expect((await from('203.0.113.1')).status).toBe(200);
      const refused = await from('203.0.113.1');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await refused.json()).toMatchObject({
        errors: [
          { message: expect.stringContaining('Too many requests'), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } },
        ],
      });
      // A page of another site can read the refusal, and it carries the same security headers.
      expect(refused.headers.get('access-control-allow-origin')).toBe('*');
      expect(refused.headers.get('x-content-type-options')).toBe('nosniff');

      expect((await from('203.0.113.1', '/export/graph.json?asOf=2010')).status).toBe(429);
      expect((await from('203.0.113.1', '/')).status).toBe(429);
      expect((await from('203.0.113.1', '/health/live')).status).toBe(200);
      expect((await from('203.0.113.1', '/health/ready')).status).toBe(200);
    });

    it('counts each client apart, by the address a trusted proxy reports', async () => {
      expect((await from('203.0.113.2')).status).toBe(200);
    });

    it('believes X-Forwarded-For only from trusted proxies', async () => {
      const direct = await startTestApp({ http: { rateLimit: { requests: 2, windowSeconds: 60 } } });
      try {
        const statuses = [];
        for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
          statuses.push((await fetch(`${direct.url}${QUERY}`, { headers: { 'x-forwarded-for': client } })).status);
        }
        expect(statuses).toEqual([200, 200, 429]);
      } finally {
        await direct.close();
      }
    });
  });

  describe('the request timeout', () => {
    it('answers 408 and closes the connection when the body stops arriving', async () => {
      const app = await startTestApp({ http: { requestTimeoutMs: 1_000 } });
      try {
        const answer = await rawRequest(
          app.url,
          ['POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query": '],
          { waitMs: 30_000 },
        );
        expect(answer.status).toBe(408);
        expect(answer.text).toMatch(/\r\nconnection: close\r\n/i);
        expect(answer.text).toContain('"code":"REQUEST_TIMEOUT"');
      } finally {
        await app.close();
      }
    });

    describe('when the database does not answer at all', () => {
      // A Bolt port that accepts connections and never says a word: the slowest database there is.
      let blackHole: Server;
      const sockets: Socket[] = [];
      let app: RunningApp;
      const logged: unknown[] = [];
      const dropped: string[] = [];
      beforeAll(async () => {
        blackHole = createServer((socket) => sockets.push(socket));
        await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
        app = await startTestApp({
          neo4jUri: `bolt://127.0.0.1:${(blackHole.address() as AddressInfo).port}`,
          responseCache: { enabled: false },
          http: { requestTimeoutMs: 1_000 },
          log: (message, error) => logged.push([message, error]),
          onDroppedAnswer: (path) => dropped.push(path),
        });
      });
      afterAll(async () => {
        await app.close();
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => blackHole.close(resolve));
      });

      it('answers 503 REQUEST_TIMEOUT on GraphQL and on the other routes, and drops the late answer quietly', async () => {
        for (const path of [QUERY, '/export/graph.json?asOf=2010', '/health/ready']) {
          const response = await fetch(`${app.url}${path}`);
          expect([path, response.status]).toEqual([path, 503]);
          const body = await response.json();
          if (path !== '/health/ready') expect(body).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_TIMEOUT' } }] });
        }
        // The driver gives up on the database after its own timeouts (5 s); the answer that comes
        // then finds the request answered, and is dropped without an attempt to send it.
        const paths = ['/graphql', '/export/graph.json', '/health/ready'];
        await waitFor(() => paths.every((path) => dropped.includes(path)), {
          timeoutMs: 30_000,
          what: `the late answers to ${paths.join(', ')} to be dropped`,
        });
        expect(
          logged.filter((entry) =>
            /ERR_HTTP_HEADERS_SENT|ERR_STREAM_WRITE_AFTER_END|headers after they are sent/.test(String((entry as unknown[])[1])),
          ),
        ).toEqual([]);
        expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
      });
    });
  });

  it('ends a query that runs past the Neo4j transaction timeout with QUERY_TIMEOUT', async () => {
    const driver = testDriver();
    try {
      const executor = new ReadExecutor(driver, TEST_DATABASE, undefined, undefined, 500);
      const slow = executor.read('UNWIND range(1, 10000000000) AS x RETURN count(x) AS n');
      await expect(slow).rejects.toBeInstanceOf(QueryTimeoutError);
      await expect(slow).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    } finally {
      await driver.close();
    }
  });

  it('refuses a body larger than the configured limit with 413, and reads one within it', async () => {
    const app = await startTestApp({ http: { maxBodyBytes: 2_048 } });
    try {
      const post = (padding: number) =>
        fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ ontology { graphVersion } }', padding: 'x'.repeat(padding) }),
        });
      const tooLarge = await post(3_000);
      expect(tooLarge.status).toBe(413);
      expect((await tooLarge.json()).errors[0].message).toContain('2 KB');
      expect((await post(1_000)).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers introspection unless it is turned off, and then shows no IDE but says why', async () => {
    const introspect = async (app: RunningApp) =>
      (await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __schema { queryType { name } } }')}`)).json() as Promise<{
        data?: unknown;
        errors?: { extensions: { code: string } }[];
      }>;
    const open = await startTestApp();
    const closed = await startTestApp({ introspection: false });
    try {
      expect((await introspect(open)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await introspect(closed)).errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const ide = (app: RunningApp) => fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
      expect((await ide(open)).status).toBe(200);
      const hidden = await ide(closed);
      expect(hidden.status).toBe(404);
      expect(await hidden.text()).toMatch(/does not answer schema introspection[\s\S]*INTROSPECTION=true/);
    } finally {
      await open.close();
      await closed.close();
    }
  });
});

describe('security headers', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ http: { maxBodyBytes: 1_024 } });
  });
  afterAll(() => app.close());

  const csp = (headers: Headers) =>
    Object.fromEntries(
      (headers.get('content-security-policy') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );

  it('gives the explorer a Content-Security-Policy that lets only this site run scripts, and frame it', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(csp(response.headers)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'frame-ancestors': "'self'",
    });
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('lets any site frame the embed routes, and only them', async () => {
    const response = await fetch(`${app.url}/embed?focus=senate`);
    expect(csp(response.headers)).toMatchObject({ 'script-src': "'self'", 'frame-ancestors': '*' });
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(csp((await fetch(`${app.url}/export/graph.json?asOf=2010`)).headers)['frame-ancestors']).toBe("'self'");
  });

  it('sends X-Content-Type-Options and Referrer-Policy on every answer, errors included, on both paths', async () => {
    const answers = [
      await fetch(`${app.url}/`),
      await fetch(`${app.url}${QUERY}`),
      await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } }),
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ontology }', padding: 'x'.repeat(2_000) }),
      }),
      await fetch(`${app.url}/export/graph.json?asOf=never`),
      await fetch(`${app.url}/%E0%A4%A`),
      await fetch(`${app.url}/health/live`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 413, 400, 400, 200]);
    for (const answer of answers) {
      expect([answer.url, answer.headers.get('x-content-type-options'), answer.headers.get('referrer-policy')]).toEqual([
        answer.url,
        'nosniff',
        'no-referrer',
      ]);
      expect(answer.headers.get('content-security-policy')).toContain('frame-ancestors');
    }
  });

  it('answers a malformed URL with a short JSON error, not a stack trace', async () => {
    const response = await fetch(`${app.url}/%E0%A4%A`);
    expect(await response.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'Bad Request' } });
  });
});
