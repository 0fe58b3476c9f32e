/**
 * Screenshots of each main screen at desktop and phone width, in light and dark, into
 * docs/screenshots/. Runs the built server with demo data made through the real UI and API.
 *   npx tsx test/e2e/take-screenshots.ts        (from apps/web)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn as sendSignIn, signUp, trpc, uniqueEmail } from './browser';
import type { RunningApp } from './server';
import { shoot, withAppAndBrowser } from './screenshots';

const RESUME = `# Ada Lovelace

London · ada@example.com · github.com/ada

## Experience

### Lead Software Engineer, Analytical Engines Ltd (2019 – 2026)
- Led a team of six building a TypeScript and PostgreSQL platform used by 40 internal teams
- Cut release time from two weeks to one day by introducing trunk-based development and CI
- Designed the event pipeline that processes 2 million jobs a day

### Software Engineer, Difference Systems (2015 – 2019)
- Built the billing service in Node.js; reduced failed payments by 18%
- Mentored four junior engineers

## Education
BSc Mathematics, University of London (2015)

## Skills
TypeScript, Node.js, PostgreSQL, React, distributed systems, observability
`;

const APPLICATIONS = [
  {
    companyName: 'Acme Rockets',
    roleTitle: 'Staff Software Engineer',
    priorityLevel: 'high',
    location: 'Remote (EU)',
    jobUrl: 'https://acme.example/jobs/42',
  },
  { companyName: 'Globex', roleTitle: 'Senior Backend Engineer', priorityLevel: 'medium', location: 'Berlin' },
  { companyName: 'Initech', roleTitle: 'Platform Engineer', priorityLevel: 'low', location: 'Austin, TX' },
  { companyName: 'Umbrella Health', roleTitle: 'Engineering Manager', priorityLevel: 'medium', location: 'London' },
  {
    companyName: 'Stark Industries',
    roleTitle: 'Principal Engineer, Reliability',
    priorityLevel: 'high',
    location: 'Remote',
  },
] as const;

const DESCRIPTION = `We are looking for an engineer to design and run the services behind our launch platform.

Responsibilities:
- Design, build and operate TypeScript services on PostgreSQL
- Lead technical decisions across two teams and mentor engineers
- Improve reliability, observability and release speed

Requirements:
- 6+ years building backend systems in TypeScript or Node.js
- Deep PostgreSQL experience; distributed systems; CI/CD
- Clear writing and a habit of measuring outcomes`;

async function seed(browser: Browser, app: RunningApp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail('ada');
  const password = 'analytical engine notes';
  await signUp(page, app, { name: 'Ada Lovelace', email, password });

  await trpc(page, app, 'resumes.create', { name: 'Backend engineer, 2026', content: RESUME, focusArea: 'Backend' });
  await trpc(page, app, 'resumes.create', {
    name: 'Engineering leadership',
    content: RESUME.replace('Lead Software Engineer', 'Engineering Lead'),
    focusArea: 'Leadership',
  });
  const ids: string[] = [];
  for (const application of [...APPLICATIONS].reverse()) {
    const created = await trpc(page, app, 'applications.create', { ...application, jobDescription: DESCRIPTION });
    ids.unshift(created.id);
  }
  const [acme, globex, initech] = ids as [string, string, string];
  for (const phase of ['research', 'resume', 'cover_letter']) {
    try {
      await trpc(page, app, 'ai.runPhase', { applicationId: acme, phase, wait: true });
    } catch (error) {
      // A phase the engine refuses still leaves the screens worth showing; say so and go on.
      console.warn(`demo data: the ${phase} phase did not finish: ${(error as Error).message.slice(0, 300)}`);
    }
  }
  await trpc(page, app, 'ai.runPhase', { applicationId: globex, phase: 'research', wait: true });
  // One edit by hand, so the history has an earlier version to show.
  const tailored = await fetch(
    `${app.url}/api/trpc/documents.get?input=${encodeURIComponent(
      JSON.stringify({ json: { applicationId: acme, type: 'optimized_resume' } }),
    )}`,
    {
      headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
    },
  ).then((response) => response.json());
  const current = tailored.result?.data?.json;
  if (current) {
    await trpc(page, app, 'documents.update', {
      applicationId: acme,
      type: 'optimized_resume',
      content: current.content.replace(
        '## Skills',
        '## Summary\n\nBackend lead who ships reliable platforms and measures the results.\n\n## Skills',
      ),
      baseVersion: current.version,
    });
  }
  await trpc(page, app, 'applications.updateStatus', { id: initech, status: 'resume_ready' });
  await context.close();
  return { email, password, acme };
}

async function signIn(context: BrowserContext, app: RunningApp, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await sendSignIn(page, app, { email, password });
  await page.getByRole('heading', { name: 'Welcome, Ada' }).waitFor();
  // A native form post may have loaded the dashboard as a new document: wait for it to hydrate.
  await page.waitForLoadState('networkidle');
  return page;
}

await withAppAndBrowser(async (app, browser) => {
  const { email, password, acme } = await seed(browser, app);
  const sizes = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
  for (const [device, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = `${device}-${scheme}`;
      const context = await browser.newContext({
        viewport,
        colorScheme: scheme,
        deviceScaleFactor: device === 'phone' ? 2 : 1,
      });
      const loginPage = await context.newPage();
      await loginPage.goto(`${app.url}/login`);
      await shoot(loginPage, `login-${suffix}`);
      await loginPage.close();

      const page = await signIn(context, app, email, password);
      await shoot(page, `dashboard-${suffix}`);
      if (device === 'phone') {
        await page.getByRole('button', { name: 'Open navigation' }).click();
        await page.getByRole('button', { name: 'Close navigation' }).waitFor();
        await shoot(page, `navigation-${suffix}`);
        await page.getByRole('button', { name: 'Close navigation' }).click();
      }
      await page.goto(`${app.url}/applications/${acme}?tab=optimized_resume`);
      await shoot(page, `application-${suffix}`);
      await page.goto(`${app.url}/applications/${acme}/documents/optimized_resume/edit`);
      await page.getByTestId('preview').getByRole('heading').first().waitFor();
      await shoot(page, `editor-${suffix}`);
      await page.goto(`${app.url}/applications/${acme}/documents/optimized_resume/history`);
      await shoot(page, `history-${suffix}`);
      await page.goto(`${app.url}/applications/new`);
      await shoot(page, `new-application-${suffix}`);
      await page.goto(`${app.url}/resumes`);
      await shoot(page, `resumes-${suffix}`);
      await page.goto(`${app.url}/settings`);
      await shoot(page, `settings-${suffix}`);
      await context.close();
    }
  }
});
