/**
 * "Today" is the user's today: the day boundaries of a reminders list are computed in the time zone
 * the client names (an IANA name such as Europe/Berlin; UTC when none is given).
 */

/** Whether `timeZone` is a time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the day after `now`'s day begins, in `timeZone` (DST-safe: the offset is re-read there). */
export function startOfTomorrow(now: Date, timeZone: string): Date {
  const local = new Date(now.getTime() + offsetAt(now, timeZone));
  const midnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1);
  const guess = midnightAsUtc - offsetAt(new Date(midnightAsUtc), timeZone);
  return new Date(midnightAsUtc - offsetAt(new Date(guess), timeZone));
}
