/**
 * Dates as the pages show them, in UTC so that the server's render and the browser's hydration
 * print the same text whatever either's time zone.
 */
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'UTC',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The parts of a moment as every page prints it: day, short month, year, and the time on a 24-hour clock. */
export const MOMENT_PARTS = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
} as const satisfies Intl.DateTimeFormatOptions;

const momentFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...MOMENT_PARTS });

/** 2026-11-25: the day, as the seed shows it on cards. */
export function formatDay(value: Date | string): string {
  return dayFormat.format(new Date(value));
}

/** 25 Nov 2026, 14:03 UTC: a readable moment. */
export function formatMoment(value: Date | string): string {
  const parts = Object.fromEntries(momentFormat.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} UTC`;
}
