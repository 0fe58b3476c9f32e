/**
 * What the screenshot scripts share: where the pictures go, how one is taken once the page has
 * settled, and the built server and browser they run against (both stopped however the script ends).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startApp, webDir, type RunningApp } from './server';

export const SCREENSHOTS_DIR = path.resolve(webDir, '../../docs/screenshots');

export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // No hover highlight wherever the last click happened.
  await page.mouse.move(0, 0);
  // Let transitions and deferred previews settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: false });
  console.log(`docs/screenshots/${name}.png`);
}

export async function withAppAndBrowser(run: (app: RunningApp, browser: Browser) => Promise<void>): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  try {
    await run(app, browser);
  } finally {
    await browser.close();
    await app.stop();
  }
}
