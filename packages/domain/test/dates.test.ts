import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from '../src/dates.js';

describe('dates', () => {
  it('prints days and moments in UTC, the same on server and browser', () => {
    expect(formatDay('2026-11-25T23:30:00Z')).toBe('2026-11-25');
    expect(formatMoment(new Date('2026-09-05T04:03:00Z'))).toBe('5 Sep 2026, 04:03 UTC');
    expect(formatMoment('2026-11-25T00:00:00Z')).toBe('25 Nov 2026, 00:00 UTC');
  });
});
