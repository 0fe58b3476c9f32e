/** Reminders, with "today" ending at midnight in the user's time zone. */
import { beforeAll, describe, expect, it } from 'vitest';
import { startOfTomorrow } from '../../src/reminders/due-window.js';
import { sampleApplication, signedInHarness } from '../support/harness.js';

const { as, mutate } = signedInHarness('katherine');
let applicationId: string;
beforeAll(async () => {
  applicationId = (await mutate('applications.create', sampleApplication)).data.id;
});
const HOUR = 3_600_000;

describe('the end of "today"', () => {
  it('is the next local midnight, across time zones and daylight-saving changes', () => {
    const now = new Date('2026-03-29T00:30:00Z'); // Europe/Berlin switches to summer time at 01:00 UTC
    expect(startOfTomorrow(now, 'UTC').toISOString()).toBe('2026-03-30T00:00:00.000Z');
    expect(startOfTomorrow(now, 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfTomorrow(now, 'America/Los_Angeles').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(startOfTomorrow(new Date('2026-11-25T23:59:59Z'), 'Asia/Tokyo').toISOString()).toBe(
      '2026-11-26T15:00:00.000Z',
    );
  });
});

describe('reminders', () => {
  it('lists overdue, today and upcoming separately, soonest first, with the application', async () => {
    const now = Date.now();
    const overdue = await mutate('reminders.create', {
      applicationId,
      title: 'Send portfolio',
      dueAt: new Date(now - 2 * HOUR),
    });
    expect(overdue.status).toBe(200);
    expect(overdue.data).toMatchObject({ kind: 'task', completedAt: null, suggested: false });
    const end = startOfTomorrow(new Date(now), 'UTC').getTime();
    const today = await mutate('reminders.create', {
      applicationId,
      title: 'Prepare questions',
      dueAt: new Date(now + Math.min(HOUR, (end - now) / 2)),
      kind: 'interview',
    });
    await mutate('reminders.create', { applicationId, title: 'Check in', dueAt: new Date(end + 3 * 24 * HOUR) });

    const list = await as('reminders.list', { due: 'overdue', timeZone: 'UTC' });
    expect(list.data.map((r: any) => r.title)).toEqual(['Send portfolio']);
    expect(list.data[0]).toMatchObject({ overdue: true, application: { companyName: 'Acme Rockets' } });
    const todays = await as('reminders.list', { due: 'today', timeZone: 'UTC' });
    expect(todays.data.map((r: any) => r.id)).toEqual([today.data.id]);
    const upcoming = await as('reminders.list', { due: 'upcoming' });
    expect(upcoming.data.map((r: any) => r.title)).toEqual(['Check in']);
    const all = await as('reminders.list', { applicationId });
    expect(all.data.map((r: any) => r.title)).toEqual(['Send portfolio', 'Prepare questions', 'Check in']);

    const done = await mutate('reminders.complete', { id: overdue.data.id });
    expect(done.data.completedAt).toBeInstanceOf(Date);
    const again = await mutate('reminders.complete', { id: overdue.data.id });
    expect(again.data.completedAt).toEqual(done.data.completedAt);
    expect((await as('reminders.list', { due: 'overdue' })).data).toHaveLength(0);
    const withDone = await as('reminders.list', { includeCompleted: true });
    expect(withDone.data.at(-1).title).toBe('Send portfolio');

    const reopened = await mutate('reminders.update', { id: overdue.data.id, completed: false, title: 'Send it' });
    expect(reopened.data).toMatchObject({ completedAt: null, title: 'Send it' });
    expect((await mutate('reminders.delete', { id: overdue.data.id })).status).toBe(200);
    expect((await mutate('reminders.delete', { id: overdue.data.id })).status).toBe(404);
  });

  it('refuses a bad time zone, date or title by name', async () => {
    const zone = await as('reminders.list', { due: 'today', timeZone: 'Mars/Olympus' });
    expect(zone.error?.message).toBe('timeZone: must be a time zone such as Europe/Berlin or UTC');
    const date = await mutate('reminders.create', { applicationId, title: 'x', dueAt: new Date('invalid') });
    expect(date.error?.message).toMatch(/^dueAt: /);
    const title = await mutate('reminders.create', { applicationId, title: '  ', dueAt: new Date() });
    expect(title.error?.message).toBe('title: is required');
    const far = await mutate('reminders.create', { applicationId, title: 'x', dueAt: new Date('2200-01-01') });
    expect(far.error?.message).toBe('dueAt: must be before 2100');
  });

  it('a suggested follow-up the user edits becomes theirs and stays when the application moves on', async () => {
    const created = await mutate('applications.create', { ...sampleApplication, companyName: 'Globex' });
    const id = created.data.id;
    const moved = await mutate('applications.moveStage', { id, stage: 'applied' });
    const suggestion = moved.data.nextAction;
    expect(suggestion.title).toBe('Follow up with Globex');
    await mutate('reminders.update', { id: suggestion.reminderId, title: 'Email Sam at Globex' });
    const onward = await mutate('applications.moveStage', { id, stage: 'screening' });
    expect(onward.data.nextAction).toMatchObject({ reminderId: suggestion.reminderId, title: 'Email Sam at Globex' });
  });
});
