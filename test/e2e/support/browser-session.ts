import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signedInCookies } from './browser-sign-in';
import { launchChromium } from './chromium';

/** One browser with a fresh context and page; errors in the page fail the test that caused them. */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Opens Chromium at a laptop-sized viewport, in a fixed zone so local times are predictable.
 * The browser is signed in to the test servers started before it, unless `signedIn: false`.
 */
export async function openBrowserSession(
  options: { signedIn?: boolean } = {},
): Promise<BrowserSession> {
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  if (options.signedIn !== false) await context.addCookies(signedInCookies());
  const page = await context.newPage();
  // Fail fast with Playwright's own message, well inside the test's timeout.
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // HTTP errors the app handles (404 before a postmortem exists, 412 on a conflict) are logged
    // by Chromium itself; they are expected answers, not faults of the page.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(message.text());
    }
  });
  return {
    browser,
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      await browser.close();
    },
  };
}
