/**
 * Splits an entry heading into its parts: "Senior Engineer — Acme GmbH, Berlin (Mar 2021 – Present)"
 * gives the title, the organisation, the place and the dates. Every part keeps its original words.
 */
import { findDateRange, type DateRange } from './dates.js';

const TITLE_WORDS =
  /\b(engineer|developer|programmer|manager|designer|analyst|scientist|architect|consultant|director|lead|intern|head|officer|specialist|administrator|coordinator|founder|co-founder|cto|ceo|cfo|coo|vp|president|assistant|associate|researcher|teacher|lecturer|professor|nurse|accountant|writer|editor|owner|technician|advisor|recruiter|representative|executive|partner|fellow|instructor|tester|trainer|producer|supervisor|student|volunteer|mentor|tutor)s?\b/i;

const SEPARATORS = /\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*|,\s+|\s+at\s+|\s+@\s+/;

export interface EntryParts {
  title?: string;
  organization?: string;
  location?: string;
  dates: DateRange | null;
  /** Parts that fit nowhere else, in order. */
  rest: string[];
}

export function looksLikeTitle(text: string): boolean {
  return TITLE_WORDS.test(text);
}

/** The text with its date range (and any brackets around it) taken out. */
export function withoutDates(text: string, dates: DateRange | null): string {
  if (!dates) return text.trim();
  return text
    .replace(dates.text, ' ')
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+([,;|·—–-])\s*$/, '')
    .replace(/^\s*[,;|·—–-]\s+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/[\s,;|·—–-]+$/, '');
}

export function splitParts(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((part) => part.trim().replace(/^[([]|[)\]]$/g, ''))
    .filter(Boolean);
}

export function parseEntryHeader(header: string, detailLines: string[] = []): EntryParts {
  let dates = findDateRange(header);
  const parts = splitParts(withoutDates(header, dates));
  let [title, organization, ...rest] = parts;
  // "Acme GmbH — Senior Engineer" names the employer first.
  if (title && organization && !looksLikeTitle(title) && looksLikeTitle(organization)) {
    [title, organization] = [organization, title];
  }
  let location: string | undefined = rest.length ? rest.shift() : undefined;
  // A detail line right under the heading often holds the dates or the place ("Berlin | 2019 – 2021").
  for (const line of detailLines.slice(0, 2)) {
    const lineDates = findDateRange(line);
    if (!dates && lineDates) {
      dates = lineDates;
      const place = withoutDates(line, lineDates);
      if (place && !location && place.length <= 60) location = place;
    }
  }
  return { title, organization, location, dates, rest };
}

/** The detail lines that parseEntryHeader used up (dates or place), so they are not repeated as summary. */
export function isDetailLine(line: string, parts: EntryParts): boolean {
  if (!parts.dates) return false;
  const place = withoutDates(line, parts.dates);
  return line.includes(parts.dates.text) && (place === '' || place === parts.location);
}
