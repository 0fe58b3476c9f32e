/** The private calendar feed, whose address is the only credential a calendar app has. */
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarFeedResponse } from '../../src/index.js';
import { sampleApplication, signedInHarness } from '../support/harness.js';

const { session, as, mutate } = signedInHarness('katherine');
let applicationId: string;
beforeAll(async () => {
  applicationId = (await mutate('applications.create', sampleApplication)).data.id;
});
const HOUR = 3_600_000;

describe('the calendar feed', () => {
  const feed = (url: string) => {
    const token = new URL(url).pathname.replace(/^\/calendar\//, '').replace(/\.ics$/, '');
    return calendarFeedResponse(session.harness.api.services, token, {
      requestId: 'test',
      origin: 'http://localhost:3000',
    });
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
