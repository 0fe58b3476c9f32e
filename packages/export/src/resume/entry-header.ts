/**
 * Splits an entry heading into its parts: "Senior Engineer — Acme GmbH, Berlin (Mar 2021 – Present)"
 * gives the title, the organisation, the place and the dates. Every part keeps its original words.
 */
import { collapseSpaces, trimSpaceAnd } from '../text/trim.js';
import { findDateRange, type DateRange } from './dates.js';

const TITLE_WORDS =
  /\b(engineer|developer|programmer|manager|designer|analyst|scientist|architect|consultant|director|lead|intern|head|officer|specialist|administrator|coordinator|founder|co-founder|cto|ceo|cfo|coo|vp|president|assistant|associate|researcher|teacher|lecturer|professor|nurse|accountant|writer|editor|owner|technician|advisor|recruiter|representative|executive|partner|fellow|instructor|tester|trainer|producer|supervisor|student|volunteer|mentor|tutor)s?\b/i;

/** Between the parts of a heading whose spaces were collapsed: " — ", " - ", "|", ", ", " at ", " @ ". */
const SEPARATORS = / [—–|·•] | - | ?\| ?|, | at | @ /;

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
export function withoutDates(written: string, dates: DateRange | null): string {
  const text = collapseSpaces(written);
  if (!dates) return text;
  // Brackets around the dates go with them, with any month we could not read ("(Ιαν 2020 – Present)").
  const at = text.indexOf(dates.text);
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at + dates.text.length);
  const bracketed =
    open >= 0 &&
    close >= 0 &&
    !text.slice(open, at).includes(')') &&
    text.slice(open + 1, at).trim().length <= 15 &&
    text.slice(at + dates.text.length, close).trim().length <= 15;
  const rest = bracketed ? `${text.slice(0, open)} ${text.slice(close + 1)}` : text.replace(dates.text, ' ');
  return trimSpaceAnd(collapseSpaces(rest.replaceAll('()', ' ').replaceAll('[]', ' ')), ',;|·—–-');
}

export function splitParts(text: string): string[] {
  return collapseSpaces(text)
    .split(SEPARATORS)
    .map((part) => trimSpaceAnd(part, '()[]'))
    .filter(Boolean);
}

export function parseEntryHeader(header: string, detailLines: string[] = []): EntryParts {
  let dates = findDateRange(header);
  const parts = splitParts(withoutDates(header, dates));
  const [first, second, ...rest] = parts;
  // "Acme GmbH — Senior Engineer" names the employer first.
  const swapped = first && second && !looksLikeTitle(first) && looksLikeTitle(second);
  const title = swapped ? second : first;
  const organization = swapped ? first : second;
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
