/**
 * Screenshots of the job search after "send" (board, timeline, insights, board on a phone) into
 * docs/screenshots/, on the built server with a small job search made through the API.
 *   npx tsx test/e2e/pipeline-screenshots.ts        (from apps/web)
 */
import type { Page } from 'playwright-core';
import { signUp, trpc, uniqueEmail } from './browser';
import type { RunningApp } from './server';
import { shoot, withAppAndBrowser } from './screenshots';

const DAY = 24 * 60 * 60 * 1000;

/** A dozen applications spread over the stages, with dates in the past so days-in-stage and the funnel mean something. */
const SEARCH: Array<[company: string, role: string, path: string[]]> = [
  ['Acme Rockets', 'Staff Software Engineer', ['applied', 'screening', 'interviewing', 'offer']],
  ['Northwind Analytics', 'Senior Data Engineer', ['applied', 'screening', 'interviewing']],
  ['Globex', 'Platform Engineer', ['applied', 'screening']],
  ['Initech', 'Backend Engineer', ['applied', 'rejected']],
  ['Umbrella Health', 'Engineering Manager', ['applied']],
  ['Stark Mobility', 'Senior TypeScript Engineer', ['applied', 'screening', 'rejected']],
  ['Wayne Logistics', 'Site Reliability Engineer', ['applied']],
  ['Hooli', 'Principal Engineer', []],
  ['Pied Piper', 'Full-stack Engineer', []],
  ['Soylent Foods', 'Data Platform Lead', ['applied', 'withdrawn']],
];

async function makeSearch(page: Page, app: RunningApp): Promise<string> {
  let first = '';
  for (const [index, [companyName, roleTitle, stages]] of SEARCH.entries()) {
    const application = await trpc(page, app, 'applications.create', {
      companyName,
      roleTitle,
      jobDescription: `${roleTitle} at ${companyName}. TypeScript, PostgreSQL and AWS; 5+ years of backend work.`,
    });
    first ||= application.id;
    // Each step a few days after the last, starting up to five weeks ago.
    let at = Date.now() - (35 - index * 2) * DAY;
    for (const stage of stages) {
      await trpc(page, app, 'applications.moveStage', { id: application.id, stage, at: new Date(at).toISOString() });
      at += 4 * DAY;
    }
  }
  await trpc(page, app, 'applications.addNote', {
    id: first,
    note: 'Second round with the platform team; they asked about the event pipeline.',
  });
  await trpc(page, app, 'reminders.create', {
    applicationId: first,
    dueAt: new Date(Date.now() + 2 * DAY).toISOString(),
    title: 'Send the references Maria asked for',
  });
  await trpc(page, app, 'contacts.create', {
    applicationId: first,
    name: 'Maria Gonzalez',
    email: 'maria@acme.example',
    role: 'Recruiter',
  });
  return first;
}

await withAppAndBrowser(async (app, browser) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await signUp(page, app, { name: 'Ada Lovelace', email: uniqueEmail('ada'), password: 'the job search after send' });
  const first = await makeSearch(page, app);

  await page.goto(`${app.url}/board`);
  await page.getByText('Acme Rockets').first().waitFor();
  await shoot(page, 'pipeline-board');
  await page.goto(`${app.url}/applications/${first}?tab=timeline`);
  await page.getByText('Second round').first().waitFor();
  await shoot(page, 'pipeline-timeline');
  await page.goto(`${app.url}/insights`);
  await page.waitForLoadState('networkidle');
  await shoot(page, 'pipeline-insights');

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: await context.storageState(),
  });
  const phonePage = await phone.newPage();
  await phonePage.goto(`${app.url}/board`);
  await phonePage.getByText('Acme Rockets').first().waitFor();
  await shoot(phonePage, 'pipeline-board-phone');
});
