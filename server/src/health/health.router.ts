import { Router } from 'express';
import type { GraphRepository } from '../graph/graph.repository';

/**
 * /health/live: the process answers. /health/ready: Neo4j answers and the graph has been seeded,
 * so the API can give real answers, and the server is not shutting down.
 */
export function healthRouter(repository: GraphRepository, draining: () => boolean): Router {
  const router = Router();
  router.get('/live', (_request, response) => {
    response.json({ status: 'live' });
  });
  router.get('/ready', async (_request, response) => {
    if (draining()) {
      response.status(503).json({ status: 'draining', reason: 'The server is shutting down.' });
      return;
    }
    try {
      const graphVersion = await repository.graphVersion();
      if (!graphVersion) {
        response.status(503).json({ status: 'not-ready', reason: 'The graph has not been seeded yet (npm run seed).' });
        return;
      }
      response.json({ status: 'ready', graphVersion });
    } catch {
      response.status(503).json({ status: 'not-ready', reason: 'The graph database is not answering.' });
    }
  });
  return router;
}
