/**
 * Contender: what a hand-written REST endpoint does. A bare node:http handler per question that runs
 * the same Cypher as our API (our repositories, through neo4j-driver) and sends the records as
 * JSON: no GraphQL, no DataLoader, no cache.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4302 tsx tests/bench/contenders/cypherHttp.ts
 *   GET /whoAppoints?id=prosecutor-general&asOf=2020-01-01, /neighborhood?id=…&asOf=…,
 *   /path?from=…&to=…&asOf=…, /search?text=…, /graph?asOf=…
 */
import 'reflect-metadata'; // graph.service's labels live beside GraphQL types
import { createServer } from 'node:http';
import { AnalysisRepository } from '../../../server/src/analysis/analysis.repository';
import { ReadExecutor } from '../../../server/src/database/executor';
import { toCytoscapeElements } from '../../../server/src/graph/elements';
import { GraphRepository } from '../../../server/src/graph/graph.repository';
import { relationLabel } from '../../../server/src/graph/graph.service';
import { findSearchHits } from '../../../server/src/search/search.service';
import { createDriver } from '../../../neo4j/connect';
import { loadConfig } from '../../../server/src/config';

type Parameters = URLSearchParams;

const unique = <T>(items: T[]) => [...new Set(items)];

/** Our API's default bound on a neighbourhood (MAX_NEIGHBORHOOD_NODES), so both return the same entities. */
const MAX_NEIGHBORHOOD_NODES = loadConfig({}).limits.maxNeighborhoodNodes;

export function cypherHandlers(
  graph: GraphRepository,
  analysis: AnalysisRepository,
): Record<string, (parameters: Parameters) => Promise<unknown>> {
  const entitiesById = async (ids: string[]) => new Map((await graph.findEntities(unique(ids))).map((entity) => [entity.id, entity]));
  return {
    async whoAppoints(parameters) {
      const [id, asOf] = [parameters.get('id')!, parameters.get('asOf')!];
      const [appointments, dismissals] = await Promise.all([
        graph.findRelationsAt('to', [id], { types: ['appoints'], asOf }),
        graph.findRelationsAt('to', [id], { types: ['dismisses'], asOf }),
      ]);
      const entities = await entitiesById([
        id,
        ...appointments.flatMap((a) => [a.fromId, ...a.consentOfIds, ...a.nominatedByIds]),
        ...dismissals.map((d) => d.fromId),
      ]);
      return appointments.map((appointment) => ({
        appointer: entities.get(appointment.fromId),
        appointee: entities.get(id),
        consentOf: appointment.consentOfIds.map((other) => entities.get(other)),
        nominatedBy: appointment.nominatedByIds.map((other) => entities.get(other)),
        dismissedBy: dismissals.map((dismissal) => entities.get(dismissal.fromId)),
        relation: appointment,
      }));
    },
    async neighborhood(parameters) {
      const [id, asOf] = [parameters.get('id')!, parameters.get('asOf')!];
      const reached = [id];
      let ring = [id];
      for (let distance = 1; distance <= 2 && ring.length > 0 && reached.length < MAX_NEIGHBORHOOD_NODES; distance++) {
        ring = await analysis.findNeighbourIds(ring, reached, MAX_NEIGHBORHOOD_NODES - reached.length, { asOf });
        reached.push(...ring);
      }
      const [nodes, relations] = await Promise.all([graph.findEntities(reached), analysis.findRelationsAmong(reached, { asOf })]);
      return { nodes, relations };
    },
    async path(parameters) {
      const found = await analysis.findShortestPaths({
        fromId: parameters.get('from')!,
        toId: parameters.get('to')!,
        asOf: parameters.get('asOf')!,
        maxLength: 6,
        limit: 200,
      });
      const entities = new Map(found.entities.map((entity) => [entity.id, entity]));
      return found.paths.map((path) => ({ relations: path.relations, entities: path.entityIds.map((id) => entities.get(id)) }));
    },
    async search(parameters) {
      return findSearchHits(graph, new Date().toISOString().slice(0, 10), parameters.get('text')!, { first: 10 });
    },
    async graph(parameters) {
      const asOf = parameters.get('asOf')!;
      const [entities, relations, version] = await Promise.all([
        graph.findEntitiesValidOn(asOf),
        graph.findRelationsValidOn({ asOf }),
        graph.graphVersion(),
      ]);
      return { asOf, version, elements: toCytoscapeElements(entities, relations, relationLabel, 'en') };
    },
  };
}

function main(): void {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const executor = new ReadExecutor(createDriver(uri, { user: 'neo4j' }), 'neo4j');
  const handlers = cypherHandlers(new GraphRepository(executor), new AnalysisRepository(executor));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const handler = handlers[url.pathname.slice(1)];
    if (!handler) {
      response.writeHead(404).end();
      return;
    }
    handler(url.searchParams).then(
      (answer) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: String(error) }));
      },
    );
  });
  server.listen(Number(process.env.PORT ?? 4302), '127.0.0.1', () => console.log('ready'));
}

if (require.main === module) main();
