/** Small, dependency-free text helpers shared by the offline engine and the validators. */

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each etc few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves us via per within across including include includes strong excellent good great plus ability able
experience experienced years year work working team teams role job company candidate candidates looking join help new using
use used well including must should preferred required requirements nice bonus ideally etc i.e e.g based other others
make makes making way ways like want wants we're you'll you're it's ensure ensuring related relevant responsible day days
level levels knowledge understanding familiarity proficiency proficient skills skill strong solid deep hands hands-on`.split(
    /\s+/,
  ),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lowercase word tokens (letters/digits, keeping + # inside words like c++ and c#). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9+#]*(?:[.'][a-z0-9+#]+)*/g) ?? [];
}

/** A light suffix-stripping stemmer: enough to make "scaling", "scaled" and "scales" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const [suffix, replacement] of [
    ['ational', 'ate'],
    ['ization', 'ize'],
    ['isation', 'ize'],
    ['iveness', 'ive'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['ments', 'ment'],
    ['ities', 'ity'],
    ['ingly', ''],
    ['ings', ''],
    ['ing', ''],
    ['ied', 'y'],
    ['ies', 'y'],
    ['ed', ''],
    ['ers', 'er'],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, word.length - suffix.length) + replacement;
      // "running" -> "runn" -> "run"
      return base.length > 3 && base.at(-1) === base.at(-2) && !/[lsz]/.test(base.at(-1)!) ? base.slice(0, -1) : base;
    }
  }
  return word;
}

/** Content terms of a text: stemmed, stopwords and bare numbers removed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !isStopword(w) && !/^\d+$/.test(w) && w.length > 1)
    .map(stem);
}

export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function wordCount(text: string): number {
  return (text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;
}

/** Lowercase, unify dashes/quotes, collapse whitespace: for "does the source contain X" checks. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rough token estimate for English prose and Markdown (about 4 characters per token). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function uniqueInOrder<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
