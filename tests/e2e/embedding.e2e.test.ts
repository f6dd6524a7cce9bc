import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { watchContentSecurityPolicy } from '../support/browser';
import { appAndBrowser } from '../support/browserApp';
import { share } from '../support/explorerMenus';
import { postGraphQL } from '../support/testApp';

type ComponentElement = HTMLElement & {
  graph: {
    nodes(): { map<T>(f: (node: { id(): string }) => T): T[] };
    $(selector: string): { map<T>(f: (node: { id(): string }) => T): T[] };
  } | null;
};

/** A course page on another origin (another port): what a teacher's LMS is to the app. */
async function startCoursePage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser may hold a socket it opened ahead of need: end it rather than wait for it.
        server.closeAllConnections();
      }),
  };
}

async function componentNodeIds(scope: Page | Frame): Promise<string[]> {
  await scope.waitForSelector('kz-legal-graph[data-state="ready"]');
  return scope.evaluate(() =>
    (document.querySelector('kz-legal-graph') as unknown as ComponentElement)
      .graph!.nodes()
      .map((node) => node.id())
      .sort(),
  );
}

describe('embedding views in course pages, in a real browser', () => {
  let page: Page;
  let version: string;

  const started = appAndBrowser({ clock: { today: () => '2026-11-21' } });
  beforeAll(async () => {
    version = (await postGraphQL<{ ontology: { graphVersion: string } }>(started.app.url, '{ ontology { graphVersion } }')).data!.ontology
      .graphVersion;
  });
  let refusedByPolicy: string[];
  beforeEach(async () => {
    page = await started.browser.newPage({ viewport: { width: 1100, height: 800 } });
    refusedByPolicy = watchContentSecurityPolicy(page);
  });
  afterEach(async () => {
    await page.close();
    // Everything ran under the app's Content-Security-Policy, and it refused nothing.
    expect(refusedByPolicy).toEqual([]);
  });

  it('shows the pinned view in an iframe on a page of another origin, and says which version it shows', async () => {
    const course = await startCoursePage(
      `<!doctype html><title>Course</title><h1>Week 3</h1><iframe src="${started.app.url}/embed?focus=prosecutor-general&depth=1&date=2010-01-01&labels=en&version=${version}" width="800" height="500"></iframe>`,
    );
    try {
      await page.goto(course.url);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      const ids = await componentNodeIds(frame!);
      expect(ids).toEqual(expect.arrayContaining(['prosecutor-general', 'president', 'senate']));
      expect(ids).not.toContain('district-court');
      const caption = await frame!.locator('kz-legal-graph figcaption').textContent();
      expect(caption).toContain('As of 2010-01-01');
      expect(caption).toContain(`data of version ${version} (pinned)`);
    } finally {
      await course.close();
    }
  });

  it('lets another site frame the embed route but not the explorer itself', async () => {
    const course = await startCoursePage(
      `<!doctype html><title>Course</title><iframe id="explorer" src="${started.app.url}/?date=2010-01-01"></iframe><iframe id="embed" src="${started.app.url}/embed?date=2010-01-01&focus=senate"></iframe>`,
    );
    try {
      await page.goto(course.url);
      const embed = await (await page.waitForSelector('#embed')).contentFrame();
      expect((await componentNodeIds(embed!)).length).toBeGreaterThan(1);
      const explorer = await (await page.$('#explorer'))!.contentFrame();
      await explorer!.waitForLoadState('load');
      expect(await explorer!.locator('#graph').count()).toBe(0);
    } finally {
      await course.close();
    }
  });

  it('renders the web component on another site, keeps the page CSS and its own apart, and can be used from the keyboard', async () => {
    const course = await startCoursePage(`<!doctype html><html lang="en"><title>Course</title>
      <style>div, figure, figcaption { border: 7px solid rgb(255, 0, 0) !important; color: rgb(255, 0, 0) !important; }</style>
      <button id="before">Before</button>
      <figure id="page-figure">A figure of the page</figure>
      <script type="module" src="${started.app.url}/kz-legal-graph.js"></script>
      <kz-legal-graph focus="senate" depth="1" date="2010-01-01" labels="en" height="420"></kz-legal-graph></html>`);
    try {
      await page.goto(course.url);
      const ids = await componentNodeIds(page);
      expect(ids).toContain('senate');
      const styles = await page.evaluate(() => {
        const root = document.querySelector('kz-legal-graph')!.shadowRoot!;
        const inner = getComputedStyle(root.querySelector('.graph')!);
        const pageFigure = getComputedStyle(document.getElementById('page-figure')!);
        return {
          innerBorder: inner.borderTopWidth,
          captionColour: getComputedStyle(root.querySelector('figcaption')!).color,
          pageFigureBorder: pageFigure.borderTopColor,
        };
      });
      expect(styles.innerBorder).toBe('0px');
      expect(styles.captionColour).not.toBe('rgb(255, 0, 0)');
      expect(styles.pageFigureBorder).toBe('rgb(255, 0, 0)');

      await page.focus('#before');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        host: document.activeElement?.tagName.toLowerCase(),
        inner: document.activeElement?.shadowRoot?.activeElement?.classList.contains('graph'),
      }));
      expect(focused).toEqual({ host: 'kz-legal-graph', inner: true });
      await page.keyboard.press('ArrowRight');
      const first = await page.evaluate(() => {
        const element = document.querySelector('kz-legal-graph') as unknown as ComponentElement;
        return {
          selected: element.graph!.$(':selected').map((node) => node.id()),
          said: element.shadowRoot!.querySelector('.announce')!.textContent,
        };
      });
      expect(first.selected).toHaveLength(1);
      expect(first.said).toMatch(/\(1\/\d+\)/);
      await page.keyboard.press('ArrowRight');
      const second = await page.evaluate(() =>
        (document.querySelector('kz-legal-graph') as unknown as ComponentElement).graph!.$(':selected').map((node) => node.id()),
      );
      expect(second).toHaveLength(1);
      expect(second).not.toEqual(first.selected);
    } finally {
      await course.close();
    }
  });

  it("speaks, without a labels attribute, the course page's language, else the reader's browser's", async () => {
    const component = `<script type="module" src="${started.app.url}/kz-legal-graph.js"></script>
      <kz-legal-graph focus="prosecutor-general" depth="1" date="2010-01-01" height="300"></kz-legal-graph>`;
    const russianPage = await startCoursePage(`<!doctype html><html lang="ru"><title>Курс</title>${component}</html>`);
    const pageOfNoLanguage = await startCoursePage(`<!doctype html><html><title>Course</title>${component}</html>`);
    const kazakhBrowser = await started.browser.newContext({ locale: 'kk-KZ' });
    const spoken = async (url: string) => {
      const reader = await kazakhBrowser.newPage();
      await reader.goto(url);
      await reader.waitForSelector('kz-legal-graph[data-state="ready"]');
      return reader.evaluate(() => {
        const element = document.querySelector('kz-legal-graph') as HTMLElement & { graph: import('cytoscape').Core };
        return {
          label: String(element.graph.getElementById('prosecutor-general').data('label')),
          caption: element.shadowRoot!.querySelector('figcaption')!.textContent,
        };
      });
    };
    try {
      const inRussian = await spoken(russianPage.url);
      expect(inRussian.label).toBe('Генеральный прокурор');
      expect(inRussian.caption).toContain('Правовые институты Казахстана');
      const inKazakh = await spoken(pageOfNoLanguage.url);
      expect(inKazakh.label).toBe('Бас прокурор');
      expect(inKazakh.caption).toContain('Қазақстанның құқықтық институттары');
    } finally {
      await kazakhBrowser.close();
      await russianPage.close();
      await pageOfNoLanguage.close();
    }
  });

  it('labels entities and relations as the explorer does, in Kazakh Latin letters too', async () => {
    type Labelled = { elements(): { map<T>(f: (element: { id(): string; data(name: string): unknown }) => T): T[] } };
    await page.goto(`${started.app.url}/?date=2010-01-01&labels=kk-latn`);
    await page.waitForSelector('#graph[data-state="ready"]');
    const inExplorer = await page.evaluate(() =>
      (window as unknown as { kzGraph: { cy: Labelled } }).kzGraph.cy
        .elements()
        .map((element) => [element.id(), String(element.data('label'))] as [string, string]),
    );
    await page.goto(`${started.app.url}/embed?date=2010-01-01&labels=kk-latn`);
    await page.waitForSelector('kz-legal-graph[data-state="ready"]');
    const inEmbed = await page.evaluate(() =>
      (document.querySelector('kz-legal-graph') as unknown as { graph: Labelled }).graph
        .elements()
        .map((element) => [element.id(), String(element.data('label'))] as [string, string]),
    );
    expect(inEmbed.length).toBeGreaterThan(50);
    expect(new Map(inEmbed)).toEqual(new Map(inExplorer));
    // The embed once wrote only the entities' labels in Latin letters, and the relations' in Cyrillic.
    expect(inEmbed.filter(([, label]) => /\p{Script=Cyrillic}/u.test(label))).toEqual([]);
  });

  it('downloads the view as one HTML file that opens from file:// with the network blocked and shows the same nodes', async () => {
    await page.goto(`${started.app.url}/?focus=senate&date=2010-01-01&labels=en`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await share(page, 'embed-toggle');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kz-view-')), download.suggestedFilename());
    writeFileSync(file, readFileSync((await download.path())!));

    const online = await started.browser.newPage();
    await online.goto(`${started.app.url}/embed?focus=senate&date=2010-01-01&labels=en&version=${version}`);
    const expected = await componentNodeIds(online);
    await online.close();

    const offline = await started.browser.newContext({ offline: true });
    const requests: string[] = [];
    await offline.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith('file:') ? route.continue() : route.abort();
    });
    const archived = await offline.newPage();
    await archived.goto(`file://${file}`);
    expect(await componentNodeIds(archived)).toEqual(expected);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await offline.close();
  });

  it('gives the snippets, the link and the citations of the view in the "Embed this view" dialog', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: started.app.url });
    await page.goto(`${started.app.url}/?focus=prosecutor-general&date=2010-01-01&ui=en&labels=ru`);
    await page.waitForSelector('#graph[data-state="ready"]');
    await share(page, 'embed-toggle');
    expect(await page.isVisible('#embed-dialog')).toBe(true);
    const iframe = await page.inputValue('#embed-iframe');
    expect(iframe).toContain(`${started.app.url}/embed?focus=prosecutor-general&amp;date=2010-01-01&amp;labels=ru&amp;version=${version}`);
    expect(await page.inputValue('#embed-component')).toContain(
      `<kz-legal-graph focus="prosecutor-general" date="2010-01-01" labels="ru" version="${version}"`,
    );
    expect(await page.inputValue('#embed-apa')).toMatch(
      new RegExp(
        `^kz-legal-graph\\. \\(2026\\)\\. .*graph version ${version}; as of 2010-01-01\\]\\. Retrieved \\d{1,2} \\w+ 20\\d\\d, from http`,
      ),
    );
    expect(await page.inputValue('#embed-bibtex')).toMatch(/^@misc\{kzlegalgraphprosecutorgeneral20100101,/);
    await page.click('#embed-dialog button[data-copy="link"]');
    await page.locator('#embed-dialog button[data-copy="link"] + .copied:has-text("Copied")').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.inputValue('#embed-link'));
    // The permalink reopens the same view, pinned.
    await page.keyboard.press('Escape');
    await page.goto(copied);
    await page.waitForSelector('#graph[data-state="ready"]');
    await page.locator('#details article[data-node="prosecutor-general"]').waitFor();
    expect(new URL(page.url()).searchParams.get('version')).toBe(version);
  });
});
