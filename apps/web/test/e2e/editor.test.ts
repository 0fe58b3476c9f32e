/**
 * The document editor and its history in a real browser: history pages and diffs, drafts kept in the
 * browser across a sign-out, double saves, line-ending counts, and what the application page shows.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, mustRun, uniqueEmail, watchPage } from './browser';
import { startApp, webDir, type RunningApp } from './server';
import { callTrpc } from './trpc';

const run = hasChromium || mustRun;
const SCREENSHOTS = path.resolve(webDir, '../../docs/screenshots');

const letter = (n: number) =>
  `# Letter to Acme\n\nDear Acme team,\n\nThis is draft number ${n} of my letter.\n\nI built rockets for ten years.\n\nKind regards,\nAda`;

describe.runIf(run)('the editor and history in a browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  const account = { email: uniqueEmail('ada'), password: 'analytical engine notes' };
  let applicationId = '';

  const trpc = (procedure: string, input: unknown) => callTrpc(page, app.url, procedure, input);

  const hydrated = (target: Page = page) => target.locator('html[data-hydrated]').waitFor({ state: 'attached' });

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    pageErrors = watchPage(page).errors;
    await page.goto(`${app.url}/register`);
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill(account.email);
    await page.locator('input[name=password]').fill(account.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ada' }).waitFor();
    const created = await trpc('applications.create', {
      companyName: 'Acme Rockets',
      roleTitle: 'Staff Engineer',
      jobDescription:
        'Acme Rockets is hiring a Staff Engineer to lead the platform team. You will design TypeScript and ' +
        'PostgreSQL services, mentor engineers, and own reliability. Requirements: 8+ years building backend ' +
        'systems, TypeScript, Node.js, PostgreSQL, Kubernetes, observability. Nice to have: Rust, Terraform.',
    });
    applicationId = created.id;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('pages the history, and shows who wrote each version, its first changed lines and a diff', async () => {
    let version = 0;
    for (let n = 1; n <= 23; n++) {
      const saved = await trpc('documents.update', {
        applicationId,
        type: 'cover_letter',
        content: letter(n),
        baseVersion: version,
      });
      version = saved.version;
    }
    await page.goto(`${app.url}/applications/${applicationId}/documents/cover_letter/history`);
    await hydrated();
    await page.getByText('Version 23 (current)').waitFor();
    const versions = page.getByTestId('history-version');
    expect(await versions.count()).toBe(20);
    const newest = versions.first();
    expect(await newest.textContent()).toMatch(/Version 22.*You.*Written .* replaced /);
    expect(await newest.getByTestId('first-change').textContent()).toContain('This is draft number 22 of my letter.');

    await newest.getByRole('button', { name: 'Show changes' }).click();
    const diff = newest.getByTestId('version-diff');
    await diff.waitFor();
    expect(await diff.locator('[data-change=removed]').allTextContents()).toEqual([
      expect.stringContaining('This is draft number 22 of my letter.'),
    ]);
    expect(await diff.locator('[data-change=added]').allTextContents()).toEqual([
      expect.stringContaining('This is draft number 23 of my letter.'),
    ]);
    await newest.screenshot({ path: path.join(SCREENSHOTS, 'history-diff.png') });

    await page.getByRole('link', { name: 'Older versions' }).click();
    await page.getByText('Version 2', { exact: true }).waitFor();
    expect(await versions.count()).toBe(2);
    await page.getByRole('link', { name: 'Newest versions' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
