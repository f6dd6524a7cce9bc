import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { watchContentSecurityPolicy } from '../support/browser';
import { appAndBrowser } from '../support/browserApp';
import { chooseLanguage, openTool, share } from '../support/explorerMenus';
import { DATABASE_DOWN_URI, startTestApp } from '../support/testApp';

describe('the explorer in a real browser', () => {
  let page: Page;

  const started = appAndBrowser({ clock: { today: () => '2026-11-21' } });
  let refusedByPolicy: string[];
  beforeEach(async () => {
    // An English browser: the interface and the labels follow the browser's language.
    page = await started.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    refusedByPolicy = watchContentSecurityPolicy(page);
  });
  afterEach(async () => {
    await page.close();
    // Everything ran under the app's Content-Security-Policy, and it refused nothing.
    expect(refusedByPolicy).toEqual([]);
  });

  async function openAsOf(date: string) {
    await page.goto(`${started.app.url}/`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await page.fill('#as-of', date);
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForFunction(() => {
      const cy = (window as unknown as { kzGraph: { cy: { getElementById(id: string): { length: number } } } }).kzGraph.cy;
      return document.querySelector('#graph')!.getAttribute('data-state') === 'ready' && cy.getElementById('senate').length === 1;
    });
  }

  it('draws the graph and opens the details of a node clicked on the canvas, with its sources', async () => {
    await openAsOf('2010-01-01');
    const nodeCount = await page.getAttribute('#graph', 'data-node-count');
    expect(Number(nodeCount)).toBeGreaterThan(10);

    // Click where Cytoscape drew the Prosecutor General: a real mouse click on the canvas, as a
    // user would, after bringing it to the middle, at a point no other node covers.
    const position = await page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: import('cytoscape').Core } }).kzGraph;
      const target = cy.getElementById('prosecutor-general');
      cy.zoom(2);
      cy.center(target);
      const box = target.renderedBoundingBox({ includeLabels: false });
      const others = cy
        .nodes()
        .filter((node) => node.id() !== target.id() && node.isChildless())
        .map((node) => node.renderedBoundingBox({ includeLabels: false }));
      const covered = (x: number, y: number) => others.some((other) => x >= other.x1 && x <= other.x2 && y >= other.y1 && y <= other.y2);
      let point = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      for (let fx = 0.2; fx <= 0.8 && covered(point.x, point.y); fx += 0.15) {
        for (let fy = 0.2; fy <= 0.8 && covered(point.x, point.y); fy += 0.15) {
          point = { x: box.x1 + (box.x2 - box.x1) * fx, y: box.y1 + (box.y2 - box.y1) * fy };
        }
      }
      const canvas = document.querySelector('#graph')!.getBoundingClientRect();
      return { x: canvas.left + point.x, y: canvas.top + point.y };
    });
    await page.mouse.click(position.x, position.y);

    const details = page.locator('#details article[data-node="prosecutor-general"]');
    await details.waitFor();
    await expect(details.locator('h2').textContent()).resolves.toBe('Prosecutor General');
    const names = await details.locator('.names li').allTextContents();
    expect(names).toEqual(['kk: Бас прокурор', 'ru: Генеральный прокурор', 'en: Prosecutor General']);
    const appointment = await details.locator('.appointment').first().textContent();
    expect(appointment).toContain('with the consent of Senate');
    expect(appointment).toContain('5 years');
    expect(await details.locator('blockquote').first().textContent()).toContain('Парламент сенатының келісімімен');
    // The quote is shown in its sentence, the quoted words in bold.
    expect(await details.locator('blockquote.in-passage strong.quote').first().textContent()).toContain('Парламент сенатының келісімімен');
  });

  it('shows the interface in Russian when asked, and remembers it', async () => {
    await page.goto(`${started.app.url}/`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await chooseLanguage(page, '#ui-lang', 'ru');
    await expect(page.locator('h1').textContent()).resolves.toBe('Правовые институты Казахстана');
    await page.reload();
    await page.waitForSelector('#graph[data-state="ready"]');
    await expect(page.locator('h1').textContent()).resolves.toBe('Правовые институты Казахстана');
  });

  it('opens details from the keyboard through the "Go to" list', async () => {
    await openAsOf('2010-01-01');
    await page.focus('#go-to');
    await page.selectOption('#go-to', 'senate');
    await page.locator('#details article[data-node="senate"]').waitFor();
    expect(await page.locator('#details article[data-node="senate"] .relation').count()).toBeGreaterThan(0);
  });

  type Cy = import('cytoscape').Core;

  it('reopens the same view from a copied link: date, languages, layout, selection and filters', async () => {
    await page.goto(`${started.app.url}/?date=2010-01-01&ui=ru&labels=en&layout=concentric&focus=senate&hide=appoints`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await page.locator('#details article[data-node="senate"]').waitFor();
    expect(await page.inputValue('#as-of')).toBe('2010-01-01');
    expect(await page.inputValue('#layout')).toBe('concentric');
    await expect(page.locator('h1').textContent()).resolves.toBe('Правовые институты Казахстана');
    const appointEdges = await page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      const edges = cy.edges('.appoints');
      return {
        total: edges.length,
        hidden: edges.filter((edge) => edge.hasClass('filtered')).length,
        label: cy.getElementById('senate').data('label'),
      };
    });
    expect(appointEdges.total).toBeGreaterThan(0);
    expect(appointEdges.hidden).toBe(appointEdges.total);
    expect(appointEdges.label).toBe('Senate');
  });

  it('keeps the view in the address bar as it changes, so that it can be shared', async () => {
    await openAsOf('2010-01-01');
    await page.selectOption('#layout', 'dagre');
    await page.waitForSelector('#graph[data-state="ready"]');
    await openTool(page, 'filters-toggle');
    await page.uncheck('#filters-body input[name="relation-kind"][value="reports-to"]');
    await page.selectOption('#go-to', 'prosecutor-general');
    await page.locator('#details article[data-node="prosecutor-general"]').waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get('date')).toBe('2010-01-01');
    expect(params.get('layout')).toBe('dagre');
    expect(params.get('hide')).toBe('reports-to');
    expect(params.get('focus')).toBe('prosecutor-general');
  });

  it('hides historical bodies and events when the filter says so', async () => {
    await page.goto(`${started.app.url}/?date=1950-01-01`);
    await page.waitForSelector('#graph[data-state="ready"]');
    const visibleHistorical = () =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
        return cy.nodes('.historical-body').filter((node) => !node.hasClass('filtered')).length;
      });
    expect(await visibleHistorical()).toBeGreaterThan(0);
    await openTool(page, 'filters-toggle');
    await page.uncheck('#filters-body input[name="historical"]');
    expect(await visibleHistorical()).toBe(0);
    expect(new URL(page.url()).searchParams.get('historical')).toBe('0');
  });

  it('hides an administrative level or a whole branch when the filters say so', async () => {
    await openAsOf('2010-01-01');
    const shown = (selector: string) =>
      page.evaluate((wanted) => {
        const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
        return cy
          .nodes(wanted)
          .filter((node) => !node.hasClass('filtered'))
          .map((node) => node.id());
      }, selector);
    expect(await shown('[level = "district"]')).toContain('district-prosecutor');
    await openTool(page, 'filters-toggle');
    await page.uncheck('#filters-body input[name="level"][value="district"]');
    expect(await shown('[level = "district"]')).toEqual([]);
    expect(await shown('[level = "national"]')).toContain('prosecutor-general');
    await page.uncheck('#filters-body input[name="branch"][value="judicial"]');
    expect(await shown('[branch = "judicial"]')).toEqual([]);
    expect(await shown('[branch = "executive"]')).toContain('government');
    const params = new URL(page.url()).searchParams;
    expect(params.get('hideLevels')).toBe('district');
    expect(params.get('hideBranches')).toBe('judicial');
  });

  it('shows the checks and balances matrix, and the relations behind a cell', async () => {
    await openAsOf('2010-01-01');
    await openTool(page, 'checks-toggle');
    const cell = page.locator('#checks-panel button.matrix-cell[data-from="presidential"][data-to="prosecutorial"]');
    await cell.waitFor();
    expect(await cell.textContent()).toMatch(/appoints × \d+/);
    await cell.click();
    const relations = page.locator('#details .branch-links li.relation');
    await relations.first().waitFor();
    expect(await relations.allTextContents()).toEqual(
      expect.arrayContaining(['President of the Republic of Kazakhstan — appoints → Prosecutor General']),
    );
    const selected = await page.evaluate(() =>
      (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.edges(':selected').map((edge) => edge.id()),
    );
    expect(selected).toContain('president-appoints-prosecutor-general-1995');
  });

  it('answers "Who appoints this?" with the chain up to the top, every branch of it, consents included, in one request, and marks it in the graph', async () => {
    await openAsOf('2010-01-01');
    const questionRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') questionRequests.push(request.url());
    });
    const ask = async (id: string) => {
      await page.selectOption('#go-to', id);
      await page.locator(`#details article[data-node="${id}"]`).waitFor();
      questionRequests.length = 0;
      await page.click('#details button[data-question="whoAppoints"]');
      const steps = page.locator('#details .answer.chain li');
      await steps.first().waitFor();
      const marked = await page.evaluate(() =>
        (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy
          .nodes('.highlighted')
          .map((node) => node.id())
          .sort(),
      );
      return { steps: await steps.allTextContents(), marked, requests: questionRequests.length };
    };

    expect(await ask('district-prosecutor')).toEqual({
      steps: [
        'Prosecutor General → District prosecutor, 5 years',
        'President of the Republic of Kazakhstan → Prosecutor General (with the consent of Senate), 5 years',
      ],
      marked: ['district-prosecutor', 'president', 'prosecutor-general', 'senate'],
      requests: 1,
    });
    // Three appointers at the first level, and the President again above the Senate.
    const council = await ask('constitutional-council');
    expect(council.steps).toHaveLength(4);
    expect(council.steps[3]).toBe('President of the Republic of Kazakhstan → Senate');
    expect(council.marked).toEqual(expect.arrayContaining(['constitutional-council', 'mazhilis', 'president', 'senate']));
    expect(council.requests).toBe(1);
  });

  it('answers "Who can remove this?"', async () => {
    await openAsOf('2010-01-01');
    await page.selectOption('#go-to', 'prosecutor-general');
    await page.locator('#details article[data-node="prosecutor-general"]').waitFor();
    await page.click('#details button[data-question="removers"]');
    const items = page.locator('#details .answer-area li');
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual(
      expect.arrayContaining(['President of the Republic of Kazakhstan: dismisses', 'Senate: lifts the immunity of']),
    );
  });

  it('finds how the Senate is connected to a district prosecutor, explains each step and marks the path', async () => {
    await openAsOf('2010-01-01');
    await openTool(page, 'path-toggle');
    await page.selectOption('#path-from', 'senate');
    await page.selectOption('#path-to', 'district-prosecutor');
    await page.click('#path-form button[type="submit"]');
    const sentences = page.locator('#details .path-answer ol.path li');
    await sentences.first().waitFor();
    expect(await sentences.allTextContents()).toEqual(
      expect.arrayContaining([
        'The Senate consents to the appointment of the Prosecutor General.',
        'The Prosecutor General appoints the district prosecutor.',
      ]),
    );
    const markedEdges = await page.evaluate(() =>
      (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.edges('.highlighted').map((edge) => edge.id()),
    );
    expect(markedEdges).toContain('prosecutor-general-appoints-district-prosecutor');
  });

  it('writes the labels in Kazakh Latin letters when asked', async () => {
    await page.goto(`${started.app.url}/?date=2010-01-01&labels=kk-latn`);
    await page.waitForSelector('#graph[data-state="ready"]');
    const labels = await page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      return { senate: cy.getElementById('senate').data('label'), mazhilis: cy.getElementById('mazhilis').data('label') };
    });
    expect(labels).toEqual({ senate: 'Senat', mazhilis: 'Mäjılıs' });
    expect(await page.inputValue('#label-lang')).toBe('kk-latn');
    // Search names what it finds as the graph does.
    await page.focus('#search-input');
    await page.keyboard.type('Majilis');
    await page.waitForFunction(() => document.querySelector('#search-results .search-option:first-child')?.id === 'search-option-mazhilis');
    expect(await page.locator('#search-option-mazhilis .search-option-name').textContent()).toBe('Mäjılıs');
  });

  it('finds an institution by an inflected name from the keyboard, and opens it', async () => {
    await openAsOf('2010-01-01');
    await page.focus('#search-input');
    await page.keyboard.type('Сенаттың');
    await page.locator('#search-option-senate').waitFor();
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#details article[data-node="senate"]').waitFor();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('senate');
  });

  it('finds the Prosecutor General first for Kazakh typed in Latin letters, "Bas prokuror", and opens it', async () => {
    await openAsOf('2010-01-01');
    await page.focus('#search-input');
    await page.keyboard.type('Bas prokuror');
    await page.waitForFunction(
      () => document.querySelector('#search-results .search-option:first-child')?.id === 'search-option-prosecutor-general',
    );
    // Named in the labels' language, with the name that matched beside it.
    expect(await page.locator('#search-option-prosecutor-general').textContent()).toBe('Prosecutor General Бас прокурор');
    await page.keyboard.press('Enter');
    await page.locator('#details article[data-node="prosecutor-general"]').waitFor();
  });

  describe("in the reader's languages", () => {
    /** The explorer in a fresh browser whose language is `locale` (what navigator.languages and Accept-Language say). */
    async function openIn(locale: string, query: string) {
      const context = await started.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
      const localized = await context.newPage();
      const refused = watchContentSecurityPolicy(localized);
      await localized.goto(`${started.app.url}/${query}`);
      await localized.waitForSelector('#graph[data-state="ready"]');
      const close = async () => {
        await context.close();
        expect(refused).toEqual([]);
      };
      return { page: localized, close };
    }

    const labelOf = (on: Page, id: string) =>
      on.evaluate((wanted) => String((window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.getElementById(wanted).data('label')), id);

    it.each([
      ['ru-RU', 'ru', 'Правовые институты Казахстана', 'Генеральный прокурор'],
      ['kk-KZ', 'kk', 'Қазақстанның құқықтық институттары', 'Бас прокурор'],
      ['de-DE', 'en', "Kazakhstan's legal institutions", 'Prosecutor General'],
    ])('a browser in %s opens the explorer in "%s", and its labels too', async (locale, lang, title, prosecutorGeneral) => {
      const { page: localized, close } = await openIn(locale, '?date=2010-01-01');
      try {
        expect(await localized.locator('h1').textContent()).toBe(title);
        expect(await localized.getAttribute('html', 'lang')).toBe(lang);
        expect([await localized.inputValue('#ui-lang'), await localized.inputValue('#label-lang')]).toEqual([lang, lang]);
        expect(await labelOf(localized, 'prosecutor-general')).toBe(prosecutorGeneral);
      } finally {
        await close();
      }
    });

    it('lets a link name the languages: the link wins over the browser', async () => {
      const { page: localized, close } = await openIn('ru-RU', '?date=2010-01-01&ui=kk&labels=en');
      try {
        expect(await localized.locator('h1').textContent()).toBe('Қазақстанның құқықтық институттары');
        expect(await labelOf(localized, 'prosecutor-general')).toBe('Prosecutor General');
      } finally {
        await close();
      }
    });

    it('keeps labels chosen in their language when the interface changes, and labels not chosen follow it', async () => {
      const { page: localized, close } = await openIn('ru-RU', '?date=2010-01-01');
      try {
        await chooseLanguage(localized, '#ui-lang', 'kk');
        await localized.waitForFunction(
          () => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.getElementById('senate').data('label') === 'Сенат',
        );
        await localized.waitForSelector('#graph[data-state="ready"]');
        expect(await labelOf(localized, 'prosecutor-general')).toBe('Бас прокурор');
        expect(new URL(localized.url()).searchParams.get('labels')).toBeNull();

        await chooseLanguage(localized, '#label-lang', 'kk-latn');
        await localized.waitForFunction(
          () => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.getElementById('senate').data('label') === 'Senat',
        );
        await chooseLanguage(localized, '#ui-lang', 'en');
        await localized.waitForSelector('#graph[data-state="ready"]');
        expect(await localized.locator('h1').textContent()).toBe("Kazakhstan's legal institutions");
        expect(await labelOf(localized, 'senate')).toBe('Senat');
        expect(await localized.inputValue('#label-lang')).toBe('kk-latn');
        expect(new URL(localized.url()).searchParams.get('labels')).toBe('kk-latn');
      } finally {
        await close();
      }
    });
  });

  it('jumps along the timeline to a key date and redraws the graph for it', async () => {
    await openAsOf('2010-01-01');
    await openTool(page, 'timeline-toggle');
    await page.click('.key-date[data-date="2026-07-01"]');
    await page.waitForFunction(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      return document.querySelector('#graph')!.getAttribute('data-state') === 'ready' && cy.getElementById('kurultai').length === 1;
    });
    expect(await page.inputValue('#as-of')).toBe('2026-07-01');
    expect(await page.inputValue('#timeline')).toBe('2026');
    const present = await page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      return { senate: cy.getElementById('senate').length, kurultai: cy.getElementById('kurultai').length };
    });
    expect(present).toEqual({ senate: 0, kurultai: 1 });
    expect(await page.getAttribute('.key-date[data-date="2026-07-01"]', 'aria-pressed')).toBe('true');
  });

  it('compares two dates: what 1 July 2026 added and removed', async () => {
    await page.goto(`${started.app.url}/?date=2026-07-01`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await openTool(page, 'timeline-toggle');
    await page.fill('#compare-date', '2026-06-30');
    await page.check('#compare-toggle');
    const added = page.locator('#details .comparison .added-entities li');
    await added.first().waitFor();
    expect(await added.allTextContents()).toEqual(expect.arrayContaining(['Kurultai']));
    expect(await page.locator('#details .comparison .removed-entities li').allTextContents()).toEqual(expect.arrayContaining(['Senate']));
    const marked = await page.evaluate(() =>
      (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.nodes('.added').map((node) => node.id()),
    );
    expect(marked).toContain('kurultai');
  });

  it('opens a quoted passage in the document reader, and a mention there focuses its entity', async () => {
    await openAsOf('2010-01-01');
    await page.selectOption('#go-to', 'prosecutor-general');
    const details = page.locator('#details article[data-node="prosecutor-general"]');
    await details.waitFor();
    expect(await details.locator('.mentions li').count()).toBeGreaterThan(0);
    await details.locator('.appointment .open-in-reader').first().click();
    const quoted = page.locator('#reader-panel mark.quoted');
    await quoted.first().waitFor();
    expect((await quoted.allTextContents()).join('')).toContain('Парламент сенатының келісімімен');
    expect(await page.inputValue('#reader-document')).toBe('002_dedaa8bfc38399d5');
    await page.locator('#reader-panel button.mention[data-entity="senate"]').first().click();
    await page.locator('#details article[data-node="senate"]').waitFor();
  });

  it('lists the visible graph as tables, which follow the filters', async () => {
    await openAsOf('2010-01-01');
    await openTool(page, 'table-toggle');
    const rows = page.locator('#institutions-table tbody tr');
    await rows.first().waitFor();
    const visibleInstitutions = () =>
      page.evaluate(
        () =>
          (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy
            .nodes()
            .filter((node) => node.data('kind') !== 'branch' && !node.hasClass('filtered')).length,
      );
    expect(await rows.count()).toBe(await visibleInstitutions());
    const before = await rows.count();
    await openTool(page, 'filters-toggle');
    await page.uncheck('#filters-body input[name="branch"][value="judicial"]');
    await page.waitForFunction((count) => document.querySelectorAll('#institutions-table tbody tr').length < count, before);
    expect(await rows.count()).toBe(await visibleInstitutions());
    expect(await page.locator('#institutions-table').textContent()).not.toContain('Supreme Court');
  });

  it('has no serious or critical accessibility violations on the main views (axe-core)', async () => {
    await openAsOf('2010-01-01');
    await page.selectOption('#go-to', 'prosecutor-general');
    await page.locator('#details article[data-node="prosecutor-general"]').waitFor();
    await openTool(page, 'table-toggle');
    await openTool(page, 'checks-toggle');
    await page.locator('#checks-panel table').waitFor();
    // Through DevTools, as a browser extension would: an inline <script> is what the app's CSP refuses.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .slice(0, 3)
              .map((node) => node.target.join(' '))
              .join(', ')}`,
        );
    });
    expect(violations).toEqual([]);
  });

  it('downloads the view as a PNG at twice the screen resolution, with room for title, legend and citation', async () => {
    await openAsOf('2010-01-01');
    const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'png-2x')]);
    expect(download.suggestedFilename()).toBe('kz-legal-graph-2010-01-01@2x.png');
    const file = readFileSync((await download.path())!);
    expect(file.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = [file.readUInt32BE(16), file.readUInt32BE(20)];
    const drawing = await page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      const box = cy.elements().boundingBox();
      return { width: box.w * cy.zoom(), height: box.h * cy.zoom() };
    });
    expect(width).toBeGreaterThanOrEqual(Math.floor(drawing.width * 2) - 4);
    expect(height).toBeGreaterThan(drawing.height * 2);
  });

  it('downloads the view as an SVG whose title, legend, citation and the names of all entities drawn are real text', async () => {
    await openAsOf('2010-01-01');
    const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'svg-export')]);
    expect(download.suggestedFilename()).toBe('kz-legal-graph-2010-01-01.svg');
    const svg = new XMLParser({ ignoreAttributes: false }).parse(readFileSync((await download.path())!, 'utf8')).svg;
    const byClass = (name: string) => svg.text.find((text: { '@_class'?: string }) => text['@_class'] === name)['#text'];
    expect(byClass('title')).toContain('2010-01-01');
    expect(byClass('citation')).toMatch(/kz-legal-graph, \S+, http:\/\/.*date=2010-01-01/);
    const legend = svg.g.text.map((text: { '#text': string }) => text['#text']);
    expect(legend).toEqual(expect.arrayContaining(['Office', 'State body', 'Court', 'appoints', 'consents to the appointment of']));
    // Every entity on the screen is named in the file, whichever labels the picture had room for.
    const { drawnLabels, senateLabel } = await page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: import('cytoscape').Core } }).kzGraph;
      return {
        drawnLabels: cy.nodes(':visible').map((node) => String(node.data('label'))),
        senateLabel: String(cy.getElementById('senate').data('label')),
      };
    });
    expect(drawnLabels.length).toBeGreaterThan(10);
    expect(drawnLabels).toContain(senateLabel);
    expect(svg.desc['#text'].split('; ').sort()).toEqual([...drawnLabels].sort());
  });

  it('says so, in the chosen language, when the graph holds nothing for the date', async () => {
    await page.goto(`${started.app.url}/?date=0900-01-01&ui=kk`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await expect(page.textContent('#status')).resolves.toBe('Бұл күнге графта ештеңе жоқ. Басқа күнді таңдаңыз.');
  });

  it('asks by GET, so that the browser and a CDN in front of the server can keep the answers', async () => {
    const answers: { method: string; cacheControl: string | undefined }[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql')
        answers.push({ method: response.request().method(), cacheControl: response.headers()['cache-control'] });
    });
    await page.goto(`${started.app.url}/?date=2010-01-01`);
    await page.waitForSelector('#graph[data-state="ready"]');
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const answer of answers) expect(answer).toEqual({ method: 'GET', cacheControl: expect.stringMatching(/^public, max-age=\d+/) });
  });

  it('says what went wrong when the server cannot be reached, and tries again when asked', async () => {
    await page.goto(`${started.app.url}/?date=2010-01-01&ui=ru`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await page.route('**/graphql?*', (route) => route.abort('connectionrefused'));
    await page.fill('#as-of', '2020-01-01');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForSelector('#graph[data-state="error"]');
    await expect(page.textContent('#status')).resolves.toContain('Не удалось связаться с сервером');
    await page.unroute('**/graphql?*');
    await page.click('#status button:text("Повторить")');
    await page.waitForSelector('#graph[data-state="ready"]');
    expect(await page.isVisible('#status')).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.nodes().length)).toBeGreaterThan(50);
  });

  it('tells the user the database is down rather than showing an empty graph', async () => {
    const databaseDown = await startTestApp({ neo4jUri: DATABASE_DOWN_URI, log: () => undefined });
    try {
      await page.goto(`${databaseDown.url}/?ui=en`);
      await page.waitForSelector('#graph[data-state="error"]');
      await expect(page.textContent('#status')).resolves.toBe('The database is not answering just now. Try again in a minute. Try again');
    } finally {
      await databaseDown.close();
    }
  });

  it('works on a 360 px wide phone: the drawing first, the tools in menus that fit the screen', async () => {
    const phone = await started.browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
    try {
      await phone.goto(`${started.app.url}/?date=2010-01-01`);
      await phone.waitForSelector('#graph[data-state="ready"]');
      const graphBox = (await phone.locator('#graph').boundingBox())!;
      expect(graphBox.width).toBeGreaterThan(300);
      expect(graphBox.y).toBeLessThan(200);
      // The legend starts folded on a phone, over the drawing rather than below it.
      expect(await phone.isVisible('#legend')).toBe(false);
      await phone.click('#tools-button');
      expect(await phone.getAttribute('#tools-button', 'aria-expanded')).toBe('true');
      const menu = (await phone.locator('#tools-menu').boundingBox())!;
      expect(menu.x).toBeGreaterThanOrEqual(0);
      expect(menu.x + menu.width).toBeLessThanOrEqual(360);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await phone.close();
    }
  });

  it('tells kinds apart without colour, and downloads the visible elements as JSON', async () => {
    await openAsOf('2010-01-01');
    const shapes = await page.evaluate(() => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      return ['prosecutor-general', 'general-prosecutors-office', 'supreme-court'].map((id) => cy.getElementById(id).style('shape'));
    });
    expect(new Set(shapes).size).toBe(3);
    await openTool(page, 'filters-toggle');
    await page.uncheck('#filters-body input[name="relation-kind"][value="appoints"]');
    const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'json-export')]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      asOf: string;
      elements: { group: string; data: { type?: string } }[];
    };
    expect(exported.asOf).toBe('2010-01-01');
    expect(exported.elements.some((element) => element.group === 'nodes')).toBe(true);
    expect(exported.elements.filter((element) => element.group === 'edges').length).toBeGreaterThan(0);
    expect(exported.elements.some((element) => element.data.type === 'appoints')).toBe(false);
  });

  it('draws the same picture on every load, so a shared link or a slide shows what its author saw', async () => {
    const positions = async () => {
      await page.goto(`${started.app.url}/?date=2026-11-21`);
      await page.waitForSelector('#graph[data-state="ready"]');
      return page.evaluate(() =>
        (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy
          .nodes()
          .map((node) => `${node.id()} ${Math.round(node.position('x'))} ${Math.round(node.position('y'))}`),
      );
    };
    const first = await positions();
    expect(first.length).toBeGreaterThan(50);
    expect(await positions()).toEqual(first);
  });

  it('draws the whole graph with no label over another, and shows hidden labels when zoomed in', async () => {
    const labelBoxes = () =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
        return cy
          .nodes()
          .filter(
            (node) =>
              node.isChildless() && !node.hasClass('label-hidden') && !node.hasClass('filtered') && String(node.style('label')) !== '',
          )
          .map((node) =>
            node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }),
          )
          .filter((box) => box.w > 0);
      });
    const overlapping = (boxes: { x1: number; x2: number; y1: number; y2: number }[]) =>
      boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          .map(() => i),
      );
    // Which labels fit depends on the fonts the machine has; that a hidden label would have covered
    // one that is shown does not: the declutter hides only what it must.
    const hiddenThatWouldFit = () =>
      page.evaluate(() => {
        const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
        const boxOf = (node: import('cytoscape').SingularElementArgument) =>
          node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        const meets = (a: { x1: number; x2: number; y1: number; y2: number }, b: typeof a) =>
          a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        const drawn = cy.nodes().filter((node) => !node.hasClass('filtered'));
        const shown = drawn
          .filter((node) => !node.hasClass('label-hidden'))
          .map((node) => boxOf(node))
          .filter((box) => box.w > 0);
        return drawn
          .filter((node) => node.hasClass('label-hidden'))
          .filter((node) => {
            node.removeClass('label-hidden');
            const box = boxOf(node);
            node.addClass('label-hidden');
            return !shown.some((other) => meets(box, other));
          })
          .map((node) => node.id());
      });
    for (const date of ['2010-01-01', '2026-11-21']) {
      await page.goto(`${started.app.url}/?date=${date}`);
      await page.waitForSelector('#graph[data-state="ready"]');
      const boxes = await labelBoxes();
      expect(overlapping(boxes)).toEqual([]);
      expect(boxes.length).toBeGreaterThan(0);
      expect(await hiddenThatWouldFit()).toEqual([]);
    }
    // On a phone the whole graph has no room for every label: some wait until zooming makes room.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${started.app.url}/?date=2026-11-21`);
    await page.waitForSelector('#graph[data-state="ready"]');
    expect(overlapping(await labelBoxes())).toEqual([]);
    const hiddenBefore = await page.evaluate(() =>
      (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.nodes('.label-hidden').map((node) => node.id()),
    );
    expect(hiddenBefore.length).toBeGreaterThan(0);
    await page.evaluate((around) => {
      const { cy } = (window as unknown as { kzGraph: { cy: Cy } }).kzGraph;
      cy.zoom({ level: cy.zoom() * 3, renderedPosition: cy.getElementById(around).renderedPosition() });
    }, hiddenBefore[0]);
    await page.waitForFunction(
      (hidden) => (window as unknown as { kzGraph: { cy: Cy } }).kzGraph.cy.nodes('.label-hidden').length < hidden,
      hiddenBefore.length,
    );
    expect(overlapping(await labelBoxes())).toEqual([]);
  });
});
