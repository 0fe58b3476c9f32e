/**
 * Screenshots of documents in and out (download menu, template picker, resume import, posting import)
 * into docs/screenshots/, on the built server with data made through the API.
 *   npx tsx test/e2e/documents-screenshots.ts        (from apps/web)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signUp, trpc, uniqueEmail } from './browser';
import { webDir } from './server';
import { shoot, withAppAndBrowser } from './screenshots';

const RESUME = `# Zoë Łukasiewicz
zoe@example.eu · Kraków · [github.com/zoe-l](https://github.com/zoe-l)

## Experience

### Staff Software Engineer — Acme Payments GmbH (Mar 2021 – Present)

- Led the migration of 40 services from a monolith to Node.js microservices on AWS, cutting deploy time by 70%.
- Designed a PostgreSQL partitioning scheme that kept p99 latency under 50 ms at 12,000 requests per second.

### Software Engineer — Northwind Analytics (Jun 2017 – Feb 2021)

- Wrote Python ETL jobs in Apache Airflow that loaded 300 GB per night into Snowflake.

## Education

M.Sc. Computer Science, Jagiellonian University (2015 – 2017)
`;

await withAppAndBrowser(async (app, browser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await signUp(page, app, { name: 'Zoë Łukasiewicz', email: uniqueEmail('zoe'), password: 'documents in and out' });
  const resume = await trpc(page, app, 'resumes.create', { name: 'Backend', content: RESUME });
  const application = await trpc(page, app, 'applications.create', {
    companyName: 'Acme Rockets',
    roleTitle: 'Staff Engineer',
    jobDescription: 'Build the platform. TypeScript, PostgreSQL, AWS, Kafka. 6+ years of backend work.',
  });
  for (const phase of ['research', 'resume', 'cover_letter']) {
    await trpc(page, app, 'ai.runPhase', { applicationId: application.id, phase, wait: true });
  }

  await page.goto(`${app.url}/applications/${application.id}?tab=cover_letter`);
  await page.getByRole('button', { name: 'Download' }).first().click();
  await shoot(page, 'documents-download-menu');
  await page.getByRole('menuitem', { name: 'Template and paper…' }).click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, 'documents-template-picker');
  await page.keyboard.press('Escape');

  await page.goto(`${app.url}/resumes/${resume.id}`);
  await page.getByRole('button', { name: 'Download' }).click();
  await shoot(page, 'documents-resume-download');
  await page.keyboard.press('Escape');

  const fixtures = path.resolve(webDir, '../../packages/import/test/fixtures');
  await page.goto(`${app.url}/resumes/import`);
  await shoot(page, 'documents-import-dropzone');
  await page.locator('input[type=file]').setInputFiles(path.join(fixtures, 'scanned.pdf'));
  await page.getByRole('alert').waitFor();
  await shoot(page, 'documents-import-refused');
  await page.locator('input[type=file]').setInputFiles(path.join(fixtures, 'resume-chromium.pdf'));
  await page.getByRole('button', { name: 'Save to library' }).waitFor();
  await shoot(page, 'documents-import-review');

  await page.goto(`${app.url}/applications/new`);
  await page.getByLabel('Address of the posting').fill('http://127.0.0.1/internal');
  await page.getByRole('button', { name: 'Fill the form' }).click();
  await page.getByRole('alert').waitFor();
  await shoot(page, 'documents-posting-refused');
  await page.getByText('Paste HTML').click();
  const postingHtml = readFileSync(path.join(fixtures, 'postings/greenhouse-style.html'), 'utf8');
  await page.getByLabel('The page’s HTML').fill(postingHtml);
  await page.getByRole('button', { name: 'Fill the form' }).click();
  await page.getByRole('status').waitFor();
  await shoot(page, 'documents-posting-filled');
});
