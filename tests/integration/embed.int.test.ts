import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

/** The oEmbed 1.0 response of type "rich" (oembed.com, section 2.3.4): what consumers rely on. */
const richOembed = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  html: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  title: z.string().optional(),
  provider_name: z.string().optional(),
  provider_url: z.string().url().optional(),
  cache_age: z.number().int().nonnegative().optional(),
});

describe('embedding over HTTP', () => {
  let app: RunningApp;
  let version: string;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
    version = (await postGraphQL<{ ontology: { graphVersion: string } }>(app.url, '{ ontology { graphVersion } }')).data!.ontology
      .graphVersion;
  });
  afterAll(() => app.close());

  it('turns an explorer link into a valid oEmbed answer whose iframe shows the view pinned to the current version', async () => {
    const link = `${app.url}/?focus=prosecutor-general&date=2010-01-01&ui=ru&labels=ru`;
    const response = await fetch(`${app.url}/oembed?url=${encodeURIComponent(link)}&maxwidth=640`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const answer = richOembed.parse(await response.json());
    expect(answer.width).toBeLessThanOrEqual(640);
    const src = new URL(/src="([^"]+)"/.exec(answer.html)![1].replace(/&amp;/g, '&'));
    expect(`${src.origin}${src.pathname}`).toBe(`${app.url}/embed`);
    expect(Object.fromEntries(src.searchParams)).toEqual({ focus: 'prosecutor-general', date: '2010-01-01', labels: 'ru', version });
    expect((await fetch(src)).status).toBe(200);
  });

  it('refuses links of other sites, missing links and formats it does not offer, saying why', async () => {
    const other = await fetch(`${app.url}/oembed?url=${encodeURIComponent('https://example.org/?focus=senate')}`);
    expect(other.status).toBe(404);
    expect((await other.json()).error.message).toContain('is not a view of this site');
    const missing = await fetch(`${app.url}/oembed`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({ parameter: 'url' });
    expect((await fetch(`${app.url}/oembed?format=xml&url=${encodeURIComponent(`${app.url}/`)}`)).status).toBe(501);
    const badDate = await fetch(`${app.url}/oembed?url=${encodeURIComponent(`${app.url}/?date=2010-13`)}`);
    expect(badDate.status).toBe(400);
    expect((await badDate.json()).error).toMatchObject({ parameter: 'date', message: 'date: must be a date as YYYY-MM-DD' });
  });

  it('announces the oEmbed endpoint on every explorer page', async () => {
    const html = await (await fetch(`${app.url}/?focus=senate&date=2010-01-01`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1].replace(/&amp;/g, '&');
    expect(href).toBeDefined();
    const discovered = new URL(href!);
    expect(discovered.searchParams.get('url')).toBe(`${app.url}/?focus=senate&date=2010-01-01`);
    expect(richOembed.safeParse(await (await fetch(discovered)).json()).success).toBe(true);
  });

  it('exports a view as one HTML file with the component and the data inline', async () => {
    const response = await fetch(`${app.url}/export/view.html?focus=senate&depth=1&date=2010-01-01&labels=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?kz-legal-graph-senate-2010-01-01.html"?$/);
    const html = await response.text();
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).toContain('<script type="module">');
    const data = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(html)![1]);
    expect(data.graph).toMatchObject({ asOf: '2010-01-01', version });
    expect(data.graph.elements.nodes.map((node: { data: { id: string } }) => node.data.id)).toContain('senate');
    expect(html).toContain(`version="${version}"`);
  });

  it('says which view parameter is wrong', async () => {
    const response = await fetch(`${app.url}/export/view.html?depth=99`);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({ code: 'BAD_USER_INPUT', parameter: 'depth', message: 'depth: must be 1 to 6' });
    const unknownVersion = await fetch(`${app.url}/export/view.html?version=0123456789abcdef`);
    expect(unknownVersion.status).toBe(400);
    expect((await unknownVersion.json()).error.message).toContain('No graph version "0123456789abcdef"');
  });

  it('may be framed by any site on the embed routes only', async () => {
    for (const route of ['/embed', '/kz-legal-graph.js', '/oembed?url=x']) {
      expect((await fetch(`${app.url}${route}`)).headers.get('content-security-policy')).toContain('frame-ancestors *');
    }
    for (const [route, accept] of [
      ['/', '*/*'],
      ['/?focus=senate', '*/*'],
      ['/graphql', 'text/html'],
    ]) {
      const headers = (await fetch(`${app.url}${route}`, { headers: { accept } })).headers;
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
    // The API's JSON answers are framed by nobody, and load nothing.
    const answer = (await fetch(`${app.url}/graphql?query=%7B__typename%7D`)).headers;
    expect(answer.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(answer.get('x-frame-options')).toBe('DENY');
  });

  it('lets pages of other sites read GraphQL, without credentials', async () => {
    const preflight = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://moodle.example.edu',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://moodle.example.edu', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ontology { graphVersion } }' }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('npm run export:view', () => {
  it('saves the view of an explorer link as one HTML file, and names the problem when no server answers', async () => {
    const run = (args: string[], cwd: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(
          path.resolve(__dirname, '../../node_modules/.bin/tsx'),
          [path.resolve(__dirname, '../../server/src/embed/exportView.cli.ts'), ...args],
          { cwd },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        ),
      );
    const app = await startTestApp({ clock: { today: () => '2026-11-21' } });
    const folder = mkdtempSync(path.join(tmpdir(), 'kz-export-'));
    try {
      const saved = await run([`${app.url}/?focus=senate&date=2010-01-01&labels=en&ui=en`], folder);
      expect(saved).toMatchObject({ code: 0, stdout: expect.stringContaining('kz-legal-graph-senate-2010-01-01.html') });
      const html = readFileSync(path.join(folder, 'kz-legal-graph-senate-2010-01-01.html'), 'utf8');
      expect(html).toContain('<kz-legal-graph focus="senate" date="2010-01-01" labels="en"');
      const named = await run([`${app.url}/?focus=senate`, '--out', 'week3.html'], folder);
      expect(named.code).toBe(0);
      expect(readFileSync(path.join(folder, 'week3.html'), 'utf8')).toContain('<kz-legal-graph focus="senate"');
    } finally {
      await app.close();
    }
    const down = await run(['http://127.0.0.1:9/?focus=senate'], folder);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('No server answers at http://127.0.0.1:9');
  });
});
