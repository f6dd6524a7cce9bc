import { findFreePort } from '../../neo4j/embedded';
import { startTestApp } from '../support/testApp';

/** With Neo4j unreachable, the API says so clearly and at once, and does not pretend to be ready. */
describe('when the database is down', () => {
  it('answers DATABASE_UNAVAILABLE, and /health/ready says 503', async () => {
    // A free port that nothing listens on stands for a database that is down.
    const { url, close } = await startTestApp({ neo4jUri: `bolt://127.0.0.1:${await findFreePort()}`, log: () => undefined });
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
      await close();
    }
  });
});
