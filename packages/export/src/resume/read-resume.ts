/**
 * Reads a resume in the block model as the person laid it out: the name (first level-1 heading),
 * the lines under it, then sections (headings) of entries. An entry starts at a level-3+ heading or at
 * a paragraph that opens in bold; its lines and bullets follow. Text stays exactly as written.
 */
import { plainText, type Block, type Run } from '../markdown/blocks.js';
import { sectionOfHeading, type ResumeSection } from './sections.js';

export interface ResumeEntry {
  /** The entry's heading ("Senior Engineer — Acme (2021 – Present)"), or null for loose lines. */
  header: string | null;
  /** Paragraph lines after the header, as plain text. */
  lines: string[];
  bullets: string[];
  /** Every link in the entry, in order. */
  links: string[];
}

export interface ReadSection {
  title: string;
  kind: ResumeSection | null;
  entries: ResumeEntry[];
}

export interface ReadResume {
  name: string | null;
  /** Lines between the name and the first section (label, contact details). */
  headerLines: string[];
  headerLinks: string[];
  sections: ReadSection[];
}

export function readResume(blocks: Block[]): ReadResume {
  const resume: ReadResume = { name: null, headerLines: [], headerLinks: [], sections: [] };
  let section: ReadSection | null = null;
  let entry: ResumeEntry | null = null;

  const newEntry = (header: string | null): ResumeEntry => {
    entry = { header, lines: [], bullets: [], links: [] };
    section!.entries.push(entry);
    return entry;
  };
  const current = (): ResumeEntry => entry ?? newEntry(null);

  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1 && resume.name === null && !section) {
      resume.name = plainText(block.runs).trim();
      continue;
    }
    if (block.kind === 'heading' && (block.level <= 2 || sectionOfHeading(plainText(block.runs)))) {
      const title = plainText(block.runs).trim();
      section = { title, kind: sectionOfHeading(title), entries: [] };
      resume.sections.push(section);
      entry = null;
      continue;
    }
    if (!section) {
      collectHeader(block, resume);
      continue;
    }
    switch (block.kind) {
      case 'heading':
        newEntry(plainText(block.runs).trim()).links.push(...linksOf(block.runs));
        break;
      case 'paragraph': {
        const text = plainText(block.runs).trim();
        const open = entry as ResumeEntry | null;
        // A bold opening starts an entry, unless it is the detail line right under an entry's heading.
        const continuesHeader =
          open !== null && open.header !== null && open.lines.length === 0 && open.bullets.length === 0;
        const into = block.runs[0]?.bold && !continuesHeader ? newEntry(text) : current();
        if (into.header !== text)
          into.lines.push(
            ...text
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          );
        into.links.push(...linksOf(block.runs));
        break;
      }
      case 'list':
        for (const item of flattenItems(block)) {
          const into = current();
          into.bullets.push(plainText(item).trim());
          into.links.push(...linksOf(item));
        }
        break;
      case 'table':
        for (const row of block.rows) current().lines.push(row.map((cell) => plainText(cell).trim()).join(' | '));
        break;
      case 'quote':
      case 'code':
        current().lines.push(block.kind === 'code' ? block.text : blocksText(block.blocks));
        break;
      case 'rule':
        break;
    }
  }
  return resume;
}

function collectHeader(block: Block, resume: ReadResume) {
  if (block.kind === 'paragraph' || block.kind === 'heading') {
    resume.headerLines.push(
      ...plainText(block.runs)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
    resume.headerLinks.push(...linksOf(block.runs));
  } else if (block.kind === 'list') {
    for (const item of flattenItems(block)) {
      resume.headerLines.push(plainText(item).trim());
      resume.headerLinks.push(...linksOf(item));
    }
  }
}

function flattenItems(list: Extract<Block, { kind: 'list' }>): Run[][] {
  return list.items.flatMap((item) => [
    item.runs,
    ...item.children.flatMap((child) => (child.kind === 'list' ? flattenItems(child) : [])),
  ]);
}

function linksOf(runs: Run[]): string[] {
  return runs.flatMap((run) => (run.href ? [run.href] : []));
}

function blocksText(blocks: Block[]): string {
  return blocks
    .map((block) => ('runs' in block ? plainText(block.runs) : block.kind === 'code' ? block.text : ''))
    .filter(Boolean)
    .join('\n');
}
