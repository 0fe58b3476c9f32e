/**
 * A resume in Markdown to JSON Resume (jsonresume.org, schema v1.0.0). Employers, titles and dates
 * keep their words; dates become ISO (2021-03). Sections JSON Resume has no place for are kept
 * under meta.jobforge.sections, so nothing the person wrote is dropped.
 */
import type { Block } from '../markdown/blocks.js';
import { readBasics, type JsonResumeBasics } from './basics.js';
import { findDateRange, isoDate } from './dates.js';
import { isDetailLine, parseEntryHeader, splitParts, withoutDates } from './entry-header.js';
import { readResume, type ReadSection, type ResumeEntry } from './read-resume.js';
import type { ResumeSection } from './sections.js';
import { collapseSpaces, splitLabel } from '../text/trim.js';

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

type Item = Record<string, unknown>;
export interface JsonResume {
  $schema: string;
  basics: JsonResumeBasics;
  [section: string]: unknown;
}

/** Each section JSON Resume has a place for, as its items under the key of the same name. */
const SECTION_ITEMS: Partial<Record<ResumeSection, (section: ReadSection) => Item[]>> = {
  work: (section) => positions(section, 'name'),
  volunteer: (section) => positions(section, 'organization'),
  education: (section) => items(section).map(education),
  skills: (section) => items(section).map(skill),
  certificates: (section) => items(section).map((text) => dated(text, 'name', 'date')),
  awards: (section) => items(section).map((text) => dated(text, 'title', 'date')),
  publications: (section) => items(section).map((text) => dated(text, 'name', 'releaseDate')),
  projects: (section) => section.entries.map(project),
  languages: (section) => items(section).map(language),
  interests: (section) => items(section).map((text) => labelled(text, 'name')),
  references: (section) => items(section).map((text) => ({ reference: text })),
};

export function toJsonResume(blocks: Block[], options: { now?: Date } = {}): JsonResume {
  const read = readResume(blocks);
  const resume: JsonResume = {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: readBasics(read.name, read.headerLines, read.headerLinks),
  };
  const unmapped: Array<{ title: string; lines: string[] }> = [];
  const push = (key: string, items: Item[]) => {
    if (!items.length) return;
    resume[key] = [...((resume[key] as Item[] | undefined) ?? []), ...items];
  };
  for (const section of read.sections) {
    const toItems = section.kind ? SECTION_ITEMS[section.kind] : undefined;
    if (section.kind === 'summary') {
      resume.basics.summary = [resume.basics.summary, ...allLines(section)].filter(Boolean).join('\n');
    } else if (section.kind && toItems) {
      push(section.kind, toItems(section));
    } else {
      unmapped.push({ title: section.title, lines: allLines(section) });
    }
  }
  resume.meta = {
    version: 'v1.0.0',
    lastModified: (options.now ?? new Date()).toISOString().slice(0, 19),
    ...(unmapped.length ? { jobforge: { sections: unmapped } } : {}),
  };
  return resume;
}

function allLines(section: ReadSection): string[] {
  return section.entries.flatMap((entry) => [
    ...(entry.header ? [entry.header] : []),
    ...entry.lines,
    ...entry.bullets,
  ]);
}

/** One item per heading, paragraph line or bullet: degrees, certificates, languages are written one a line. */
function items(section: ReadSection): string[] {
  return allLines(section).filter((line) => line.trim());
}

function positions(section: ReadSection, organizationKey: 'name' | 'organization'): Item[] {
  const out: Item[] = [];
  for (const entry of section.entries) {
    if (!entry.header && out.length) {
      // Bullets after a heading-less gap still belong to the position above.
      const last = out[out.length - 1]!;
      last.highlights = [...((last.highlights as string[]) ?? []), ...entry.bullets];
      if (entry.lines.length) last.summary = [last.summary, ...entry.lines].filter(Boolean).join('\n');
      continue;
    }
    const parts = parseEntryHeader(entry.header ?? entry.lines[0] ?? '', entry.header ? entry.lines : []);
    const summary = (entry.header ? entry.lines : entry.lines.slice(1)).filter((line) => !isDetailLine(line, parts));
    out.push(
      compact({
        [organizationKey]: parts.organization,
        position: parts.title,
        location: parts.location,
        url: entry.links[0],
        startDate: parts.dates?.startDate,
        endDate: parts.dates?.endDate,
        summary: [...parts.rest, ...summary].join('\n'),
        highlights: entry.bullets,
      }),
    );
  }
  return out;
}

