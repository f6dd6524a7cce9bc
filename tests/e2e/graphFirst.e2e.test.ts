import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { watchContentSecurityPolicy } from '../support/browser';
import { appAndBrowser } from '../support/browserApp';
import { openTool } from '../support/explorerMenus';

type Cy = import('cytoscape').Core;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;

/** The graph first (issue 17, item 2): the drawing has most of the window, every tool waits a keystroke away. */
describe('the explorer gives the graph the room, and keeps every tool in reach of the keyboard', () => {
  let page: Page;
  let refusedByPolicy: string[];

  const started = appAndBrowser({ clock: { today: () => '2026-11-21' } });
  afterEach(async () => {
    await page.close();
    expect(refusedByPolicy).toEqual([]);
  });

  async function open(size: keyof typeof SIZES, query = '?date=2010-01-01') {
    page = await started.browser.newPage({ viewport: SIZES[size], locale: 'en-US' });
    refusedByPolicy = watchContentSecurityPolicy(page);
    await page.goto(`${started.app.url}/${query}`);
    await page.waitForSelector('#graph[data-state="ready"]');
  }

  /** The share of the window the drawing covers, as far as it is on the screen. */
  const drawingShare = () =>
    page.evaluate(() => {
      const box = document.querySelector('#graph')!.getBoundingClientRect();
      const width = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
      const height = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
      return (Math.max(width, 0) * Math.max(height, 0)) / (innerWidth * innerHeight);
    });

  /** Presses Tab until the focus is on `selector` (the page's order, as a keyboard user goes). */
  async function tabTo(selector: string) {
    for (let presses = 0; presses < 80; presses++) {
      if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  /** Opens a menu from the keyboard and chooses the item `item` with the arrow keys. */
  async function chooseFromMenu(button: string, item: string) {
    await tabTo(button);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(button, 'aria-expanded')).toBe('true');
    for (let presses = 0; presses < 10 && !(await page.evaluate((id) => document.activeElement?.id === id, item)); presses++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(item);
    await page.keyboard.press('Enter');
  }

  const focusIsIn = (selector: string) => page.evaluate((wanted) => document.activeElement?.closest(wanted) !== null, selector);

  it.each([
    ['desktop', 0.6],
    ['phone', 0.5],
  ] as const)('gives the drawing most of the %s screen (at least %s of it)', async (size, share) => {
    await open(size, '?date=2026-11-21');
    expect(await drawingShare()).toBeGreaterThanOrEqual(share);
    // The toolbar is one row on a desktop; nothing runs off the side of a phone.
    if (size === 'desktop') expect((await page.locator('header.toolbar').boundingBox())!.height).toBeLessThan(60);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows all six rows of the checks and balances matrix at once, beside the drawing, which answers a cell', async () => {
    await open('desktop');
    await openTool(page, 'checks-toggle');
    await page.locator('#checks-panel table').waitFor();
    const rows = await page.evaluate(() => {
      const drawer = document.querySelector('#tool-drawer')!.getBoundingClientRect();
      return Array.from(document.querySelectorAll('#checks-panel tbody tr'), (row) => {
        const box = row.getBoundingClientRect();
        const inside = (outer: { left: number; top: number; right: number; bottom: number }) =>
          box.left >= outer.left - 1 && box.top >= outer.top - 1 && box.right <= outer.right + 1 && box.bottom <= outer.bottom + 1;
        return inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight }) && inside(drawer);
      });
    });
    expect(rows).toEqual([true, true, true, true, true, true]);
    expect(await page.isVisible('#graph')).toBe(true);
    await page.click('#checks-panel button.matrix-cell[data-from="presidential"][data-to="prosecutorial"]');
    await page.locator('#details .branch-links li.relation').first().waitFor();
    const selected = await page.evaluate(() =>
      (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.edges(':selected').map((edge) => edge.id()),
    );
    expect(selected).toContain('president-appoints-prosecutor-general-1995');
  });

  it('opens the timeline and compares dates from the keyboard', async () => {
    await open('desktop');
    await chooseFromMenu('#tools-button', 'timeline-toggle');
    expect(await focusIsIn('#timeline-box')).toBe(true);
    await tabTo('.key-date[data-date="2026-07-01"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('date') === '2026-07-01');
    await page.waitForSelector('#graph[data-state="ready"]');
    await tabTo('#compare-toggle');
    await page.keyboard.press('Space');
    await page.locator('#details .comparison').waitFor();
    // Escape closes the panel, and the focus goes back to the menu's button.
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#timeline-box')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tools-button');
  });

  it('finds a path between two institutions from the keyboard', async () => {
    await open('desktop');
    await chooseFromMenu('#tools-button', 'path-toggle');
    await tabTo('#path-from');
    await page.keyboard.type('Senate');
    await tabTo('#path-to');
    await page.keyboard.type('District prosecutor');
    expect([await page.inputValue('#path-from'), await page.inputValue('#path-to')]).toEqual(['senate', 'district-prosecutor']);
    await tabTo('#path-form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('#details .path-answer ol.path li').first().waitFor();
  });

  it('opens the checks and balances matrix from the keyboard, and a cell of it', async () => {
    await open('desktop');
    await chooseFromMenu('#tools-button', 'checks-toggle');
    await page.locator('#checks-panel table').waitFor();
    expect(await focusIsIn('#checks-box')).toBe(true);
    await tabTo('#checks-panel button.matrix-cell');
    await page.keyboard.press('Enter');
    await page.locator('#details .branch-links li.relation').first().waitFor();
  });

  it('opens the document reader and the table from the keyboard', async () => {
    await open('desktop');
    await chooseFromMenu('#tools-button', 'reader-toggle');
    await page.locator('#reader-panel .reader-text').waitFor();
    expect(await focusIsIn('#reader-box')).toBe(true);
    await tabTo('#reader-panel button.mention');
    await page.keyboard.press('Enter');
    await page.locator('#details article[data-node]').waitFor();
    // A document holds hundreds of mentions to Tab through: Escape leaves it, back on the menu's button.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tools-button');
    expect(await page.isVisible('#reader-box')).toBe(false);
    await chooseFromMenu('#tools-button', 'table-toggle');
    await page.locator('#institutions-table tbody tr').first().waitFor();
    expect(await focusIsIn('#table-box')).toBe(true);
  });

  it('downloads the view and opens the embed dialog from the keyboard, then gives the focus back', async () => {
    await open('desktop');
    const [download] = await Promise.all([page.waitForEvent('download'), chooseFromMenu('#share-button', 'svg-export')]);
    expect(download.suggestedFilename()).toBe('kz-legal-graph-2010-01-01.svg');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('share-button');
    expect(await page.isVisible('#share-menu')).toBe(false);
    await chooseFromMenu('#share-button', 'embed-toggle');
    expect(await page.isVisible('#embed-dialog')).toBe(true);
    await page.keyboard.press('Escape');
    // A dialog says it closed in a task of its own (its close event), after Escape's.
    await page.waitForFunction(() => document.activeElement?.id === 'share-button');
    expect(await page.isVisible('#embed-dialog')).toBe(false);
  });

  it('opens the filters, a menu and the languages from the keyboard; Escape closes each and gives the focus back', async () => {
    await open('desktop');
    await tabTo('#filters-toggle');
    await page.keyboard.press('Enter');
    expect(await focusIsIn('#filters-box')).toBe(true);
    await tabTo('#filters-body input[name="historical"]');
    await page.keyboard.press('Space');
    expect(new URL(page.url()).searchParams.get('historical')).toBe('0');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filters-toggle');
    await tabTo('#tools-button');
    await page.keyboard.press('ArrowDown');
    expect(await page.isVisible('#tools-menu')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#tools-menu')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tools-button');
    await tabTo('#languages-button');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ui-lang');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#languages-panel')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('languages-button');
  });

  it.each(['desktop', 'phone'] as const)('has no serious or critical accessibility violations on the %s (axe-core)', async (size) => {
    await open(size, '?date=2010-01-01&focus=prosecutor-general');
    await page.locator('#details article[data-node="prosecutor-general"]').waitFor();
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = () =>
      page.evaluate(async () => {
        const { axe } = window as unknown as {
          axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
        };
        const { violations: found } = await axe.run(document);
        return found
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
    expect(await violations()).toEqual([]);
    await openTool(page, 'checks-toggle');
    await page.locator('#checks-panel table').waitFor();
    expect(await violations()).toEqual([]);
    await page.click('#tools-button');
    expect(await violations()).toEqual([]);
  });
});
