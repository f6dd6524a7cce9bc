/**
 * `npm run screenshots`: starts a throwaway embedded Neo4j and the app, and writes the main views
 * at 1280×800 and 360×740 to docs/screenshots/ (shown in the README).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/src/config';
import { openTool } from '../support/explorerMenus';
import { withRunningApp } from './runningApp';

const OUT = path.join(REPO_ROOT, 'docs', 'screenshots');

async function ready(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('#graph[data-state="ready"]');
}

async function main() {
  await withRunningApp(async ({ base, browser }) => {
    mkdirSync(OUT, { recursive: true });

    const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await ready(desktop, `${base}/?date=2010-01-01&ui=en&labels=kk&focus=prosecutor-general`);
    await desktop.locator('#details article[data-node="prosecutor-general"]').waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'explorer-1280.png') });
    await desktop.click('#details button[data-question="whoAppoints"]');
    await desktop.locator('#details .answer.chain li').first().waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'who-appoints-1280.png') });
    await openTool(desktop, 'checks-toggle');
    await desktop.locator('#checks-panel table').waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'checks-and-balances-1280.png') });
    await ready(desktop, `${base}/?date=2010-01-01&ui=en&labels=kk&focus=prosecutor-general`);
    await desktop.locator('#details .appointment .open-in-reader').first().click();
    await desktop.locator('#reader-panel mark.quoted').first().waitFor();
    await desktop.screenshot({ path: path.join(OUT, 'document-reader-1280.png') });

    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await ready(phone, `${base}/?date=2026-11-21&ui=ru&labels=ru`);
    await phone.screenshot({ path: path.join(OUT, 'explorer-360.png') });

    console.log(`Wrote the screenshots to ${path.relative(process.cwd(), OUT)}/`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
