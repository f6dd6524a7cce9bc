/**
 * `npm run screenshots`: starts a throwaway embedded Neo4j and the app, and writes the main views
 * at 1280×800 and 360×740 to docs/screenshots/ (shown in the README).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { createDriver } from '../../neo4j/connect';
import { findFreePort, startEmbeddedNeo4j } from '../../neo4j/embedded';
import { loadOntology } from '../../ontology/src';
import { createApp } from '../../server/src/app';
import { createClock } from '../../server/src/clock';
import { loadConfig, REPO_ROOT } from '../../server/src/config';

const OUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function ready(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('#graph[data-state="ready"]');
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-shots-'));
  const database = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir });
  const driver = createDriver(database.uri, { user: 'neo4j' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    await seedGraph(driver, 'neo4j', loadOntology());
    const config = loadConfig({});
    const app = await createApp({ driver, database: 'neo4j', clock: createClock(config.timeZone), limits: config.limits, clientDir: config.clientDir, development: false });
    const server = app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    mkdirSync(OUT, { recursive: true });

    const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await ready(desktop, `${base}/?date=2010-01-01&ui=en&labels=kk&focus=prosecutor-general`);
    await desktop.locator('#details article[data-node="prosecutor-general"]').waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'explorer-1280.png') });
    await desktop.click('#details button[data-question="whoAppoints"]');
    await desktop.locator('#details .answer.chain li').first().waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'who-appoints-1280.png') });
    await desktop.click('#checks-toggle');
    await desktop.locator('#checks-panel table').waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'checks-and-balances-1280.png') });
    await ready(desktop, `${base}/?date=2010-01-01&ui=en&labels=kk&focus=prosecutor-general`);
    await desktop.locator('#details .appointment .open-in-reader').first().click();
    await desktop.locator('#reader-panel mark.quoted').first().waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'document-reader-1280.png') });

    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await ready(phone, `${base}/?date=2026-11-21&ui=ru&labels=ru`);
    await phone.screenshot({ path: path.join(OUT, 'explorer-360.png') });

    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    console.log(`Wrote the screenshots to ${path.relative(process.cwd(), OUT)}/`);
  } finally {
    await browser.close();
    await driver.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
