/** Splits an experience entry's header ("### Senior Engineer — Acme Corp (2019–2023)") into its parts. */

const TITLE_CORE =
  'Engineer|Developer|Manager|Designer|Analyst|Scientist|Architect|Consultant|Director|Administrator|Specialist|Coordinator|Officer|Intern|Lead|Programmer|Researcher|Strategist|Writer|Editor|Accountant|Recruiter|Technician|President|Founder|Co-founder|Cofounder|CTO|CEO|CFO|COO|VP|Head|Owner|Associate|Assistant|Advisor|Representative|Executive|Partner|Fellow|Teacher|Lecturer|Professor|Nurse|Instructor|Tester|Trainer|Producer|Marketer|Planner|Buyer|Supervisor|Operator|Agent|Counsel|Attorney|Paralegal|Clerk';

/** A job-title phrase: up to four capitalised words ending in a title word. */
export const TITLE_PATTERN = new RegExp(
  `\\b((?:(?:[A-Z][\\w+#./&-]*|of|and|&)\\s+){0,4}(?:${TITLE_CORE})s?)\\b(?:\\s+(?:of|for)\\s+[A-Z][\\w&-]*(?:\\s+[A-Z][\\w&-]*){0,2})?`,
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
  const withoutParens = clean.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    if (DATE_PART.test(inner)) dates.push(inner.trim());
    return DATE_PART.test(inner) ? ' ' : ` | ${inner} `;
  });
  const parts = withoutParens
    .split(/\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*|,\s+|\s+at\s+|\s+@\s+|@/)
    .map((p) => p.trim().replace(/[.;:]+$/, ''))
    .filter(Boolean);
  const titles: string[] = [];
  const organizations: string[] = [];
  for (const part of parts) {
    if (DATE_PART.test(part) && !/[A-Za-z]{4,}\s+[A-Z]/.test(part.replace(/\b(present|current|now|today)\b/gi, ''))) {
      dates.push(part);
    } else if (TITLE_WORD.test(part) && part.split(/\s+/).length <= 7) {
      titles.push(part);
    } else if (/^[A-Z0-9]/.test(part) && part.split(/\s+/).length <= 6) {
      organizations.push(part);
    }
  }
  return { titles, organizations, dates };
}
