/**
 * Dates as resumes write them ("Mar 2021 – Present", "06/2017 - 02/2021", "2013–2017") to the
 * ISO 8601 forms JSON Resume accepts (2021-03, 2017), and back.
 */
import { collapseSpaces } from '../text/trim.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * One written date, then optionally a dash or "to" and a second date or "Present". Written out (not
 * assembled from parts) so the linear-time check can read it; whitespace is collapsed beforehand.
 */
const RANGE =
  /((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)\d\d|\d\d?[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d(?:-\d\d)?|(?:19|20)\d\d)(?: ?(?:–|—|-|to|until) ?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)\d\d|\d\d?[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d(?:-\d\d)?|(?:19|20)\d\d|present|current|now|today|ongoing))?/i;
const NOW = new Set(['present', 'current', 'now', 'today', 'ongoing']);

export interface DateRange {
  startDate?: string;
  endDate?: string;
  /** Ends "Present". */
  current: boolean;
  /** The text that held the dates, as written. */
  text: string;
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from one written date, or undefined. */
export function isoDate(written: string): string | undefined {
  const text = written.trim().toLowerCase();
  let match = /^((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return match[1];
    return match[3] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2]}`;
  }
  match = /^(\d{1,2})[/.]((?:19|20)\d{2})$/.exec(text);
  if (match) {
    const month = Number(match[1]);
    return month >= 1 && month <= 12 ? `${match[2]}-${String(month).padStart(2, '0')}` : match[2];
  }
  match = /^([a-z]{3})[a-z]{0,6}\.? ((?:19|20)\d{2})$/.exec(collapseSpaces(text));
  if (match) {
    const month = MONTHS.indexOf(match[1]!);
    return month >= 0 ? `${match[2]}-${String(month + 1).padStart(2, '0')}` : match[2];
  }
  match = /^((?:19|20)\d{2})$/.exec(text);
  return match ? match[1] : undefined;
}

export function findDateRange(written: string): DateRange | null {
  const text = collapseSpaces(written);
  const match = RANGE.exec(text);
  if (!match) return null;
  const end = match[2];
  const current = end !== undefined && NOW.has(end.toLowerCase());
  return {
    startDate: isoDate(match[1]!),
    endDate: end && !current ? isoDate(end) : undefined,
    current,
    text: match[0],
  };
}

/** "2021-03" -> "Mar 2021"; "2017" stays "2017". */
export function writtenDate(iso: string): string {
  const match = /^((?:19|20)\d{2})(?:-(\d{2}))?/.exec(iso.trim());
  if (!match) return iso.trim();
  const month = match[2] ? Number(match[2]) : 0;
  return month >= 1 && month <= 12 ? `${MONTH_NAMES[month - 1]} ${match[1]}` : match[1]!;
}

/** JSON Resume's convention: a start date without an end date is a position held now. */
export function writtenRange(startDate?: string, endDate?: string): string {
  if (!startDate) return endDate ? writtenDate(endDate) : '';
  return `${writtenDate(startDate)} – ${endDate ? writtenDate(endDate) : 'Present'}`;
}
