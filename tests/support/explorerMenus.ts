import type { Page } from 'playwright-core';

/**
 * The explorer's controls that wait in its menus (client/index.html), reached as a mouse user
 * reaches them: the Tools menu's panels, the Share menu's items, the languages' panel.
 */
export async function openTool(page: Page, toggle: string): Promise<void> {
  if ((await page.getAttribute(`#${toggle}`, 'aria-expanded')) === 'true') return;
  if (await page.locator('#tools-menu').locator(`#${toggle}`).count()) await page.click('#tools-button');
  await page.click(`#${toggle}`);
}

/** Chooses an item of the Share menu (downloads, the embed dialog). */
export async function share(page: Page, item: string): Promise<void> {
  await page.click('#share-button');
  await page.click(`#${item}`);
}

/** Chooses the interface's language (`#ui-lang`) or the labels' (`#label-lang`). */
export async function chooseLanguage(page: Page, select: '#ui-lang' | '#label-lang', value: string): Promise<void> {
  if ((await page.getAttribute('#languages-button', 'aria-expanded')) !== 'true') await page.click('#languages-button');
  await page.selectOption(select, value);
}
