/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Browser tests run
 * whenever /usr/bin/chromium exists; under CI they must run, so a missing browser fails there.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { RunningApp } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const mustRun = process.env.CI === 'true' || process.env.CI === '1';

export function launchBrowser(): Promise<Browser> {
  if (!hasChromium) throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh context (its own cookies) and a page in it whose logged errors are collected. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  return { context, page, errors: watchPage(page).errors };
}

/** Collects errors the page logs, so a test can assert there were none. */
export function watchPage(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { errors };
}

let counter = 0;
export function uniqueEmail(name: string): string {
  counter += 1;
  return `${name}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** Calls a tRPC procedure as the page's signed-in user (its cookies), failing loudly on an error answer. */
export async function trpc(page: Page, app: RunningApp, procedure: string, input: unknown): Promise<any> {
  const response = await page.request.post(`${app.url}/api/trpc/${procedure}`, {
    data: { json: input },
    headers: { origin: app.url, 'content-type': 'application/json' },
  });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${procedure}: ${JSON.stringify(body)}`);
  return body.result.data.json;
}

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** Fills in and sends the sign-up form the page shows, then waits for the dashboard to greet them. */
export async function submitSignUp(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.locator('input[name=password]').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: `Welcome, ${person.name.split(' ')[0]}` }).waitFor();
}

/** Creates an account through the sign-up page; the page is then signed in as that person. */
export async function signUp(page: Page, app: RunningApp, person: Person): Promise<void> {
  await page.goto(`${app.url}/register`);
  await submitSignUp(page, person);
}

/**
 * Signs `person` up in a fresh context of their own (its own cookies), hands its page to `use`, and
 * closes the context after, whether `use` passed or failed.
 */
export async function asNewAccount(
  browser: Browser,
  app: RunningApp,
  person: Person,
  options: BrowserContextOptions,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await signUp(page, app, person);
    await use(page);
  } finally {
    await context.close();
  }
}

/** Sends the sign-in form; what should follow (the dashboard, a refusal) is the caller's to wait for. */
export async function signIn(page: Page, app: RunningApp, account: Pick<Person, 'email' | 'password'>) {
  await page.goto(`${app.url}/login`);
  await page.getByLabel('Email').fill(account.email);
  await page.locator('input[name=password]').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Fills in the new-application form's required fields and sends it; what should follow (a field
 * error, the new application's page) is the caller's to wait for.
 */
export async function submitApplication(
  page: Page,
  application: { company: string; role: string; jobDescription: string },
): Promise<void> {
  await page.getByLabel('Company').fill(application.company);
  await page.getByLabel('Role').fill(application.role);
  await page.getByLabel('Job description').fill(application.jobDescription);
  await page.getByRole('button', { name: 'Create application' }).click();
}
