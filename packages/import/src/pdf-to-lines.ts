/**
 * A PDF's text as lines, in the order the PDF draws them (single- and two-column resumes read in
 * their own order), with wrapped paragraph and bullet lines joined back together and larger type
 * marked as headings. Password-protected and image-only PDFs are refused with what to do instead.
 */
import { getDocumentProxy } from 'unpdf';
import { ImportError } from './errors.js';
import { IMPORT_LIMITS } from './limits.js';
import { bulletBody } from './structure-text.js';

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfLines {
  lines: string[];
  pages: number;
  pagesRead: number;
}

const NO_TEXT =
  'This PDF has no text (it is probably a scan or a picture of a page); export it again from your editor as a PDF with text, or import the Word file.';

export async function pdfToLines(bytes: Uint8Array): Promise<PdfLines> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(bytes.slice(), { isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    if ((error as Error).name === 'PasswordException') {
      throw new ImportError(
        'encrypted_pdf',
        'This PDF is protected by a password, so its text cannot be read. Export it again from your editor without a password (or print it to a new PDF) and import that.',
      );
    }
    throw new ImportError(
      'damaged',
      'This PDF is damaged and could not be read. Export it again from your editor and retry.',
    );
  }
  try {
    const pagesRead = Math.min(pdf.numPages, IMPORT_LIMITS.maxPdfPages);
    const raw: Line[] = [];
    for (let number = 1; number <= pagesRead; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      raw.push(...linesOf(content.items as TextItemLike[], number));
      page.cleanup();
    }
    const characters = raw.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
    if (characters < 20) throw new ImportError('no_text', NO_TEXT);
    return { lines: joinWrapped(raw), pages: pdf.numPages, pagesRead };
  } finally {
    await pdf.destroy();
  }
}

function linesOf(items: TextItemLike[], page: number): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let endOfLine = true;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || item.height || 10;
    const sameLine = current && !endOfLine && Math.abs(current.y - y) < size * 0.5;
    if (!sameLine) {
      if (current && current.text.trim()) lines.push(current);
      current = { text: '', x, right: x, y, size, page };
    }
    const line = current!;
    const gap = x - line.right;
    if (line.text && gap > size * 0.2 && !line.text.endsWith(' ') && !item.str.startsWith(' ')) line.text += ' ';
    line.text += item.str;
    if (item.str.trim()) {
      line.right = Math.max(line.right, x + item.width);
      line.size = Math.max(line.size, size);
    }
    endOfLine = item.hasEOL;
  }
  if (current && current.text.trim()) lines.push(current);
  return lines.map((line) => ({ ...line, text: clean(line.text) }));
}

/** Composed letters, no ligature characters or soft hyphens, single spaces. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'))
    .replace(/\u00AD/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}

/**
 * A line continues the one above when it sits right under it, is not a bullet or larger type, and
 * the line above ran close to the right edge (a wrapped paragraph) or was a bullet whose text it
 * lines up with (a wrapped bullet).
 */
function joinWrapped(lines: Line[]): string[] {
  const body = median(lines.map((line) => line.size));
  const rightEdge = new Map<number, number>();
  const leftEdge = new Map<number, number>();
  for (const line of lines) {
    rightEdge.set(line.page, Math.max(rightEdge.get(line.page) ?? 0, line.right));
    leftEdge.set(line.page, Math.min(leftEdge.get(line.page) ?? Infinity, line.x));
  }
  const out: Array<{ text: string; line: Line; bullet: boolean }> = [];
  for (const line of lines) {
    const heading = line.size >= body * 1.15;
    const glyphBullet = bulletBody(line.text) !== null;
    // Browsers and some editors draw list bullets as shapes, not text: an indented line is a list item.
    const indented = line.x - (leftEdge.get(line.page) ?? line.x) > body * 0.8;
    const previous = out[out.length - 1];
    const ranToEdge = previous ? previous.line.right >= (rightEdge.get(line.page) ?? 0) * 0.85 : false;
    const below =
      previous &&
      previous.line.page === line.page &&
      previous.line.y - line.y > 0 &&
      previous.line.y - line.y <= line.size * 1.8 &&
      Math.abs(previous.line.size - line.size) < 0.5;
    const wrappedParagraph = previous && !previous.bullet && !indented && ranToEdge && !/[.:]$/.test(previous.text);
    const wrappedBullet =
      previous?.bullet && (line.x > previous.line.x + 1 || (Math.abs(line.x - previous.line.x) < 1 && ranToEdge));
    if (below && !heading && !glyphBullet && (wrappedParagraph || wrappedBullet)) {
      previous.text += previous.text.endsWith('-') ? line.text : ` ${line.text}`;
      previous.line = { ...line, x: previous.line.x };
      continue;
    }
    const bullet = glyphBullet || (indented && !heading);
    const text =
      heading && out.length > 0 && line.text.length <= 60
        ? `## ${line.text}`
        : bullet && !glyphBullet
        ? `- ${line.text}`
        : line.text;
    out.push({ text, line, bullet });
  }
  return out.map((entry) => entry.text);
}
