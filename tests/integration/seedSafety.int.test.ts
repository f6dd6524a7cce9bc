import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readGraphVersion, seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded';
import { loadOntology, type Ontology } from '../../ontology/src';
import { syntheticOntology } from '../bench/syntheticGraph';
import { copyOntology, editFile } from '../support/ontologyCopy';
import { driverRestoringTheGraph, startTestApp, TEST_DATABASE, type RunningApp } from '../support/testApp';

/** What a reader would notice of a graph: how much of it there is, and its version. */
async function state(driver: Driver): Promise<{ nodes: number; relations: number; version: string | null }> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relations',
    {},
    { database: TEST_DATABASE },
  );
  return {
    nodes: Number(records[0].get('nodes')),
    relations: Number(records[0].get('relations')),
    version: await readGraphVersion(driver, TEST_DATABASE),
  };
}

describe('seeding is safe', () => {
  describe('when the database dies in the middle of a seed', () => {
    let dataDir: string;
    let neo4j: EmbeddedNeo4j;
    let port: number;
    beforeAll(async () => {
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-seed-kill-'));
      port = await findFreePort();
    });
    afterAll(async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('leaves the previous graph and version as they were', async () => {
      // Memory enough for the large seed to succeed if left alone: only the kill may stop it.
      const memory = { heap: '2g', transactionMemory: '1g' };
      neo4j = await startEmbeddedNeo4j({ port, dataDir, logFile: path.join(dataDir, 'neo4j.log'), ...memory });
      let driver = createDriver(neo4j.uri, { user: 'neo4j' });
      const real = loadOntology();
      await seedGraph(driver, TEST_DATABASE, real);
      const before = await state(driver);

      // A seed large enough to be caught in the act: killed once its data statements are running.
      let failure: unknown;
      const seeding = seedGraph(driver, TEST_DATABASE, syntheticOntology(real, { entities: 20_000 })).then(
        () => 'finished',
        (error: unknown) => {
          failure = error;
          return 'failed';
        },
      );
      const watcher = createDriver(neo4j.uri, { user: 'neo4j' });
      for (let running = false; !running;) {
        const { records } = await watcher.executeQuery(
          'SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries',
          {},
          { database: TEST_DATABASE },
        );
        running = (records[0].get('queries') as string[]).some((query) => query.includes('UNWIND $rows'));
        const outcome = await Promise.race([seeding, Promise.resolve('running')]);
        if (outcome !== 'running')
          throw new Error(`the seed ${outcome} before it could be interrupted${failure ? `: ${String(failure)}` : ''}`);
      }
      await neo4j.kill();
      expect(await seeding).toBe('failed');
      await Promise.all([driver.close(), watcher.close()]);

      neo4j = await startEmbeddedNeo4j({ port, dataDir, logFile: path.join(dataDir, 'neo4j.log'), ...memory });
      driver = createDriver(neo4j.uri, { user: 'neo4j' });
      try {
        expect(await state(driver)).toEqual(before);
      } finally {
        await driver.close();
      }
    }, 240_000);
  });

  describe('while the API serves requests', () => {
    const driver = driverRestoringTheGraph();
    let cached: RunningApp;
    let uncached: RunningApp;
    beforeAll(async () => {
      cached = await startTestApp({ responseCache: { versionPollMs: 50 } });
      uncached = await startTestApp({ responseCache: { enabled: false } });
    });
    afterAll(async () => {
      await cached.close();
      await uncached.close();
    });

    it('gives every request the old graph or the new one, never a mixture or an error', async () => {
      const original = loadOntology();
      const copy = copyOntology();
      editFile(copy, 'data/state-organs.yaml', 'en: Senate }', 'en: Senate of the Parliament }');
      const renamed = loadOntology(copy);
      const expectedName = new Map([
        [original.version, 'Senate'],
        [renamed.version, 'Senate of the Parliament'],
      ]);
      // The version is read first; the Senate's name three queries later (the President, his
      // relations, then their other ends): an answer that straddled a commit would pair one
      // graph's version with the other graph's name.
      const query =
        '{ ontology { graphVersion } president: institution(id: "president") { relations(asOf: "2010-01-01", direction: OUT) { to { id name(lang: EN) } } } }';
      const answers: { version: string; name: string }[] = [];
      const problems: string[] = [];
      let asking = true;
      const client = async (app: RunningApp) => {
        while (asking) {
          const response = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
          const body = (await response.json()) as {
            data?: { ontology: { graphVersion: string }; president: { relations: { to: { id: string; name: string } }[] } };
            errors?: unknown;
          };
          if (response.status !== 200 || body.errors || !body.data) problems.push(JSON.stringify(body));
          else
            answers.push({
              version: body.data.ontology.graphVersion,
              name: body.data.president.relations.find((relation) => relation.to.id === 'senate')!.to.name,
            });
        }
      };
      const clients = Promise.all([client(cached), client(cached), client(uncached), client(uncached)]);
      for (const ontology of [renamed, original, renamed, original] as Ontology[]) await seedGraph(driver(), TEST_DATABASE, ontology);
      asking = false;
      await clients;

      const counts = Object.fromEntries(
        [...expectedName.keys()].map((version) => [version, answers.filter((answer) => answer.version === version).length]),
      );
      console.log(`Answers during four reseeds, by graph version: ${JSON.stringify(counts)}; errors: ${problems.length}`);
      expect(problems).toEqual([]);
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((answer) => answer.name !== expectedName.get(answer.version))).toEqual([]);
    }, 240_000);
  });
});
