import type { BrowserContext, Page } from 'playwright-core';
import { loadQueryExamples } from '../../server/src/graphql/examples';
import { watchContentSecurityPolicy } from '../support/browser';
import { appAndBrowser } from '../support/browserApp';

/** The text Monaco shows in an editor (the lines it has drawn), with its spaces as typed. */
const editorText = (page: Page, editor: string) =>
  page
    .locator(`${editor} .view-lines`)
    .first()
    .innerText()
    .then((text) => text.replace(/\u00a0/g, ' '));

describe('the GraphQL IDE in a real browser, with nothing reachable but the app', () => {
  let context: BrowserContext;
  let page: Page;
  /** Every request for anything but the app (the route below refuses them). */
  let elsewhere: Set<string>;
  let refusedByPolicy: string[];
  let pageErrors: string[];

  const started = appAndBrowser({ clock: { today: () => '2026-11-21' } });
  beforeEach(async () => {
    // A fresh context: no tabs kept from an earlier visit, so the IDE opens with the examples.
    context = await started.browser.newContext({ viewport: { width: 1280, height: 800 } });
    elsewhere = new Set();
    // As a classroom network that lets only the app through: anything else is refused, and noted.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === started.app.url) return route.continue();
      elsewhere.add(url);
      return route.abort('blockedbyclient');
    });
    // Requests the route might not see (a worker's) are noted too; data: and blob: stay in the page.
    context.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== started.app.url) elsewhere.add(url);
    });
    page = await context.newPage();
    refusedByPolicy = watchContentSecurityPolicy(page);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await context.close();
    expect([...elsewhere]).toEqual([]);
    expect(refusedByPolicy).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("opens with the worked examples as tabs and the schema's documentation, and runs an example", async () => {
    const examples = loadQueryExamples();
    await page.goto(`${started.app.url}/graphql`);

    // One tab per worked example, named by its operation, the first one open.
    await page.waitForFunction((count) => document.querySelectorAll('.graphiql-tab').length === count, examples.length);
    const operationName = (query: string) => /^query (\w+)/m.exec(query)![1];
    expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual(examples.map((example) => operationName(example.query)));
    expect(await page.locator('.graphiql-tab-active').innerText()).toBe(operationName(examples[0].query));

    // The schema's documentation, from introspection: the root types, then the fields of Query.
    await page.locator('.graphiql-doc-explorer-root-type', { hasText: 'query' }).waitFor();
    await page
      .locator('.graphiql-doc-explorer .graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: /^whoAppoints$/ }).waitFor();

    // Run "What is the Constitutional Court called": its tab, the query with its question above it,
    // and the answer the docs promise, in the response editor.
    const index = examples.findIndex((candidate) => operationName(candidate.query) === 'ConstitutionalCourt');
    const example = examples[index];
    await page.locator('.graphiql-tab').nth(index).click();
    expect(await page.locator('.graphiql-tab-active').innerText()).toBe('ConstitutionalCourt');
    await page.waitForFunction(
      (title) =>
        document
          .querySelector('.graphiql-query-editor .view-lines')
          ?.textContent?.replace(/\u00a0/g, ' ')
          .includes(title),
      `# ${example.title}`,
    );
    // GraphiQL reads the operation's name from the editor a moment (debounced) after the tab's
    // query appears; it keeps the query it read in its storage in that same step. Run before it,
    // and the previous tab's operation name goes with this query.
    await page.waitForFunction(() => localStorage.getItem('graphiql:query')?.includes('query ConstitutionalCourt'));
    const answered = page.waitForResponse(
      (response) =>
        response.url() === `${started.app.url}/graphql` && (response.request().postData() ?? '').includes('ConstitutionalCourt'),
    );
    await page.locator('.graphiql-execute-button').click();
    const answer = (await (await answered).json()) as { data?: unknown; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject(example.expected as object);
    await page.waitForFunction(() =>
      document
        .querySelector('.graphiql-response .view-lines')
        ?.textContent?.replace(/\u00a0/g, ' ')
        .includes('"institution"'),
    );
    expect(await editorText(page, '.graphiql-response')).toContain('"kk": "Конституциялық Сот"');
  });
});
