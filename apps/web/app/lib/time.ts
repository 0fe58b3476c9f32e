/**
 * Times as the user reads them: in their own time zone (from the `jf_tz` cookie the browser sets, so
 * the server renders the same text the browser would), and "days in stage" / "due in 2 days" counts.
 * Intl.DateTimeFormat does the formatting; nothing here guesses at calendars.
 */
import { MOMENT_PARTS } from '@jobforge/domain';

export const TIME_ZONE_COOKIE = 'jf_tz';
const DAY_MS = 86_400_000;

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The time zone named by the request's cookie, or UTC. */
export function timeZoneFromCookie(cookieHeader: string | null): string {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== TIME_ZONE_COOKIE) continue;
    let value = rest.join('=');
    try {
      value = decodeURIComponent(value);
    } catch {
      return 'UTC';
    }
    return isTimeZone(value) ? value : 'UTC';
  }
  return 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** "Tue, 3 Dec 2026, 09:00" in `timeZone`. */
export function formatWhen(value: Date | string, timeZone: string): string {
  return formatter(timeZone, { weekday: 'short', ...MOMENT_PARTS }).format(new Date(value));
}

/** "3 Dec 2026" in `timeZone`. */
export function formatDate(value: Date | string, timeZone: string): string {
  return formatter(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(value));
}

/** The value for an <input type="datetime-local"> showing `value` in `timeZone`: "2026-12-03T09:00". */
export function toLocalInput(value: Date | string, timeZone: string): string {
  const parts = formatter(timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The instant a datetime-local value ("2026-12-03T09:00") names in `timeZone`, or null if it is not one. */
export function fromLocalInput(text: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // The zone's offset at that wall-clock time, read back through Intl (twice, for daylight-saving edges).
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = Date.parse(`${toLocalInput(new Date(instant), timeZone)}:00Z`);
    instant += asUtc - shown;
  }
  return new Date(instant);
}

/** Whole days from `from` to `now` (0 on the same day of elapsed time). */
export function daysSince(from: Date | string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(from).getTime()) / DAY_MS));
}

/** "overdue by 2 days", "due today", "due tomorrow", "due in 5 days", by calendar day in `timeZone`. */
export function dueLabel(dueAt: Date | string, timeZone: string, now = Date.now()): string {
  const day = (value: number) => Date.parse(`${toLocalInput(new Date(value), timeZone).slice(0, 10)}T00:00:00Z`);
  const due = new Date(dueAt).getTime();
  const days = Math.round((day(due) - day(now)) / DAY_MS);
  if (due < now && days < 0) return `overdue by ${-days} day${days === -1 ? '' : 's'}`;
  if (due < now) return 'overdue, today';
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}
