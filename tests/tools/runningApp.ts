import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { findFreePort, startEmbeddedNeo4j } from '../../neo4j/embedded';
import { loadOntology } from '../../ontology/src';
import { createApp } from '../../server/src/app';
import { createClock } from '../../server/src/clock';
import { loadConfig } from '../../server/src/config';

/**
 * For the developer tools (screenshots, client benchmark): a throwaway Neo4j seeded with the real
 * ontology, the app on a free port and Debian's Chromium, handed to `work` and stopped afterwards.
 * `driver` lets a tool seed another graph (the app answers from whatever was seeded last).
 */
export async function withRunningApp(work: (context: { base: string; browser: Browser; driver: Driver }) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-tool-'));
  const database = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir });
  const driver = createDriver(database.uri, { user: 'neo4j' });
  const browser = await launchChromium();
  try {
    await seedGraph(driver, 'neo4j', loadOntology());
    const config = loadConfig({});
    const app = await createApp({
      driver,
      database: 'neo4j',
      clock: createClock(config.timeZone),
      limits: config.limits,
      http: config.http,
      introspection: config.introspection,
      transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
      responseCache: config.responseCache,
      clientDir: config.clientDir,
      development: false,
      // As `npm start` runs it.
      warmLayouts: true,
    });
    const server = createServer(app.handle).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      await work({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, browser, driver });
    } finally {
      await new Promise((resolve) => {
        server.close(resolve);
        // The browser may hold a socket it opened ahead of need: end it rather than wait for it.
        server.closeAllConnections();
      });
      await app.stop();
    }
  } finally {
    await browser.close();
    await driver.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
