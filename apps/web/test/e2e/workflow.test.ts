/**
 * The whole workflow in a real browser against the built server: register, create an
 * application, write and save a document with the preview following, reload, see the history,
 * sign out; then a second user sees none of it and gets a not-found page on the first user's URL.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asNewAccount,
  hasChromium,
  launchBrowser,
  mustRun,
  openPage,
  submitApplication,
  submitSignUp,
  uniqueEmail,
} from './browser';
import { startApp, type RunningApp } from './server';

const run = hasChromium || mustRun;

const RESUME = `# Ada Lovelace

ada@example.com · London

## Experience

### Lead Engineer, Analytical Engines Ltd (2019 – 2026)
- Built a TypeScript and PostgreSQL platform used by 40 teams
- Cut release time from two weeks to one day

## Skills
TypeScript, PostgreSQL, Node.js, distributed systems
`;

describe.runIf(run)('the workflow in a browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let applicationUrl = '';
  const ada = { name: 'Ada Lovelace', email: uniqueEmail('ada'), password: 'analytical engine notes' };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    ({ page, errors: pageErrors } = await openPage(browser));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('sends a visitor to sign in, and registration lands on the dashboard', async () => {
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await submitSignUp(page, ada);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('shows field errors next to the fields before anything is sent', async () => {
    await page.getByRole('link', { name: 'New application' }).first().click();
    await page.getByRole('heading', { name: 'New application' }).waitFor();
    await page.getByRole('button', { name: 'Create application' }).click();
    const company = page.getByLabel('Company');
    expect(await company.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Required').count()).toBeGreaterThanOrEqual(3);
    await page.getByLabel('Job posting URL').fill('not a url');
  });

  it('creates an application, shows its generated name, and lists it in the sidebar', async () => {
    await submitApplication(page, {
      company: 'Acme Rockets',
      role: 'Staff Engineer',
      jobDescription: 'Build reliable rockets with TypeScript and PostgreSQL.',
    });
    await page.getByText('Must be an http:// or https:// address').waitFor();
    await page.getByLabel('Job posting URL').fill('https://acme.example/jobs/42');
    await page.getByRole('button', { name: 'Create application' }).click();
    await page.getByText('Application created').waitFor();
    applicationUrl = page.url().replace(/\?.*$/, '');
    expect(applicationUrl).toMatch(/\/applications\/[0-9a-f-]{36}$/);
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '_');
    await page.getByText(`acme_rockets_staff_engineer_${day}`).first().waitFor();
    const sidebar = page.getByRole('list', { name: 'Your applications' });
    await sidebar.getByText('Acme Rockets').waitFor();
    expect(await sidebar.getByText('Staff Engineer').count()).toBe(1);
  });

  it('runs the research phase live with the offline engine', async () => {
    await page.getByRole('button', { name: /^Research: pending/ }).click();
    await page.getByRole('button', { name: /^Research: done/ }).waitFor({ timeout: 60_000 });
    await page.getByText('Written by AI').waitFor();
    await page.getByRole('heading', { name: /^Research: Staff Engineer at Acme Rockets/ }).waitFor();
    expect(await page.getByRole('tab', { name: /Research report/, selected: true }).count()).toBe(1);
    // The check report kept with the run is shown with the document, and survives a reload.
    await page.reload();
    const panel = page.getByTestId('truth-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/Checked against your material/);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/truth-panel-research.png` });
  });

  it('asks for a resume before tailoring one, and takes an uploaded .md file', async () => {
    await page.getByRole('button', { name: /^Resume: pending/ }).click();
    await page.getByText('Your resume library has no resume yet', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Add resume' }).first().click();
    await page.getByRole('heading', { name: 'Add a resume' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'ada-lovelace_resume.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(RESUME),
    });
    await page.getByText('File loaded').waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe('Ada lovelace resume');
    await page.getByTestId('preview').getByRole('heading', { name: 'Ada Lovelace' }).waitFor();
    await page.getByRole('button', { name: 'Add resume' }).last().click();
    await page.getByRole('heading', { name: 'Resume library' }).first().waitFor();
    await page.getByText('Primary', { exact: true }).first().waitFor();

    await page.getByRole('list', { name: 'Your applications' }).getByText('Acme Rockets').click();
    await page.getByRole('button', { name: /^Resume: pending/ }).click();
    await page.getByRole('button', { name: /^Resume: done/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: /Tailored resume/, selected: true }).waitFor();
  });

  it('edits a document with a live preview, saves twice, and keeps the text after a reload', async () => {
    await page.getByRole('tab', { name: /Cover letter/ }).click();
    await page.getByRole('link', { name: 'Write it yourself' }).click();
    const editor = page.getByRole('textbox', { name: 'Cover letter' });
    const preview = page.getByTestId('preview');
    await editor.fill('# Findings v1\n\nThe **first** text.');
    await preview.getByRole('heading', { name: 'Findings v1' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('All changes saved').waitFor();

    await editor.fill(
      '# Findings v2\n\nThe second text. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">',
    );
    await preview.getByRole('heading', { name: 'Findings v2' }).waitFor();
    await page.getByText('Unsaved changes').waitFor();
    await editor.press('Control+s');
    await page.getByText('All changes saved').waitFor();
    // The markup shows as text in the preview and never runs.
    await preview.getByText('<script>window.__pwned = 1</script>', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Cover letter' }).inputValue()).toContain('The second text.');
    await page.getByTestId('preview').getByRole('heading', { name: 'Findings v2' }).waitFor();
  });

  it('warns before leaving with unsaved changes', async () => {
    await page.getByRole('textbox', { name: 'Cover letter' }).fill('# Findings v3, not saved');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByText('Leave without saving?').waitFor();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('tab', { name: /Cover letter/, selected: true }).waitFor();
    await page.getByRole('heading', { name: 'Findings v2' }).waitFor();
  });

  it('keeps the previous text in the version history and restores it', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'History of the cover letter' }).waitFor();
    const earlier = page.getByRole('list', { name: 'Earlier versions' });
    await earlier.getByText('The first text.', { exact: false }).waitFor();
    await earlier.getByRole('button', { name: 'Restore version 1' }).click();
    await page.getByText('Version 3 (current)').waitFor();
    expect(await earlier.getByText('The second text.', { exact: false }).count()).toBe(1);
  });

  it('signs out, and the application page then asks to sign in and comes back after', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto(applicationUrl);
    const login = new URL(page.url());
    expect(login.pathname).toBe('/login');
    expect(login.searchParams.get('redirectTo')).toBe(new URL(applicationUrl).pathname);
    await page.getByLabel('Email').fill(ada.email);
    await page.locator('input[name=password]').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Invalid email or password.').waitFor();
    await page.locator('input[name=password]').fill(ada.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Acme Rockets', exact: true }).waitFor();
    expect(page.url()).toBe(applicationUrl);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('shows a second user none of it, and a not-found page on the first user’s application', async () => {
    const grace = { name: 'Grace Hopper', email: uniqueEmail('grace'), password: 'compilers all the way down' };
    await asNewAccount(browser, app, grace, { viewport: { width: 390, height: 844 } }, async (other) => {
      expect(await other.getByText('Acme Rockets').count()).toBe(0);

      const response = await other.goto(applicationUrl);
      expect(response?.status()).toBe(404);
      await other.getByRole('heading', { name: 'Application not found' }).waitFor();
      expect(await other.getByText('Findings').count()).toBe(0);
      expect(await other.getByText('Reference:').count()).toBe(1);

      const history = await other.goto(`${applicationUrl}/documents/cover_letter/history`);
      expect(history?.status()).toBe(404);
      expect(await other.getByText('The first text.').count()).toBe(0);
    });
  });

  it('works without JavaScript: register, create an application, write and save a document', async () => {
    const katherine = {
      name: 'Katherine Johnson',
      email: uniqueEmail('katherine'),
      password: 'orbital mechanics by hand',
    };
    const plain = { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } };
    await asNewAccount(browser, app, katherine, plain, async (page) => {
      await page.goto(`${app.url}/applications/new`);
      await submitApplication(page, {
        company: 'NASA',
        role: 'Research Mathematician',
        jobDescription: 'Trajectory analysis for crewed flights.',
      });
      await page.getByText('Application created').waitFor();
      const url = page.url().replace(/\?.*$/, '');
      await page.goto(`${url}/documents/research_report/edit`);
      await page.getByRole('textbox', { name: 'Research report' }).fill('# Notes without scripts');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForLoadState('load');
      await page.goto(url);
      await page.getByRole('heading', { name: 'Notes without scripts' }).waitFor();
    });
  });

  it('logged no errors in the page', () => {
    // The browser logs the answers the tests provoke on purpose: sign-in refused (401) and
    // a phase run without a resume (412).
    expect(pageErrors.filter((line) => !/status of (401|412)/.test(line))).toEqual([]);
  });
});

if (!run) {
  describe('the workflow in a browser', () => {
    it.skip('needs Chromium at /usr/bin/chromium (required when CI=true)', () => {});
  });
}
