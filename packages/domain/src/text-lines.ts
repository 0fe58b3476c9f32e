/**
 * Line-level text helpers shared by the editor and the API, so both count and compare the same way.
 * Browsers send a textarea's line breaks as CRLF in a form post but hold them as LF in the page; the
 * server stores LF, so "200,000 characters" means the same number on both sides.
 */

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Characters as the limits count them: after line endings are normalised. */
export function countedLength(text: string): number {
  return normalizeLineEndings(text).length;
}

const SHOWN_LINES = 2;
const SHOWN_CHARACTERS = 160;

export interface FirstChange {
  /** 1-based line number where the two texts first differ. */
  line: number;
  /** Up to two non-blank lines of the first text from there (empty when it only lacks lines). */
  before: string[];
  /** The same for the second text. */
  after: string[];
}

function shown(lines: string[]): string[] {
  return lines
    .filter((line) => line.trim() !== '')
    .slice(0, SHOWN_LINES)
    .map((line) => (line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS - 1)}…` : line));
}

/**
 * Where `before` and `after` first differ and a glimpse of each there, in linear time (common
 * prefix and suffix of lines), so a list of versions can say what sets each apart without a full diff.
 * Null when the texts are the same.
 */
export function firstChange(before: string, after: string): FirstChange | null {
  const a = normalizeLineEndings(before).split('\n');
  const b = normalizeLineEndings(after).split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (start === a.length && start === b.length) return null;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { line: start + 1, before: shown(a.slice(start, endA)), after: shown(b.slice(start, endB)) };
}
