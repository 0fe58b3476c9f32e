/**
 * Trimming without regular expressions: `/[.;:]+$/` looks simple, but a backtracking engine tries
 * it from every position of a long run that is not at the end, which is quadratic.
 */

/** `text` without the trailing characters that appear in `chars`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without trailing whitespace and the characters in `chars`, in any order. */
export function trimEndSpaceAnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || text[end - 1]!.trim() === '')) end--;
  return text.slice(0, end);
}
