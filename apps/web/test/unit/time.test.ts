import { describe, expect, it } from 'vitest';
import {
  daysSince,
  dueLabel,
  formatDate,
  formatWhen,
  fromLocalInput,
  timeZoneFromCookie,
  toLocalInput,
} from '~/lib/time';

describe('times in the user’s zone', () => {
  it('reads the zone from the cookie, and falls back to UTC for anything else', () => {
    expect(timeZoneFromCookie('a=1; jf_tz=Europe%2FBerlin')).toBe('Europe/Berlin');
    expect(timeZoneFromCookie('jf_tz=Mars%2FOlympus')).toBe('UTC');
    expect(timeZoneFromCookie('jf_tz=%E0%A4%A')).toBe('UTC');
    expect(timeZoneFromCookie(null)).toBe('UTC');
  });

  it('prints a moment and a date in the zone', () => {
    expect(formatWhen('2026-12-03T08:05:00Z', 'Europe/Berlin')).toBe('Thu, 3 Dec 2026, 09:05');
    expect(formatWhen('2026-12-03T23:30:00Z', 'UTC')).toBe('Thu, 3 Dec 2026, 23:30');
    expect(formatDate('2026-12-03T23:30:00Z', 'Asia/Tokyo')).toBe('4 Dec 2026');
  });

  it('round-trips a datetime-local value, across a daylight-saving change', () => {
    const instant = new Date('2026-03-29T01:30:00Z'); // 03:30 in Berlin, just after the change
    expect(toLocalInput(instant, 'Europe/Berlin')).toBe('2026-03-29T03:30');
    expect(fromLocalInput('2026-03-29T03:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(fromLocalInput('2026-11-25T09:00', 'America/New_York')?.toISOString()).toBe('2026-11-25T14:00:00.000Z');
    expect(fromLocalInput('not a date', 'UTC')).toBeNull();
  });

  it('says how far a due date is by calendar day', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(dueLabel('2026-11-23T09:00:00Z', 'UTC', now)).toBe('overdue by 2 days');
    expect(dueLabel('2026-11-25T09:00:00Z', 'UTC', now)).toBe('overdue, today');
    expect(dueLabel('2026-11-25T18:00:00Z', 'UTC', now)).toBe('due today');
    expect(dueLabel('2026-11-26T08:00:00Z', 'UTC', now)).toBe('due tomorrow');
    expect(dueLabel('2026-11-25T14:30:00Z', 'Asia/Tokyo', now)).toBe('due today'); // 23:30 there
    expect(dueLabel('2026-11-25T15:30:00Z', 'Asia/Tokyo', now)).toBe('due tomorrow'); // 00:30 the next day
    expect(daysSince('2026-11-20T12:00:00Z', now)).toBe(5);
  });
});
