import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { watchContentSecurityPolicy } from '../support/browser';
import { appAndBrowser } from '../support/browserApp';

// The law's words one click away: a legal basis in the details panel shows the act, its dates, the
// provision, the provision's own words and a link to the act's official text.

describe('a legal basis in the details panel, in a real browser', () => {
  let page: Page;
  let refusedByPolicy: string[];

  const started = appAndBrowser({ clock: { today: () => '2026-11-21' } });
  beforeEach(async () => {
    page = await started.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    refusedByPolicy = watchContentSecurityPolicy(page);
  });
  afterEach(async () => {
    await page.close();
    expect(refusedByPolicy).toEqual([]);
  });

  /** Opens a view from its link, as a shared link would, and waits for its details. */
  async function openDetails(query: string, article: string): Promise<Locator> {
    await page.goto(`${started.app.url}/?${query}`);
    const details = page.locator(`#details ${article}`);
    await details.waitFor();
    return details;
  }

  /** The legal basis citing this provision of the act. */
  const basis = (within: Locator, article: string) => within.locator('li.legal-basis').filter({ hasText: article }).first();

  it("shows the Prosecutor General's appointment under the 2026 Constitution in its own words, with the act's dates and its official text", async () => {
    const details = await openDetails('focus=prosecutor-general', 'article[data-node="prosecutor-general"]');
    const appointment = basis(details.locator('.appointment'), 'article 84, paragraph 3');
    await expect(appointment.locator('.provision').textContent()).resolves.toBe(
      'Constitution of the Republic of Kazakhstan (2026), article 84, paragraph 3',
    );
    await expect(appointment.locator('.dates').textContent()).resolves.toBe('In force: 2026-07-01 — to the present');
    // The words as the official Russian text writes them, marked as Russian for screen readers and hyphenation.
    const wording = appointment.locator('blockquote.wording');
    await expect(wording.getAttribute('lang')).resolves.toBe('ru');
    await expect(wording.textContent()).resolves.toContain('Генеральный Прокурор назначается Президентом Республики Казахстан');

    const official = appointment.locator('a.official-text');
    await expect(official.getAttribute('href')).resolves.toMatch(/^https:\/\/adilet\.zan\.kz\//);
    await expect(official.getAttribute('target')).resolves.toBe('_blank');
    await expect(official.getAttribute('rel')).resolves.toContain('noopener');
    // Its name, as a screen reader reads it, says where it goes and that it opens a new tab.
    expect(await appointment.getByRole('link', { name: 'Official text (adilet.zan.kz) (opens in a new tab)', exact: true }).count()).toBe(
      1,
    );
  });

  it("links a legal act's own details to its official text", async () => {
    const details = await openDetails('focus=constitution-2026', 'article[data-node="constitution-2026"]');
    await expect(details.locator('dd a.official-text').getAttribute('href')).resolves.toBe('https://adilet.zan.kz/rus/docs/K2600000000');
  });

  it('folds a long provision behind a summary that opens it', async () => {
    const details = await openDetails(
      'edge=president-appoints-prosecutor-general-2026',
      'article[data-relation="president-appoints-prosecutor-general-2026"]',
    );
    const longProvision = basis(details, 'article 46, paragraph 5');
    const wording = longProvision.locator('details.wording-fold blockquote.wording');
    expect(await wording.isVisible()).toBe(false);
    await longProvision.locator('summary').click();
    expect(await wording.isVisible()).toBe(true);
    expect((await wording.textContent())!.length).toBeGreaterThan(320);
  });

  it('cites the provision in the interface language, the act named in it too', async () => {
    const details = await openDetails(
      'edge=president-appoints-prosecutor-general-2026&ui=ru',
      'article[data-relation="president-appoints-prosecutor-general-2026"]',
    );
    const appointment = basis(details, 'статья 84, пункт 3');
    await expect(appointment.locator('.provision').textContent()).resolves.toBe(
      'Конституция Республики Казахстан 2026 года, статья 84, пункт 3',
    );
    await expect(appointment.locator('.dates').textContent()).resolves.toBe('Действует: 2026-07-01 — по настоящее время');
    await expect(appointment.locator('a.official-text').textContent()).resolves.toBe(
      'Официальный текст (adilet.zan.kz) ↗ (откроется в новой вкладке)',
    );
  });

  it('says plainly when no wording is recorded, and offers no official text it does not have', async () => {
    const id = 'ussr-prosecutor-appoints-kazakh-ssr-prosecutor-1936';
    const details = await openDetails(`date=1950-01-01&edge=${id}`, `article[data-relation="${id}"]`);
    const article115 = basis(details, 'article 115');
    await expect(article115.locator('.no-wording').textContent()).resolves.toBe(
      'The wording of this provision is not recorded in the data.',
    );
    expect(await article115.locator('blockquote, a').count()).toBe(0);
    // The public page beside it opens in a new tab, and says so too.
    const reference = details.locator('li.reference a');
    await expect(reference.getAttribute('target')).resolves.toBe('_blank');
    await expect(reference.textContent()).resolves.toContain('(opens in a new tab)');
  });

  it('keeps the details panel free of serious or critical accessibility violations (axe-core)', async () => {
    const details = await openDetails(
      'edge=president-appoints-prosecutor-general-2026',
      'article[data-relation="president-appoints-prosecutor-general-2026"]',
    );
    await details.locator('summary').first().click();
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run: (context: string, options: object) => Promise<{ violations: { id: string; impact: string }[] }> };
      };
      const results = await axe.run('#details', { resultTypes: ['violations'] });
      return results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)).map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  });
});
