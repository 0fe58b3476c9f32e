/**
 * Reminders (with "today" in the user's time zone), contacts, and the private calendar feed, whose
 * address is the only credential a calendar app has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeedResponse } from '../src/index.js';
import { startOfTomorrow } from '../src/reminders/due-window.js';
import { call, createHarness, registerUser, sampleApplication, type Harness } from './support/harness.js';

let harness: Harness;
let user: Awaited<ReturnType<typeof registerUser>>;
let applicationId: string;

beforeAll(async () => {
  harness = await createHarness();
  user = await registerUser(harness.api, 'katherine');
  const created = await call<any>(harness.api, 'applications.create', sampleApplication, {
    token: user.token,
    type: 'mutation',
  });
  applicationId = created.data.id;
}, 60_000);
afterAll(async () => harness?.close());

const as = (path: string, input: unknown, type: 'query' | 'mutation' = 'query') =>
  call<any>(harness.api, path, input, { token: user.token, type });
const mutate = (path: string, input: unknown) => as(path, input, 'mutation');
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

describe('contacts', () => {
  it('creates, lists, edits and deletes the people of an application', async () => {
    const created = await mutate('contacts.create', {
      applicationId,
      name: ' Sam Recruiter ',
      email: 'sam@globex.example',
      role: 'Recruiter',
    });
    expect(created.data).toMatchObject({ name: 'Sam Recruiter', email: 'sam@globex.example', notes: null });
    const edited = await mutate('contacts.update', { id: created.data.id, notes: 'Prefers email', email: '' });
    expect(edited.data).toMatchObject({ notes: 'Prefers email', email: null, name: 'Sam Recruiter' });
    expect((await as('contacts.list', { applicationId })).data).toHaveLength(1);
    const bad = await mutate('contacts.create', { applicationId, name: 'X', email: 'not-an-email' });
    expect(bad.error?.message).toBe('email: must be an email address');
    const long = await mutate('contacts.create', { applicationId, name: 'X', email: `${'a'.repeat(300)}@x.io` });
    expect(long.error?.message).toBe('email: must be at most 255 characters');
    expect((await mutate('contacts.delete', { id: created.data.id })).status).toBe(200);
    expect((await as('contacts.list', { applicationId })).data).toHaveLength(0);
  });
});

describe('the calendar feed', () => {
  const feed = (url: string) => {
    const token = new URL(url).pathname.replace(/^\/calendar\//, '').replace(/\.ics$/, '');
    return calendarFeedResponse(harness.api.services, token, { requestId: 'test', origin: 'http://localhost:3000' });
  };

  it('is off until made, serves reminders at a secret address, and a rotation kills the old address', async () => {
    expect((await as('calendar.feed', {})).data).toMatchObject({ enabled: false });
    await mutate('reminders.create', {
      applicationId,
      title: 'Interview with the team',
      dueAt: new Date(Date.now() + 48 * HOUR),
      kind: 'interview',
    });
    await mutate('contacts.create', { applicationId, name: 'Private Person', notes: 'private note' });
    const first = await mutate('calendar.rotateFeed', {});
    expect(first.data.url).toMatch(/^http:\/\/localhost:3000\/calendar\/cal_[a-z2-7]{24}\.[a-z2-7]{32}\.ics$/);

    const response = await feed(first.data.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR/);
    expect(body).toContain('SUMMARY:Interview with the team · Acme Rockets');
    expect(body).toContain('BEGIN:VALARM');
    expect(body).not.toContain('Private Person');
    expect(body).not.toContain('private note');
    expect((await as('calendar.feed', {})).data.lastUsedAt).toBeInstanceOf(Date);

    const second = await mutate('calendar.rotateFeed', {});
    expect(second.data.url).not.toBe(first.data.url);
    expect((await feed(first.data.url)).status).toBe(404);
    expect((await feed(second.data.url)).status).toBe(200);

    const secretless = second.data.url.replace(/\.[a-z2-7]{32}\.ics$/, `.${'a'.repeat(32)}.ics`);
    expect((await feed(secretless)).status).toBe(404);
    expect((await feed('http://x/calendar/../../etc/passwd.ics')).status).toBe(404);

    // Rotations at the same moment all succeed and leave exactly one working address.
    const burst = await Promise.all(Array.from({ length: 5 }, () => mutate('calendar.rotateFeed', {})));
    expect(burst.map((result) => result.status)).toEqual([200, 200, 200, 200, 200]);
    const working = await Promise.all(burst.map(async (result) => (await feed(result.data.url)).status));
    expect(working.filter((status) => status === 200)).toHaveLength(1);
    expect((await feed(second.data.url)).status).toBe(404);

    await mutate('calendar.disableFeed', {});
    for (const result of burst) expect((await feed(result.data.url)).status).toBe(404);
    expect((await as('calendar.feed', {})).data.enabled).toBe(false);
  });
});
