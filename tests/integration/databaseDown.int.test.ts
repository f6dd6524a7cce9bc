import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createDriver } from '../../neo4j/connect';
import { findFreePort } from '../../neo4j/embedded';
import { createApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';

/** With Neo4j unreachable, the API says so clearly and at once, and does not pretend to be ready. */
describe('when the database is down', () => {
  it('answers DATABASE_UNAVAILABLE, and /health/ready says 503', async () => {
    // A free port that nothing listens on stands for a database that is down.
    const driver = createDriver(`bolt://127.0.0.1:${await findFreePort()}`, { user: 'neo4j' });
    const app = await createApp({
      driver,
      database: 'neo4j',
      clock: { today: () => '2026-11-21' },
      limits: loadConfig({}).limits,
      clientDir: path.resolve(__dirname, '../../client/dist'),
      development: false,
      log: () => undefined,
    });
    const server = app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ whoAppoints(id: "prosecutor-general") { appointer { id } } }' }),
      });
      const body = await response.json();
      expect(body.errors[0]).toMatchObject({
        message: 'The graph database is not answering right now. Try again in a moment.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
      expect(JSON.stringify(body)).not.toMatch(/bolt:|Neo4jError|ServiceUnavailable|stack/i);
      expect((await fetch(`${url}/health/ready`)).status).toBe(503);
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await driver.close();
    }
  });
});
