import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { QueryExample } from '../../server/src/graphql/examples';
import { asksForTheIde, graphqlIde, type GraphqlIdeOptions } from '../../server/src/http/graphqlIde';

// Which requests to /graphql get the IDE, and what they get: the page with the worked examples,
// or, with introspection off, a page that says why there is no IDE and how to turn it on.

/** What Chromium and Firefox send when the address bar opens a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

const asks = (url: string, headers: IncomingHttpHeaders = { accept: BROWSER_ACCEPT }, method = 'GET') =>
  asksForTheIde({ method, url, headers } as IncomingMessage);

describe('asksForTheIde', () => {
  it('is a browser opening /graphql: a GET without an operation that prefers HTML', () => {
    expect(asks('/graphql')).toBe(true);
    expect(asks('/graphql?operationName=Search')).toBe(true);
  });

  it('is not an operation, nor a client that asks for JSON or anything, nor another path or method', () => {
    expect(asks(`/graphql?query=${encodeURIComponent('{ ontology { graphVersion } }')}`)).toBe(false);
    expect(asks('/graphql', { accept: 'application/json' })).toBe(false);
    expect(asks('/graphql', { accept: '*/*' })).toBe(false);
    expect(asks('/graphql', {})).toBe(false);
    expect(asks('/graphql', { accept: BROWSER_ACCEPT }, 'POST')).toBe(false);
    expect(asks('/graphql/other')).toBe(false);
  });
});

describe('graphqlIde', () => {
  const example = (title: string, variables: Record<string, unknown> = {}): QueryExample => ({
    title,
    query: `query Q { search(text: "senate") { id } }`,
    variables,
    expected: undefined,
  });
  const builtClient = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'graphiql-'));
    writeFileSync(path.join(dir, 'graphiql.html'), '<!doctype html><html><head><title>IDE</title></head><body></body></html>');
    return dir;
  };

  let server: Server | undefined;
  afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));
  async function open(options: GraphqlIdeOptions): Promise<Response> {
    const ide = graphqlIde(options);
    server = createServer((request, response) => void ide(request, response));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
  }

  it('serves the built page with the worked examples as tabs, each titled by its question', async () => {
    const response = await open({
      clientDir: builtClient(),
      introspection: true,
      examples: [example('Who appoints?'), example('A title that says </script><script>alert(1)</script>', { id: 'senate' })],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('vary')).toBe('Accept');
    const html = await response.text();
    // Nothing an example says can end the data block and run as a script.
    expect(html).not.toContain('</script><script>');
    const data = /<script type="application\/json" id="worked-examples">(.*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(data!)).toEqual([
      { query: '# Who appoints?\nquery Q { search(text: "senate") { id } }' },
      {
        query: '# A title that says </script><script>alert(1)</script>\nquery Q { search(text: "senate") { id } }',
        variables: '{\n  "id": "senate"\n}',
      },
    ]);
  });

  it('with introspection off, says there is no IDE, why, and how to turn it on', async () => {
    const response = await open({ clientDir: builtClient(), introspection: false, examples: [example('Who appoints?')] });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('INTROSPECTION=false');
    expect(html).toContain('INTROSPECTION=true');
    expect(html).not.toContain('worked-examples');
  });

  it('says how to build the IDE when it has not been built', async () => {
    const response = await open({ clientDir: mkdtempSync(path.join(tmpdir(), 'unbuilt-')), introspection: true, examples: [] });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
