/** Splits an experience entry's header ("### Senior Engineer — Acme Corp (2019–2023)") into its parts. */
import { trimEndChars } from './trim.js';

const TITLE_CORE =
  'Engineer|Developer|Manager|Designer|Analyst|Scientist|Architect|Consultant|Director|Administrator|Specialist|Coordinator|Officer|Intern|Lead|Programmer|Researcher|Strategist|Writer|Editor|Accountant|Recruiter|Technician|President|Founder|Co-founder|Cofounder|CTO|CEO|CFO|COO|VP|Head|Owner|Associate|Assistant|Advisor|Representative|Executive|Partner|Fellow|Teacher|Lecturer|Professor|Nurse|Instructor|Tester|Trainer|Producer|Marketer|Planner|Buyer|Supervisor|Operator|Agent|Counsel|Attorney|Paralegal|Clerk';

/**
 * A job-title phrase: up to four capitalised words ending in a title word. Words are at most 41
 * characters: `\b` also matches inside "C-C-C-…", so an unbounded word would be rescanned from
 * every one of its letters (quadratic); bounded, each start position does bounded work.
 */
// regex-safe: every word is bounded ({0,40}) and so is the number of words.
export const TITLE_PATTERN = new RegExp(
  `\\b((?:(?:[A-Z][\\w+#./&-]{0,40}|of|and|&)\\s+){0,4}(?:${TITLE_CORE})s?)\\b(?:\\s+(?:of|for)\\s+[A-Z][\\w&-]{0,40}(?:\\s+[A-Z][\\w&-]{0,40}){0,2})?`,
  'g',
);

const TITLE_WORD = new RegExp(`\\b(${TITLE_CORE})s?\\b`, 'i');

const DATE_PART = /\b(19|20)\d{2}\b|\b(present|current|now|today)\b/i;

export interface EntryHeaderParts {
  titles: string[];
  organizations: string[];
  dates: string[];
}

export function parseEntryHeader(line: string): EntryHeaderParts {
  const clean = line
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/[*_`]/g, '')
    .trim();
  const dates: string[] = [];
  const withoutParens = clean.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    if (DATE_PART.test(inner)) dates.push(inner.trim());
    return DATE_PART.test(inner) ? ' ' : ` | ${inner} `;
  });
  // Whitespace runs become one space first, so the separators can be matched without \s+ on both
  // sides (which backtracks quadratically over a long run of spaces).
  const parts = withoutParens
    .replace(/\s+/g, ' ')
    .split(/ [—–|·•] | - | ?\| ?|, | at | @ |@/)
    .map((p) => trimEndChars(p.trim(), '.;:'))
    .filter(Boolean);
  const titles: string[] = [];
  const organizations: string[] = [];
  for (const part of parts) {
    if (DATE_PART.test(part) && !/[A-Za-z]{4}\s+[A-Z]/.test(part.replace(/\b(present|current|now|today)\b/gi, ''))) {
      dates.push(part);
    } else if (TITLE_WORD.test(part) && part.split(/\s+/).length <= 7) {
      titles.push(part);
    } else if (/^[A-Z0-9]/.test(part) && part.split(/\s+/).length <= 6) {
      organizations.push(part);
    }
  }
  return { titles, organizations, dates };
}
