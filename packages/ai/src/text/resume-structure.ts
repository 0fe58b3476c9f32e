/**
 * Reads a resume written as Markdown or plain text into sections, entries and bullets, keeping
 * every original line so a tailored resume can be rebuilt from the user's own words only.
 */
import { trimEndSpaceAnd } from './trim.js';

export type SectionKind =
  | 'header'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'certifications'
  | 'projects'
  | 'other';

export interface ResumeEntry {
  /** Lines that introduce the entry (role, employer, dates), as written. */
  headerLines: string[];
  /** Bullet lines as written (with their marker). */
  bullets: string[];
  /** Non-bullet text lines after the header. */
  textLines: string[];
}

export interface ResumeSection {
  kind: SectionKind;
  title: string;
  /** The heading line as written; null for the top header block. */
  headingLine: string | null;
  entries: ResumeEntry[];
}

export interface ParsedResume {
  sections: ResumeSection[];
}

const SECTION_PATTERNS: Array<[SectionKind, RegExp]> = [
  ['summary', /^(professional\s+)?(summary|profile|about( me)?|objective|overview|introduction)$/],
  [
    'experience',
    /^((work|professional|relevant|employment|career)\s+)?(experience|history|employment)( history)?$|^work history$/,
  ],
  ['education', /^(education|academic background|education and training|qualifications)$/],
  [
    'skills',
    /^((technical|core|key)\s+)?(skills|competencies|technologies|tech stack|toolbox|expertise)( and tools| & tools)?$/,
  ],
  ['certifications', /^(certifications?|licen[cs]es?( (and|&) certifications)?|certificates|courses)$/],
  ['projects', /^(?:[a-z/&-]+ ){0,2}projects$/],
  [
    'other',
    /^(publications|awards|honou?rs|volunteer(ing)?( experience)?|languages|interests|activities|references|talks|patents|achievements)$/,
  ],
];

const BULLET = /^\s*(?:[-*•▪◦‣]|\d+[.)])\s+/;

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

export function bulletText(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** The words of a heading without Markdown markup: "## **Work Experience:**" -> "work experience". */
export function headingText(line: string): string {
  const text = line.replace(/^\s*#{1,6}\s*/, '').replace(/[*_`]/g, '');
  return trimEndSpaceAnd(text, ':').trim();
}

export function sectionKindOf(line: string): SectionKind | null {
  const trimmed = line.trim();
  if (!trimmed || isBullet(trimmed) || trimmed.length > 60) return null;
  const isMarkdownHeading = /^#{1,6}\s/.test(trimmed);
  const isBoldLine = /^\*\*[^*]+\*\*:?$/.test(trimmed) || /^__[^_]+__:?$/.test(trimmed);
  const text = headingText(trimmed);
  const isCapsLine =
    text.length > 2 && text === text.toUpperCase() && /[A-Z]/.test(text) && text.split(/\s+/).length <= 4;
  const endsWithColon = /:$/.test(trimmed) && text.split(/\s+/).length <= 4;
  if (!isMarkdownHeading && !isBoldLine && !isCapsLine && !endsWithColon) return null;
  const normalized = text.toLowerCase().replace(/\s+/g, ' ');
  for (const [kind, pattern] of SECTION_PATTERNS) if (pattern.test(normalized)) return kind;
  return null;
}

function isEntryHeader(line: string): boolean {
  return /^\s*#{3,6}\s/.test(line) || /^\s*\*\*[^*]+\*\*/.test(line);
}

export function parseResume(content: string): ParsedResume {
  const sections: ResumeSection[] = [];
  let current: ResumeSection = { kind: 'header', title: 'Header', headingLine: null, entries: [] };
  let entry: ResumeEntry | null = null;

  const startEntry = () => {
    entry = { headerLines: [], bullets: [], textLines: [] };
    current.entries.push(entry);
    return entry;
  };

  for (const rawLine of content.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    if (!line.trim()) continue;
    const kind = sectionKindOf(line);
    if (kind) {
      if (current.headingLine !== null || current.entries.length > 0) sections.push(current);
      current = { kind, title: headingText(line), headingLine: line, entries: [] };
      entry = null;
      continue;
    }
    if (isBullet(line)) {
      (entry ?? startEntry()).bullets.push(line);
      continue;
    }
    // A new entry starts at an entry-style header, or at any plain line that follows bullets.
    const active = entry as ResumeEntry | null;
    if (!active || isEntryHeader(line) || active.bullets.length > 0) {
      startEntry().headerLines.push(line);
    } else if (active.textLines.length === 0 && active.headerLines.length < 3 && looksLikeEntryDetail(line)) {
      active.headerLines.push(line);
    } else {
      active.textLines.push(line);
    }
  }
  if (current.headingLine !== null || current.entries.length > 0) sections.push(current);
  return { sections };
}

/** Short lines holding a date range, a place or a pipe-separated role line belong to the entry header. */
function looksLikeEntryDetail(line: string): boolean {
  return (
    line.length <= 120 &&
    (/\b(19|20)\d{2}\b|present|current/i.test(line) || /[|·•—–]/.test(line) || /^\*[^*]+\*$/.test(line.trim()))
  );
}

export function renderResume(resume: ParsedResume): string {
  const blocks: string[] = [];
  for (const section of resume.sections) {
    const lines: string[] = [];
    if (section.headingLine) lines.push(section.headingLine, '');
    for (const entry of section.entries) {
      const entryLines = [...entry.headerLines, ...entry.textLines, ...entry.bullets];
      if (entryLines.length === 0) continue;
      lines.push(...entryLines, '');
    }
    if (lines.length > 0) blocks.push(lines.join('\n').trimEnd());
  }
  return blocks.join('\n\n') + '\n';
}

/** Every bullet of a resume with where it sits. */
export function allBullets(resume: ParsedResume): Array<{ text: string; section: SectionKind; entryHeader: string }> {
  return resume.sections.flatMap((section) =>
    section.entries.flatMap((entry) =>
      entry.bullets.map((bullet) => ({
        text: bulletText(bullet),
        section: section.kind,
        entryHeader: entry.headerLines.join(' '),
      })),
    ),
  );
}
