/**
 * The account in a real browser: change the password (another browser signed in as the same person
 * is signed out, this one stays), create a read-only token and revoke it after confirming, a
 * forgotten password through the emailed link (a mail server on loopback), and deleting the account
 * with the typed email.
 * JOBFORGE_SCREENSHOTS=1 also saves the new Settings sections into docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetTokenIn, startTestSmtpServer, type TestSmtpServer } from '@jobforge/auth/testing';
import { hasChromium, launchBrowser, mustRun, openPage, signIn, signUp, uniqueEmail } from './browser';
import { startApp, webDir, type RunningApp } from './server';

const run = hasChromium || mustRun;
const saveScreenshots = process.env.JOBFORGE_SCREENSHOTS === '1';
const outDir = path.resolve(webDir, '../../docs/screenshots');

describe.runIf(run)('the account in a browser', () => {
  let app: RunningApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  let other: BrowserContext;
  let page: Page;
  let errors: string[];
  const grace = { name: 'Grace Hopper', email: uniqueEmail('grace'), password: 'compilers all the way' };

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    [app, browser] = await Promise.all([startApp({ env: { SMTP_URL: smtp.url } }), launchBrowser()]);
    ({ page, errors } = await openPage(browser));
    other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (saveScreenshots) mkdirSync(outDir, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
  });

  const shot = async (target: Page, name: string, selector?: string) => {
    if (!saveScreenshots) return;
    const file = path.join(outDir, `${name}.png`);
    // Finished transitions only: a dialog caught while it fades in shows the page through it.
    if (selector) await target.locator(selector).screenshot({ path: file, animations: 'disabled' });
    else await target.screenshot({ path: file, animations: 'disabled' });
  };

  it('changes the password: the other browser is signed out, this one stays', async () => {
    await signUp(page, app, grace);
    const otherPage = await other.newPage();
    await signIn(otherPage, app, grace);
    await otherPage.getByRole('heading', { name: 'Welcome, Grace' }).waitFor();

    await page.goto(`${app.url}/settings`);
    const form = page.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password').fill('a much better passphrase');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Is not your current password').waitFor();
    await shot(page, 'settings-account-refused', 'section[aria-labelledby=account-heading]');

    await form.getByLabel('Current password').fill(grace.password);
    await form.getByLabel('New password').fill('a much better passphrase');
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Every other device has been signed out.').waitFor();
    grace.password = 'a much better passphrase';

    await otherPage.goto(`${app.url}/settings`);
    expect(new URL(otherPage.url()).pathname).toBe('/login');
    await page.reload();
    expect(new URL(page.url()).pathname).toBe('/settings');
    await shot(page, 'settings-account', 'section[aria-labelledby=account-heading]');
  });

  it('creates a read-only token and revokes it only after confirming', async () => {
    await page.getByLabel('Token name').fill('Reader script');
    await page.getByLabel('Access').selectOption('read');
    await page.getByLabel('Expires').selectOption('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('new-token').waitFor();
    const row = page.getByRole('row', { name: /Reader script/ });
    await row.getByText('Read only').waitFor();
    await shot(page, 'settings-tokens', 'section[aria-labelledby=tokens-heading]');

    await row.getByRole('button', { name: 'Revoke token Reader script' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke "Reader script"?' });
    await dialog.getByText('stops working at once').waitFor();
    await shot(page, 'settings-token-revoke-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('row', { name: /Reader script/ }).count()).toBe(1);

    await row.getByRole('button', { name: 'Revoke token Reader script' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await page.getByText('Token revoked: it no longer works.').waitFor();
    await page.getByRole('row', { name: /Reader script/ }).waitFor({ state: 'detached' });
  });

  it('offers a download of all the data', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jobforge-data-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('resets a forgotten password with the emailed link, which works once', async () => {
    const outsider = await other.newPage();
    await outsider.goto(`${app.url}/login`);
    await outsider.getByRole('link', { name: 'Forgot password?' }).click();
    // A client-side navigation: until the new page is in, 'Email' is still the sign-in form's field.
    await outsider.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await outsider.getByLabel('Email').fill(grace.email);
    await outsider.getByRole('button', { name: 'Send reset link' }).click();
    await outsider.getByText('Check your email').waitFor();
    await shot(outsider, 'forgot-password-sent');

    const mail = await smtp.waitForMail(grace.email);
    const link = `${app.url}/reset-password#token=${resetTokenIn(mail)}`;
    expect(mail.text).toContain(link);
    await outsider.goto(link);
    // The token leaves the address bar once the page has it.
    await outsider.waitForURL(`${app.url}/reset-password`);
    await outsider.getByLabel('New password').fill('reset from the link');
    await outsider.getByRole('button', { name: 'Set new password' }).click();
    await outsider.getByText('Your password has been changed').waitFor();
    grace.password = 'reset from the link';
    await signIn(outsider, app, grace);
    await outsider.getByRole('heading', { name: 'Welcome, Grace' }).waitFor();
    await outsider.goto(link);
    await outsider.getByLabel('New password').fill('the link is spent now');
    await outsider.getByRole('button', { name: 'Set new password' }).click();
    await outsider.getByText('This link does not work').waitFor();
  });

  it('deletes the account only with the email typed out, and then it is gone', async () => {
    await signIn(page, app, grace);
    await page.getByRole('heading', { name: 'Welcome, Grace' }).waitFor();
    await page.goto(`${app.url}/settings`);
    await page.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const confirm = dialog.getByRole('button', { name: 'Delete everything' });
    await dialog.getByLabel(/Type your email/).fill('someone-else@example.com');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel(/Type your email/).fill(grace.email);
    await dialog.getByLabel('Password').fill(grace.password);
    await shot(page, 'settings-delete-account');
    await confirm.click();
    await page.getByText('Your account and everything in it have been deleted.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    await signIn(page, app, grace);
    await page.getByText('Invalid email or password.').waitFor();
    expect(errors.filter((error) => !/status of 40[01]/.test(error))).toEqual([]);
  });
});
