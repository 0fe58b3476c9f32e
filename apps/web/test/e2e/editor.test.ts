/**
 * The document editor and its history in a real browser: history pages and diffs, drafts kept in the
 * browser across a sign-out, double saves, line-ending counts, and what the application page shows.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRun, signUp, trpc as callTrpc, uniqueEmail } from './browser';
import { webDir } from './server';
import { useAppInBrowser } from './suite';

const run = hasChromium || mustRun;
const SCREENSHOTS = path.resolve(webDir, '../../docs/screenshots');

const letter = (n: number) =>
  `# Letter to Acme\n\nDear Acme team,\n\nThis is draft number ${n} of my letter.\n\nI built rockets for ten years.\n\nKind regards,\nAda`;

describe.runIf(run)('the editor and history in a browser', () => {
  const suite = useAppInBrowser();
  const account = { email: uniqueEmail('ada'), password: 'analytical engine notes' };
  let applicationId = '';

  const trpc = (procedure: string, input: unknown) => callTrpc(suite.page, suite.app, procedure, input);

  const hydrated = (target: Page = suite.page) => target.locator('html[data-hydrated]').waitFor({ state: 'attached' });

  beforeAll(async () => {
    await signUp(suite.page, suite.app, { name: 'Ada Lovelace', ...account });
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

  it('pages the history, and shows who wrote each version, its first changed lines and a diff', async () => {
    const { app, page, pageErrors } = suite;
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

  it('saves twice in a row without reporting its own save as a conflict', async () => {
    const { app, page } = suite;
    await page.goto(`${app.url}/applications/${applicationId}/documents/research_report/edit`);
    await hydrated();
    await page.getByRole('textbox', { name: 'Research report' }).fill('# Notes\r\n\r\nFirst pass.');
    const save = page.getByRole('button', { name: 'Save' });
    await save.click();
    await save.click({ force: true });
    await page.keyboard.press('Control+s');
    await page.getByText('All changes saved').waitFor();
    await page.waitForTimeout(500);
    await page.getByText('All changes saved').waitFor();
    expect(await page.getByText('Someone saved this document in the meantime').count()).toBe(0);
    await page.reload();
    const saved = await page.getByRole('textbox', { name: 'Research report' }).inputValue();
    expect(saved).toBe('# Notes\n\nFirst pass.');
    // The counter counts a line break once, as the server does.
    await page.getByText(`${saved.length} / 200,000 characters`).waitFor();
  });

  it('keeps unsaved text when the session ends, and offers it back after signing in', async () => {
    const { app, context, page } = suite;
    await page.goto(`${app.url}/applications/${applicationId}/documents/research_report/edit`);
    await hydrated();
    const editor = page.getByRole('textbox', { name: 'Research report' });
    await editor.fill('# Notes\n\nSecond pass, written while signed out elsewhere.');
    await context.clearCookies();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(account.email);
    await page.locator('input[name=password]').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Unsaved text was kept in this browser').waitFor();
    expect(await page.getByRole('textbox', { name: 'Research report' }).inputValue()).toBe('# Notes\n\nFirst pass.');
    await page.getByRole('button', { name: 'Restore my unsaved text' }).click();
    expect(await editor.inputValue()).toContain('Second pass');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.reload();
    expect(await editor.inputValue()).toContain('Second pass');
    // Saved: nothing is offered any more.
    expect(await page.getByText('Unsaved text was kept in this browser').count()).toBe(0);
  });

  it('keeps the editor actions in reach on a phone', async () => {
    const { app, browser, context } = suite;
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      storageState: await context.storageState(),
    });
    try {
      const tab = await phone.newPage();
      await tab.goto(`${app.url}/applications/${applicationId}/documents/cover_letter/edit`);
      await hydrated(tab);
      const box = await tab.getByTestId('editor-actions').getByRole('button', { name: 'Save' }).boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    } finally {
      await phone.close();
    }
  });

  it('shows the match score before and after tailoring, asks before replacing an edit, and says when the posting changed', async () => {
    const { app, page, pageErrors } = suite;
    await trpc('resumes.create', {
      name: 'Base resume',
      isPrimary: true,
      content:
        '# Ada Lovelace\n\nada@example.com\n\n## Experience\n\n### Lead Engineer, Analytical Engines Ltd (2019 – 2026)\n' +
        '- Built a TypeScript and PostgreSQL platform used by 40 teams\n- Ran Kubernetes clusters with observability for 30 services\n' +
        '- Mentored six engineers\n\n## Skills\nTypeScript, Node.js, PostgreSQL, Kubernetes, Go\n',
    });
    const run = await trpc('ai.runPhase', { applicationId, phase: 'resume', wait: true });
    expect(run.status).toBe('succeeded');
    await page.goto(`${app.url}/applications/${applicationId}?tab=optimized_resume`);
    await hydrated();
    const panel = page.getByTestId('match-score');
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/Match with the posting.*→.*of 100.*Keyword coverage.*Still missing/);
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'match-score.png') });

    // The research report was written by hand above: running the phase again asks first.
    await page.getByRole('button', { name: 'Research: done, run again' }).click();
    await page.getByText('Your edited version stays in the history', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Keep my version' }).click();
    expect(await page.getByTestId('run-progress').count()).toBe(0);

    await trpc('applications.update', {
      id: applicationId,
      jobDescription:
        'Acme Rockets now wants a Staff Engineer for its launch software: Rust, embedded Linux, real-time systems, ' +
        'safety reviews, and mentoring a team of eight. Requirements: 8+ years, Rust, C++, Linux, CI/CD.',
    });
    await page.reload();
    await page.getByText('The tailored resume was made from an older version of the posting.').waitFor();
    await page.getByRole('button', { name: 'Run resume again' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('warns that a very short job description gives thin results', async () => {
    const { app, page } = suite;
    const thin = await trpc('applications.create', {
      companyName: 'Initech',
      roleTitle: 'Data Scientist',
      jobDescription: 'Data scientist',
    });
    await page.goto(`${app.url}/applications/${thin.id}`);
    await page.getByText('A very short job description').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'The posting has 2 words' }).count()).toBe(1);
  });

  it('saves the priority on an explicit choice, not while arrow keys move through it', async () => {
    const { app, page } = suite;
    await page.goto(`${app.url}/applications/${applicationId}`);
    await hydrated();
    const priority = page.getByLabel('Priority');
    expect(await priority.inputValue()).toBe('medium');
    await priority.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(1_000);
    await page.reload();
    expect(await page.getByLabel('Priority').inputValue()).toBe('medium');
    await hydrated();
    await page.getByLabel('Priority').selectOption('high');
    await page.getByText('Priority: High').waitFor();
    await page.reload();
    expect(await page.getByLabel('Priority').inputValue()).toBe('high');
  });
});
