/**
 * Lines of a resume (from a PDF, a Word file or a text file) to clean Markdown: the name as the title,
 * the usual sections as "## " headings, bullets as "- ", entry lines with dates as "### " headings.
 * Every line keeps its words: employers, titles and dates are never rewritten, only marked up.
 */
import { findDateRange, sectionOfHeading, type ResumeSection } from '@jobforge/export';

const BULLET_GLYPHS = '•●▪■◦‣⁃–—·➢►▸✓✔*-\uf0b7\uf0a7\uf0d8\uf076';
const ENTRY_SECTIONS = new Set<ResumeSection>(['work', 'education', 'projects', 'volunteer']);

export interface StructuredText {
  markdown: string;
  sectionsFound: number;
}

/** "• Led the team" -> "Led the team"; null when the line is not a bullet. */
export function bulletBody(line: string): string | null {
  const trimmed = line.trimStart();
  const first = trimmed[0] ?? '';
  if (BULLET_GLYPHS.includes(first) && (trimmed[1] === ' ' || trimmed[1] === '\t' || first !== '-')) {
    const body = trimmed.slice(1).trim();
    // "-10% costs" or "**bold**" are text, not bullets.
    if (body && !(first === '*' && trimmed[1] === '*')) return body;
  }
  if (/^(o|\d{1,2}[.)])\s/.test(trimmed)) return trimmed.slice(trimmed.indexOf(' ') + 1).trim();
  return null;
}

/** The words of a line without Markdown emphasis or heading marks around it. */
function bare(line: string): string {
  let text = line.trim();
  while (text.startsWith('#')) text = text.slice(1);
  text = text.trim();
  for (const marker of ['**', '__']) {
    if (text.startsWith(marker) && text.endsWith(marker) && text.length > 4) text = text.slice(2, -2).trim();
  }
  return text;
}

function looksLikeName(line: string): boolean {
  const words = line.split(' ').filter(Boolean);
  return line.length <= 60 && words.length >= 1 && words.length <= 6 && !/[@\d|/:]/.test(line);
}

export function structureResumeText(lines: string[]): StructuredText {
  const blocks: string[] = [];
  let section: ResumeSection | null = null;
  let sectionsFound = 0;
  let sawName = false;
  let inList = false;
  const push = (block: string, list = false) => {
    if (inList && list) blocks[blocks.length - 1] += `\n${block}`;
    else blocks.push(block);
    inList = list;
  };
  for (const raw of lines) {
    const line = raw.replace(/\t/g, ' ').trim();
    if (!line) {
      inList = false;
      continue;
    }
    const words = bare(line);
    const heading = line.length <= 80 ? sectionOfHeading(words) : null;
    if (heading) {
      push(`## ${words.replace(/:$/, '')}`);
      section = heading;
      sectionsFound += 1;
      sawName = true;
      continue;
    }
    if (!sawName) {
      sawName = true;
      if (looksLikeName(words)) {
        push(`# ${words}`);
        continue;
      }
    }
    const bullet = bulletBody(line);
    if (bullet !== null) {
      push(`- ${bullet}`, true);
      continue;
    }
    if (line.startsWith('#')) {
      push(line);
      continue;
    }
    if (section && ENTRY_SECTIONS.has(section) && line.length <= 150 && findDateRange(words)) {
      push(`### ${words}`);
      continue;
    }
    push(line);
  }
  return { markdown: blocks.length ? `${blocks.join('\n\n')}\n` : '', sectionsFound };
}
