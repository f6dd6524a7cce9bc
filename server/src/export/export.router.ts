import { Router } from 'express';
import { restErrorHandler } from '../http/restErrors';
import { parseExportQuery, type ExportQuery } from './export.params';
import type { ExportFile, ExportService } from './export.service';

/** Each export's path, and what it is, for the list an unknown path answers with. */
const EXPORTS: Record<string, { description: string; produce: (service: ExportService, query: ExportQuery) => Promise<ExportFile> }> = {
  '/graph.json': { description: 'Cytoscape.js JSON (elements)', produce: (service, query) => service.cytoscapeJson(query) },
  '/graph.graphml': { description: 'GraphML for Gephi and Cytoscape desktop', produce: (service, query) => service.graphml(query) },
  '/graph.jsonld': { description: 'JSON-LD (schema.org, W3C ORG, Wikidata)', produce: (service, query) => service.jsonld(query) },
  '/entities.csv': { description: 'entities as CSV (UTF-8 with BOM)', produce: (service, query) => service.entitiesCsv(query) },
  '/relations.csv': { description: 'relations as CSV (UTF-8 with BOM)', produce: (service, query) => service.relationsCsv(query) },
};

/**
 * GET /export/graph.json, graph.graphml, graph.jsonld, entities.csv, relations.csv: the graph as
 * `graph(filter: { asOf })` answers it, as a file to download. `?asOf=YYYY-MM-DD` (or YYYY-MM,
 * YYYY; today when omitted) and `?lang=kk|ru|en` (labels; Accept-Language, then English, when
 * omitted). Bad parameters answer 400 with a JSON error naming the parameter.
 */
export function exportRouter(service: ExportService, log: (message: string, error?: unknown) => void): Router {
  const router = Router();
  for (const [path, { produce }] of Object.entries(EXPORTS)) {
    router.get(path, async (request, response) => {
      const query = parseExportQuery(request.query, request.headers['accept-language']);
      const file = await produce(service, query);
      response.attachment(file.fileName).type(file.mediaType).vary('Accept-Language').send(file.body);
    });
  }
  router.use((request, response) => {
    response.status(404).json({
      error: {
        code: 'NOT_FOUND',
        message: `No export at ${request.baseUrl}${request.path}. Available: ${Object.keys(EXPORTS).join(', ')} under ${request.baseUrl}, each with ?asOf=YYYY-MM-DD and ?lang=kk|ru|en.`,
        exports: Object.fromEntries(Object.entries(EXPORTS).map(([path, { description }]) => [`${request.baseUrl}${path}`, description])),
      },
    });
  });
  router.use(restErrorHandler(log, 'exporting the graph'));
  return router;
}
