import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../support/serverProcess';
import { DATABASE_DOWN_URI, testNeo4jUri } from '../support/testApp';

/** Listening TCP sockets on `port`, as the kernel lists them: their local addresses. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // Column 1 is address:port, column 3 the state; 0A is LISTEN.
      .filter((columns) => columns[1]?.endsWith(`:${hexPort}`) && columns[3] === '0A')
      .map((columns) => columns[1].split(':')[0]),
  );
}

const IPV4_LOOPBACK = '0100007F';
const IPV4_MAPPED_LOOPBACK = '0000000000000000FFFF00000100007F';

describe('secrets', () => {
  it('are never logged nor sent, whether the password comes from the environment or a file', async () => {
    const secret = `s3cret-${randomBytes(8).toString('hex')}`;
    const passwordFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-secret-')), 'neo4j-password');
    writeFileSync(passwordFile, `${secret}\n`);
    // A database that is down makes the server log and answer errors: the likeliest place for a leak.
    for (const credentials of [{ NEO4J_PASSWORD: secret }, { NEO4J_PASSWORD_FILE: passwordFile }]) {
      const server = await startServer(
        'server',
        'server/src/main.ts',
        { NEO4J_URI: DATABASE_DOWN_URI, NEO4J_USER: 'reader', ...credentials },
        '/health/live',
      );
      try {
        const answers = await Promise.all(
          [
            '/graphql?query=%7Bdocuments%7Bid%7D%7D',
            '/graphql',
            '/health/ready',
            '/',
            '/embed',
            '/kz-legal-graph.js',
            '/export/graph.json',
            '/oembed?url=http%3A%2F%2Flocalhost%2F',
          ].map(async (route) => {
            const response = await fetch(`${server.url}${route}`, { headers: { accept: route === '/graphql' ? 'text/html' : '*/*' } });
            const headers: string[] = [];
            response.headers.forEach((value, name) => headers.push(`${name}: ${value}`));
            return `${route} ${response.status} ${headers.join('\n')} ${await response.text()}`;
          }),
        );
        expect(answers.join('\n')).toContain('DATABASE_UNAVAILABLE');
        expect(answers.filter((answer) => answer.includes(secret))).toEqual([]);
        expect(server.output()).not.toContain(secret);
      } finally {
        await server.stop();
      }
    }
  }, 180_000);

  it('the embedded Neo4j listens on 127.0.0.1 only', () => {
    const addresses = listeningAddresses(Number(new URL(testNeo4jUri()).port));
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect([IPV4_LOOPBACK, IPV4_MAPPED_LOOPBACK]).toContain(address);
  });
});
