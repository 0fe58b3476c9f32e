/**
 * Trimming and splitting without end-anchored regular expressions: `/[.;:\s]+$/` tries a long run
 * from every position that is not at the end, which is quadratic on a backtracking engine.
 */

const isSpace = (char: string) => char.trim() === '';

/** `text` without leading and trailing whitespace and the characters in `chars`. */
export function trimSpaceAnd(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (chars.includes(text[start]!) || isSpace(text[start]!))) start++;
  while (end > start && (chars.includes(text[end - 1]!) || isSpace(text[end - 1]!))) end--;
  return text.slice(start, end);
}

/** Runs of whitespace as one space, ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ');
}

/** "Label: rest" split at the first colon when the label is 1–60 characters; otherwise null. */
export function splitLabel(text: string): { label: string; rest: string } | null {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 60) return null;
  const rest = text.slice(colon + 1).trim();
  return rest ? { label: text.slice(0, colon).trim(), rest } : null;
}