const DEGREE =
  /^(b\.?\s?sc\.?|b\.?\s?a\.?|b\.?\s?eng\.?|b\.?\s?s\.?|m\.?\s?sc\.?|m\.?\s?a\.?|m\.?\s?eng\.?|m\.?\s?s\.?|mba|ph\.?\s?d\.?|bachelor(?:'s)?(?: of \w+)?|master(?:'s)?(?: of \w+)?|doctor(?:ate)?(?: of \w+)?|diplom[a]?|associate(?:'s)?(?: degree)?|dipl\.-\w+\.?|a\.?a\.?s?\.?)\b\.?\s*(?:(?:in|of)\s+)?/i;
const INSTITUTION = /universit|college|school|institut|academ|hochschule|polytechn|école|escuela|universidad/i;

function education(text: string): Item {
  const dates = findDateRange(text);
  const parts = splitParts(withoutDates(text, dates));
  const institution =
    parts.find((part) => INSTITUTION.test(part)) ?? (parts.length > 1 ? parts[parts.length - 1] : undefined);
  const rest = parts.filter((part) => part !== institution);
  const degree = rest.map((part) => DEGREE.exec(part)).find(Boolean);
  const studyType = degree ? withoutTrailingWord(collapseSpaces(degree[0]), ['in', 'of']) : undefined;
  const area = rest
    .map((part) => (degree && part.startsWith(degree[0]) ? part.slice(degree[0].length) : part))
    .join(', ')
    .trim();
  return compact({
    institution: institution ?? text.trim(),
    studyType,
    area: area || undefined,
    startDate: dates?.startDate,
    endDate: dates?.endDate,
  });
}

/** "**Languages:** Python, SQL" -> { name: 'Languages', keywords: ['Python', 'SQL'] }; "Python" -> { name: 'Python' }. */
function skill(text: string): Item {
  const labelled = splitLabel(text);
  if (labelled) return { name: labelled.label, keywords: splitList(labelled.rest) };
  const list = splitList(text);
  return list.length > 1 ? { name: text.trim(), keywords: list } : { name: text.trim() };
}

function splitList(text: string): string[] {
  return text
    .split(/[,;·•|]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

function dated(text: string, nameKey: string, dateKey: string): Item {
  const dates = findDateRange(text);
  const name = withoutDates(text, dates);
  const date = dates ? dates.endDate ?? dates.startDate : undefined;
  return compact({ [nameKey]: name || text.trim(), [dateKey]: date && isoDate(date) ? date : undefined });
}

function labelled(text: string, key: string): Item {
  const split = splitLabel(text);
  return split ? { [key]: split.label, keywords: splitList(split.rest) } : { [key]: text.trim() };
}

/** "German (native)", "German — native", "German: native". */
function language(written: string): Item {
  const text = collapseSpaces(written);
  const open = text.indexOf('(');
  if (open > 0 && text.endsWith(')')) {
    return compact({ language: text.slice(0, open).trim(), fluency: text.slice(open + 1, -1).trim() });
  }
  for (const separator of [' — ', ' – ', ': ', ' - ']) {
    const at = text.indexOf(separator);
    if (at > 0)
      return compact({ language: text.slice(0, at).trim(), fluency: text.slice(at + separator.length).trim() });
  }
  return { language: text };
}

/** "B.Sc. in" -> "B.Sc." */
function withoutTrailingWord(text: string, words: string[]): string {
  const space = text.lastIndexOf(' ');
  return space > 0 && words.includes(text.slice(space + 1).toLowerCase()) ? text.slice(0, space) : text;
}

function project(entry: ResumeEntry): Item {
  const header = entry.header ?? entry.lines[0] ?? '';
  const dates = findDateRange(header);
  const name = withoutDates(header, dates).replace(/^\[|\]$/g, '');
  const description = (entry.header ? entry.lines : entry.lines.slice(1)).join('\n');
  return compact({
    name: name || header,
    description,
    highlights: entry.bullets,
    url: entry.links[0],
    startDate: dates?.startDate,
    endDate: dates?.endDate,
  });
}

/** Drops empty values: JSON Resume validators refuse "" where a date or URL belongs. */
function compact(item: Item): Item {
  return Object.fromEntries(
    Object.entries(item).filter(([, value]) =>
      Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '',
    ),
  );
}
