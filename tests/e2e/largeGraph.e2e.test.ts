import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LARGE_GRAPH_ELEMENTS } from '../../client/src/largeGraph';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded';
import { loadOntology } from '../../ontology/src';
import { syntheticOntology } from '../bench/syntheticGraph';
import { launchChromium } from '../support/browser';
import { chooseLanguage } from '../support/explorerMenus';
import { startTestApp, testDriver, type RunningApp } from '../support/testApp';

type Cy = import('cytoscape').Core;

/**
 * The explorer on a graph too large to draw whole. It needs a graph of its own: a second throwaway
 * Neo4j, seeded with the real knowledge base and synthetic local government beneath it (about
 * 1,400 elements on the test's date, above LARGE_GRAPH_ELEMENTS, and small enough to seed quickly).
 */
describe('the explorer on a graph too large to draw whole', () => {
  let dataDir: string;
  let database: EmbeddedNeo4j;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-large-'));
    database = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir });
    const driver = testDriver(database.uri);
    try {
      await seedGraph(driver, 'neo4j', syntheticOntology(loadOntology(), { entities: 500 }));
    } finally {
      await driver.close();
    }
    app = await startTestApp({ neo4jUri: database.uri, clock: { today: () => '2026-11-21' } });
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  });
  afterEach(() => page.close());

  const open = async (query = '') => {
    await page.goto(`${app.url}/${query}`);
    await page.waitForSelector('#graph[data-state="ready"]', { timeout: 120_000 });
  };
  const drawn = (id: string) =>
    page.evaluate((wanted) => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.getElementById(wanted).nonempty(), id);

  /** Where to click on an entity as drawn: a point of it no other entity covers, after bringing it to the middle. */
  const pointOn = (id: string) =>
    page.evaluate((wanted) => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      const target = cy.getElementById(wanted);
      cy.zoom(2);
      cy.center(target);
      const box = target.renderedBoundingBox({ includeLabels: false });
      const others = cy
        .nodes()
        .filter((node) => node.id() !== wanted && node.isChildless())
        .map((node) => node.renderedBoundingBox({ includeLabels: false }));
      const covered = (x: number, y: number) => others.some((other) => x >= other.x1 && x <= other.x2 && y >= other.y1 && y <= other.y2);
      let point = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      for (let fx = 0.2; fx <= 0.8 && covered(point.x, point.y); fx += 0.15) {
        for (let fy = 0.2; fy <= 0.8 && covered(point.x, point.y); fy += 0.15)
          point = { x: box.x1 + (box.x2 - box.x1) * fx, y: box.y1 + (box.y2 - box.y1) * fy };
      }
      const canvas = document.querySelector('#graph')!.getBoundingClientRect();
      return { x: canvas.left + point.x, y: canvas.top + point.y };
    }, id);

  it('draws an overview instead of the whole graph, and says so in the interface language', async () => {
    await open('?ui=ru');
    const graph = await page.evaluate(() => {
      const element = document.querySelector<HTMLElement>('#graph')!;
      return {
        mode: element.dataset.mode,
        total: Number(element.dataset.elementCount),
        drawn: (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.elements().length,
      };
    });
    expect(graph.mode).toBe('overview');
    expect(graph.total).toBeGreaterThan(LARGE_GRAPH_ELEMENTS);
    expect(graph.drawn).toBeLessThanOrEqual(LARGE_GRAPH_ELEMENTS);
    expect(await drawn('president')).toBe(true);
    // District bodies are left out until asked for; the note says what is drawn and how to get the rest.
    expect(await drawn('r001-d01-akim')).toBe(false);
    const note = await page.textContent('#mode-note');
    expect(note).toContain('Граф большой');
    expect(note).toContain('Поиск находит любой институт');
    await chooseLanguage(page, '#ui-lang', 'kk');
    expect(await page.textContent('#mode-note')).toContain('Граф үлкен');
  });

  it('stays usable: the view pans by dragging, a click opens an entity, a double click draws its neighbours', async () => {
    await open();
    const canvas = (await page.locator('#graph').boundingBox())!;
    const panBefore = await page.evaluate(() => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.pan());
    // The corner is inside the fit's padding, where nothing is drawn: dragging there moves the view.
    await page.mouse.move(canvas.x + 8, canvas.y + 8);
    await page.mouse.down();
    await page.mouse.move(canvas.x + 108, canvas.y + 68, { steps: 5 });
    await page.mouse.up();
    const panAfter = await page.evaluate(() => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.pan());
    expect(Math.round(panAfter.x - panBefore.x)).toBe(100);
    expect(Math.round(panAfter.y - panBefore.y)).toBe(60);

    const regionalAkim = await pointOn('r001-akim');
    await page.mouse.click(regionalAkim.x, regionalAkim.y);
    await page.locator('#details article[data-node="r001-akim"]').waitFor();
    expect(await page.textContent('#details button.expand')).toMatch(/Draw its \d+ connections not drawn yet/);

    const again = await pointOn('r001-akim');
    await page.mouse.dblclick(again.x, again.y);
    await page.waitForFunction(
      () => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.getElementById('r001-d01-akim').nonempty(),
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForSelector('#graph[data-state="ready"]', { timeout: 120_000 });
    expect(new URL(page.url()).searchParams.get('expand')).toBe('r001-akim');
    await page.locator('#mode-note button.back-to-overview').click();
    await page.waitForFunction(
      () => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.getElementById('r001-d01-akim').empty(),
      undefined,
      { timeout: 120_000 },
    );
  }, 180_000);

  it('finds an entity the overview leaves out, draws it with its neighbours and opens it', async () => {
    await open();
    await page.focus('#search-input');
    await page.keyboard.type('Akim of District 2 of Region 1');
    await page.locator('#search-option-r001-d02-akim').waitFor();
    // Other akims of the region match too: walk down the list to this one.
    for (
      let step = 0;
      step < 10 && (await page.getAttribute('#search-input', 'aria-activedescendant')) !== 'search-option-r001-d02-akim';
      step++
    )
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#details article[data-node="r001-d02-akim"]').waitFor({ timeout: 120_000 });
    expect(await drawn('r001-d02-akim')).toBe(true);
    // Its neighbours come with it: the regional akim it is subordinate to, the rural akims below it.
    expect(await drawn('r001-d02-o01-akim')).toBe(true);
    const params = new URL(page.url()).searchParams;
    expect(params.get('focus')).toBe('r001-d02-akim');
    expect(params.get('expand')).toBe('r001-d02-akim');
  }, 180_000);

  it('draws the same picture from the same link on every load', async () => {
    const positions = async () => {
      await open('?expand=r001-akim');
      return page.evaluate(() =>
        (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy
          .nodes()
          .map((node) => `${node.id()} ${Math.round(node.position('x'))} ${Math.round(node.position('y'))}`),
      );
    };
    const first = await positions();
    expect(first.some((line) => line.startsWith('r001-d01-akim '))).toBe(true);
    expect(await positions()).toEqual(first);
  }, 180_000);
});
