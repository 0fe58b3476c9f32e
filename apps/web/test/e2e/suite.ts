/**
 * The built server and a browser for one `describe` of browser tests: both started before its tests,
 * with a page open in a fresh context, and stopped after them.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { startApp, type RunningApp, type StartAppOptions } from './server';

/** Set by the suite's first beforeAll, so a test (and the suite's own beforeAll) can use every field. */
export interface BrowserSuite {
  app: RunningApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** What the page logged as errors; a suite's last test asserts there were none. */
  pageErrors: string[];
}

export interface BrowserSuiteOptions {
  /** How to start the server; read when the suite starts (after earlier hooks, such as a mock's). */
  app?: () => StartAppOptions;
  /** The page's context (viewport and the like). */
  page?: BrowserContextOptions;
}

/** Call at the top of a `describe`, before its own hooks. */
export function useAppInBrowser(options: BrowserSuiteOptions = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    [suite.app, suite.browser] = await Promise.all([startApp(options.app?.()), launchBrowser()]);
    const { context, page, errors } = await openPage(suite.browser, options.page);
    Object.assign(suite, { context, page, pageErrors: errors });
  }, 240_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  });
  return suite;
}
