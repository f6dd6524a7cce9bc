import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestApp, type RunningApp } from './testApp';

/**
 * For a file of browser tests: the real app (`startTestApp` with `options`) and Debian's Chromium,
 * started before the file's tests and stopped after them. Read them in tests and hooks: they
 * exist once the file's first hook has run.
 */
export function appAndBrowser(options?: Parameters<typeof startTestApp>[0]): { readonly app: RunningApp; readonly browser: Browser } {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startTestApp(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    get app() {
      return app!;
    },
    get browser() {
      return browser!;
    },
  };
}
