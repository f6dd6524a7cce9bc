import type { Page } from 'playwright-core';
import { appAndBrowser } from '../support/browserApp';
import { postGraphQL } from '../support/testApp';

import type cytoscape from 'cytoscape';

type Cy = cytoscape.Core;
type Position = { id: string; x: number; y: number };

/**
 * The explorer draws the force-directed layout the server computed (`graph.positions`) as it is,
 * without laying the graph out itself: without even loading the layout's code.
 */
describe('the explorer draws with the server’s positions', () => {
  let page: Page;

  const started = appAndBrowser({ clock: { today: () => '2026-11-21' } });
  beforeEach(async () => {
    page = await started.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  });
  afterEach(() => page.close());

  const serverPositions = async (asOf: string) =>
    (
      await postGraphQL<{ graph: { positions: Position[] } }>(
        started.app.url,
        'query ($asOf: Date) { graph(filter: { asOf: $asOf }) { positions { id x y } } }',
        { asOf },
      )
    ).data!.graph.positions;

  /** Each entity as drawn (groups, placed by their members, left out): where it is in the model, and on screen. */
  const drawnPositions = () =>
    page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      return cy
        .nodes()
        .filter((node) => node.isChildless())
        .map((node) => ({
          id: node.id(),
          model: (node as cytoscape.NodeSingular).position(),
          screen: (node as cytoscape.NodeSingular).renderedPosition(),
        }));
    });

  const layoutDrawn = () => page.locator('#graph').getAttribute('data-layout');

  it('puts every entity where the server laid it out, all of them on screen, with no layout run in the browser', async () => {
    await page.goto(`${started.app.url}/?labels=kk&date=2010-01-01`);
    await page.waitForSelector('#graph[data-state="ready"]');
    expect(await layoutDrawn()).toBe('preset');
    const given = new Map((await serverPositions('2010-01-01')).map((position) => [position.id, position]));
    const drawn = await drawnPositions();
    expect(drawn.length).toBeGreaterThan(50);
    const box = (await page.locator('#graph').boundingBox())!;
    for (const { id, model, screen } of drawn) {
      expect({ id, x: model.x, y: model.y }).toEqual(given.get(id));
      expect(screen.x).toBeGreaterThan(0);
      expect(screen.x).toBeLessThan(box.width);
      expect(screen.y).toBeGreaterThan(0);
      expect(screen.y).toBeLessThan(box.height);
    }
    // fcose's code is loaded only to lay a graph out in the browser.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(scripts.filter((name) => name.includes('fcose'))).toEqual([]);
  });

  it('lays out in the browser only the layouts the server does not compute, and comes back to the server’s', async () => {
    await page.goto(`${started.app.url}/?labels=kk&date=2010-01-01&layout=concentric`);
    await page.waitForSelector('#graph[data-state="ready"]');
    expect(await layoutDrawn()).toBe('concentric');
    await page.selectOption('#layout', 'fcose');
    await page.waitForFunction(() => document.getElementById('graph')?.dataset.layout === 'preset');
    await page.waitForSelector('#graph[data-state="ready"]');
    const given = new Map((await serverPositions('2010-01-01')).map((position) => [position.id, position]));
    for (const { id, model } of await drawnPositions()) expect({ id, x: model.x, y: model.y }).toEqual(given.get(id));
  });

  it('draws the embedded whole graph with them too, and lays a neighbourhood out for itself', async () => {
    const positions = new Map((await serverPositions('2010-01-01')).map((position) => [position.id, position]));
    await page.goto(`${started.app.url}/embed?date=2010-01-01&labels=en`);
    const whole = page.locator('kz-legal-graph[data-state="ready"]');
    await whole.waitFor();
    expect(await whole.getAttribute('data-layout')).toBe('preset');
    const drawn = await page.evaluate(() =>
      (document.querySelector('kz-legal-graph') as unknown as { graph: Cy })
        .graph!.nodes()
        .filter((node) => node.isChildless())
        .map((node) => ({ id: node.id(), ...(node as cytoscape.NodeSingular).position() })),
    );
    // Every entity is drawn where the server put it (the branches' boxes follow their members).
    expect(drawn.length).toBeGreaterThan(50);
    for (const node of drawn) expect([node.id, node.x, node.y]).toEqual([node.id, positions.get(node.id)!.x, positions.get(node.id)!.y]);

    await page.goto(`${started.app.url}/embed?focus=senate&depth=1&date=2010-01-01&labels=en`);
    const focused = page.locator('kz-legal-graph[data-state="ready"]');
    await focused.waitFor();
    expect(await focused.getAttribute('data-layout')).toBe('fcose');
  });
});
