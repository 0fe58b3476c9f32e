/** The visible text of each Markdown source line, and a check that extracted text holds them in order. */

export function visibleLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/, '')
        .replace(/^\|?\s*-{3,}.*$/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__|~~|`/g, '')
        .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, '$1$2')
        .replace(/^\s*-{3,}\s*$/, '')
        .replace(/\s*\|\s*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Case and spacing apart (templates may set headings in capitals; lines wrap, also after a hyphen). */
export function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').replace(/- /g, '-').trim().toLowerCase();
}

/** The first source line missing from the extracted text (searching forward only), or null when all are there in order. */
export function firstMissingLine(extracted: string, lines: string[]): string | null {
  const haystack = normalize(extracted);
  let from = 0;
  for (const line of lines) {
    const at = haystack.indexOf(normalize(line), from);
    if (at < 0) return line;
    from = at + normalize(line).length;
  }
  return null;
}
