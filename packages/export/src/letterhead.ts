/**
 * A cover letter leaves Job Forge as a letter: the person's name and contact line at the top, then
 * the date, then the text. The contact line is the one under the name in their own resume.
 */
import type { PaperSize } from './templates.js';

export interface LetterContact {
  name: string;
  /** Markdown lines (links kept), e.g. "jane@example.com · Berlin · [github.com/jane](https://…)". */
  lines: string[];
}

const MAX_CONTACT_LINES = 3;
const MAX_LINE_LENGTH = 300;

/**
 * The name and contact lines of a resume: its opening `# Name` heading and the lines under it up to
 * the first other heading. Without such a heading the account's name and email serve.
 */
export function contactFromResume(
  resumeMarkdown: string | null | undefined,
  account: { fullName: string; email: string },
): LetterContact {
  const lines = (resumeMarkdown ?? '').replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => /^#\s+\S/.test(line));
  if (start >= 0 && lines.slice(0, start).every((line) => !line.trim())) {
    const contact: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (/^#{1,6}\s/.test(line) || /^(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) break;
      if (line.trim()) contact.push(line.trim().slice(0, MAX_LINE_LENGTH));
      if (contact.length === MAX_CONTACT_LINES) break;
    }
    const name = lines[start]!.replace(/^#\s+/, '').trim();
    if (contact.length) return { name, lines: contact };
    return { name, lines: [account.email] };
  }
  return { name: account.fullName, lines: [account.email] };
}

/** "29 November 2026" on A4, "November 29, 2026" on US Letter; `day` is the writer's local YYYY-MM-DD. */
export function letterDate(day: string | undefined, paper: PaperSize, now = new Date()): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : now;
  return new Intl.DateTimeFormat(paper === 'letter' ? 'en-US' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

const DATE_LINE =
  /^\s*(\d{1,2}\.?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2},?\s+)?\d{4}\s*$|^\s*\d{4}-\d{2}-\d{2}\s*$/i;

export interface Letterhead {
  /** Markdown put before the letter (empty when the letter already carries its own). */
  markdown: string;
  /** How many of its paragraphs are subtitle lines (contact and date) under the name. */
  subtitleParagraphs: number;
}

/**
 * The letterhead for a letter, leaving out what the letter already has: a letter that opens with its
 * own `# Name` keeps its top as written, one that already shows the contact line or a date does not
 * get them twice.
 */
export function letterheadFor(letter: string, contact: LetterContact, date: string): Letterhead {
  const top = letter.replace(/\r\n?/g, '\n').split('\n').slice(0, 8);
  if (/^#\s/.test(top.find((line) => line.trim()) ?? '')) return { markdown: '', subtitleParagraphs: 0 };
  const topText = top.join('\n');
  const hasContact = contact.lines.some((line) => topText.includes(line));
  const hasDate = top.some((line) => DATE_LINE.test(line));
  const paragraphs = [...(hasContact ? [] : [contact.lines.join('  \n')]), ...(hasDate ? [] : [date])];
  return {
    markdown: [`# ${escapeHeading(contact.name)}`, ...paragraphs].join('\n\n') + '\n\n',
    subtitleParagraphs: paragraphs.length,
  };
}

function escapeHeading(name: string): string {
  return name.replace(/\n/g, ' ').replace(/^([#>*+-])/, '\\$1');
}
