import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; the flags keep it from reaching for the network this machine does not have. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects what a page's Content-Security-Policy refused (Chromium reports each refusal on the
 * console), so that a test can show the explorer works under the app's policy. Refusals to be
 * framed are left out: a test that checks them expects them.
 */
export function watchContentSecurityPolicy(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text) && !/frame-ancestors/.test(text)) refusals.push(text);
  });
  return refusals;
}
