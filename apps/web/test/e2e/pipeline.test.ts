/**
 * The hiring pipeline in a real browser: drag a card to another stage with the mouse and with the
 * keyboard, see a refused move rolled back with a message, move a card with its stage menu on a phone,
 * add a reminder and find it on the dashboard, and read the moves on the application's timeline.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, mustRun, openPage, signUp, trpc as callTrpc, uniqueEmail } from './browser';
import { useAppInBrowser } from './suite';

const run = hasChromium || mustRun;

describe.runIf(run)('the pipeline in a browser', () => {
  const suite = useAppInBrowser({ page: { viewport: { width: 1440, height: 900 } } });
  const ids: Record<string, string> = {};

  const trpc = (procedure: string, input: unknown) => callTrpc(suite.page, suite.app, procedure, input);

  /** Pages are server-rendered: keys pressed before hydration would reach no handler. */
  const hydrated = (target: Page = suite.page) => target.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const column = (stage: string) => suite.page.locator(`section[data-stage="${stage}"]`);
  const card = (company: string) => suite.page.getByTestId('board-card').filter({ hasText: company });

  beforeAll(async () => {
    await signUp(suite.page, suite.app, {
      name: 'Grace Hopper',
      email: uniqueEmail('grace'),
      password: 'compilers all the way down',
    });
    for (const [companyName, roleTitle] of [
      ['Acme Rockets', 'Staff Engineer'],
      ['Globex', 'Backend Engineer'],
      ['Initech', 'Platform Engineer'],
    ]) {
      const created = await trpc('applications.create', { companyName, roleTitle, jobDescription: 'Build things.' });
      ids[companyName!] = created.id;
    }
  }, 240_000);

  it('drags a card to another column with the mouse, and the move is saved', async () => {
    const { app, page } = suite;
    await page.goto(`${app.url}/board`);
    await hydrated();
    expect(await column('saved').getByTestId('board-card').count()).toBe(3);
    const from = (await card('Acme Rockets').boundingBox())!;
    const to = (await column('applied').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
    await page.mouse.up();
    await column('applied').getByTestId('board-card').filter({ hasText: 'Acme Rockets' }).waitFor();
    // Moving to Applied suggests a follow-up a week later: it shows on the card once the server answered.
    await card('Acme Rockets').getByText('Follow up with Acme Rockets').waitFor();
    await page.reload();
    await column('applied').getByTestId('board-card').filter({ hasText: 'Acme Rockets' }).waitFor();
    expect(await column('saved').getByTestId('board-card').count()).toBe(2);
  });

  it('moves a card with the keyboard: space, arrows, space', async () => {
    const { page } = suite;
    await hydrated();
    await page.getByRole('button', { name: /^Move Globex, Backend Engineer/ }).focus();
    await page.keyboard.press('Space');
    // Picked up: the live region says where the card is (it said "Picked up" a moment before).
    await page.getByText('Globex, Backend Engineer is over Saved.').waitFor({ state: 'attached' });
    expect(await card('Globex').getAttribute('data-dragging')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.getByText('Globex, Backend Engineer is over Applied.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.getByText('Globex, Backend Engineer is over Screening.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await column('screening').getByTestId('board-card').filter({ hasText: 'Globex' }).waitFor();
    await page.getByText('Globex, Backend Engineer moved to Screening.').waitFor({ state: 'attached' });
    await page.reload();
    await column('screening').getByTestId('board-card').filter({ hasText: 'Globex' }).waitFor();
  });

  it('moves a card with the keyboard through its stage menu, and focus follows the card', async () => {
    const { page } = suite;
    await hydrated();
    const stageButton = () => card('Globex').getByRole('button', { name: 'Stage of Globex, Backend Engineer' });
    await stageButton().focus();
    await page.keyboard.press('Enter');
    const current = page.getByRole('menuitemradio', { name: 'Screening', checked: true });
    await current.waitFor();
    expect(await current.evaluate((element) => element === document.activeElement)).toBe(true);
    // Escape closes the menu and gives focus back to the button, moving nothing.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await stageButton().evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await current.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await column('interviewing').getByTestId('board-card').filter({ hasText: 'Globex' }).waitFor();
    await page.getByText('Globex, Backend Engineer moved to Interviewing.').waitFor({ state: 'attached' });
    await expect.poll(() => stageButton().evaluate((element) => element === document.activeElement)).toBe(true);

    // And back, with the menu opened again from the moved card's button.
    await page.keyboard.press('Enter');
    await page.getByRole('menuitemradio', { name: 'Interviewing', checked: true }).waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await column('screening').getByTestId('board-card').filter({ hasText: 'Globex' }).waitFor();
    await page.getByText('Globex, Backend Engineer moved to Screening.').waitFor({ state: 'attached' });
  });

  it('puts a card back, with a clear message, when the server refuses the move', async () => {
    const { page, pageErrors } = suite;
    await page.route('**/api/trpc/applications.moveStage**', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify([
          {
            error: {
              json: {
                message: 'The application changed meanwhile.',
                code: -32603,
                data: { code: 'CONFLICT', httpStatus: 409 },
              },
            },
          },
        ]),
      }),
    );
    await hydrated();
    await card('Initech').getByRole('button', { name: 'Stage of Initech, Platform Engineer' }).click();
    await page.getByRole('menu', { name: 'Move Initech, Platform Engineer to' }).waitFor();
    await page.getByRole('menuitemradio', { name: 'Offer' }).click();
    await page
      .getByText(/Initech, Platform Engineer could not be moved to Offer: .* It is back in Saved\./)
      .first()
      .waitFor();
    await column('saved').getByTestId('board-card').filter({ hasText: 'Initech' }).waitFor();
    expect(await column('offer').getByTestId('board-card').count()).toBe(0);
    await page.unroute('**/api/trpc/applications.moveStage**');
    // The browser logs the refused request; that one is expected.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !error.includes('409 (Conflict)')));
  });

  it('sorts and filters the list view', async () => {
    const { page } = suite;
    await page.locator('label[for$="-list"]').click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    await page.getByRole('button', { name: 'Company and role' }).click();
    expect(await rows.first().locator('a').innerText()).toBe('Acme Rockets');
    await page.getByRole('button', { name: 'Company and role' }).click();
    expect(await rows.first().locator('a').innerText()).toBe('Initech');
    await page.getByLabel('Filter by stage').selectOption('screening');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('a').innerText()).toBe('Globex');
    // The rows have the board's stage menu.
    await rows.first().getByRole('button', { name: 'Stage of Globex, Backend Engineer: Screening' }).click();
    await page.getByRole('menuitemradio', { name: 'Interviewing' }).click();
    await page.getByText('Globex, Backend Engineer moved to Interviewing.').waitFor({ state: 'attached' });
    await page.getByLabel('Filter by stage').selectOption('interviewing');
    expect(await rows.first().locator('a').innerText()).toBe('Globex');
  });

  it('on a phone, shows one column at a time and moves a card with its stage menu', async () => {
    const { app, browser, context } = suite;
    const {
      context: phone,
      page: small,
      errors,
    } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      storageState: await context.storageState(),
    });
    try {
      await small.goto(`${app.url}/board`);
      await hydrated(small);
      const saved = small.locator('section[data-stage="saved"]');
      await saved.waitFor();
      const box = (await saved.boundingBox())!;
      expect(box.width).toBeGreaterThan(280);
      expect(box.width).toBeLessThan(390);
      // No horizontal scrolling of the page itself: only the board scrolls sideways.
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const moveSaved = small.waitForResponse((response) => response.url().includes('moveStage') && response.ok());
      await small
        .getByTestId('board-card')
        .filter({ hasText: 'Initech' })
        .getByRole('button', { name: 'Stage of Initech, Platform Engineer' })
        .tap();
      // The one stage menu opens under the tapped button, with the current stage ticked.
      await small.getByRole('menuitemradio', { name: 'Saved', checked: true }).waitFor();
      await small.getByRole('menuitemradio', { name: 'Interviewing' }).tap();
      await small
        .locator('section[data-stage="interviewing"]')
        .getByTestId('board-card')
        .filter({ hasText: 'Initech' })
        .waitFor({ state: 'attached' });
      await moveSaved;
      await small.reload();
      await small
        .locator('section[data-stage="interviewing"]')
        .getByRole('link', { name: 'Initech', exact: true })
        .waitFor({ state: 'attached' });
      expect(errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('adds a reminder on an application and shows it first on the dashboard', async () => {
    const { app, page } = suite;
    await page.goto(`${app.url}/applications/${ids['Initech']}?tab=reminders`);
    await hydrated();
    await page.getByLabel('Reminder', { exact: true }).fill('Send the take-home test');
    const due = await page.evaluate(() => {
      // An hour ago in the browser's own time zone: due, so it is listed under Overdue.
      const d = new Date(Date.now() - 3_600_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(
        d.getMinutes(),
      )}`;
    });
    await page.getByLabel('Due').fill(due);
    await page.getByRole('button', { name: 'Add reminder' }).click();
    await page
      .getByRole('list', { name: 'Reminders of this application' })
      .getByText('Send the take-home test')
      .waitFor();

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    const overdue = page.getByRole('list', { name: 'Overdue reminders' });
    await overdue.getByText('Send the take-home test').waitFor();
    await overdue.getByRole('link', { name: 'Initech · Platform Engineer' }).waitFor();
    // The follow-up suggested when Acme moved to Applied is a week away.
    await page.getByRole('list', { name: 'Coming up' }).getByText('Follow up with Acme Rockets').waitFor();

    const saved = page.waitForResponse((response) => response.url().includes('reminders.update') && response.ok());
    await overdue.getByLabel('Done: Send the take-home test').check();
    await saved;
    await page.reload();
    expect(await page.getByRole('list', { name: 'Overdue reminders' }).count()).toBe(0);
  });

  it("shows the moves on the application's timeline, newest first, with an editable when", async () => {
    const { app, page, pageErrors } = suite;
    await page.goto(`${app.url}/applications/${ids['Globex']}?tab=timeline`);
    await hydrated();
    const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
    await timeline.getByText('Moved to Screening from Saved', { exact: false }).waitFor();
    const entries = await timeline.locator(':scope > li').allInnerTexts();
    expect(entries.at(-1)).toContain('Application created');
    await page.getByLabel('Note', { exact: true }).fill('Recruiter call booked');
    await page.getByRole('button', { name: 'Add note' }).click();
    await timeline.getByText('Recruiter call booked').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
