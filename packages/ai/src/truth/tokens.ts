/**
 * Script-aware tokens for grounding: words of any alphabet (Latin, Greek, Cyrillic, Arabic...),
 * and for scripts written without spaces (Chinese, Japanese, Thai) the words Intl.Segmenter finds.
 */

import { trimEndChars } from '../text/trim.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}+#&.'’-]*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(): Intl.Segmenter {
  let s = segmenters.get('word');
  if (!s) {
    s = new Intl.Segmenter(undefined, { granularity: 'word' });
    segmenters.set('word', s);
  }
  return s;
}

/** Plain text of a Markdown line: markers, emphasis and link syntax removed. */
export function plain(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}\s+|[-*•▪◦‣]\s+|\d+[.)]\s+|>\s*)/, '')
    .replace(/\[([^\][\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** Lowercase comparable form: unified dashes and quotes, single spaces. */
export function comparable(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Word tokens in text order, lowercased, trailing punctuation removed. */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = trimEndChars(m[0], ".'’&-");
    if (!word) continue;
    // "B.S.", "Ph.D." and "M.Sc." compare without their dots.
    if (/^\p{L}{1,2}(?:\.\p{L}{1,3})+$/u.test(word)) word = word.replace(/\./g, '');
    if (UNSPACED.test(word)) {
      for (const part of segmenter().segment(word)) if (part.isWordLike) out.push(part.segment.toLowerCase());
    } else out.push(word.toLowerCase());
  }
  return out;
}

const FUNCTION_WORDS = new Set(
  `a an the and or but of in on at to for with by from as into onto over under about than then that this these those it its
is are was were be been being am has have had do does did will would can could should may might must i me my mine we our us you
your yours he she they them their his her who whom which what when where while also very so such not no per via across each
every all any some more most less few up out off own same too just only both either neither nor de la le les des du et y e o`.split(
    /\s+/,
  ),
);

/** A light stem shared by every script: Latin suffixes are cut, other words kept whole. */
export function stemOf(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  if (word.length <= 5) return word.replace(/(?<!s)s$/, '');
  const cut = word.replace(/(?:ations?|ments?|ings?|edly|ies|ied|ers?|ed|es|s|ly|al|ic|ive|ity)$/, '');
  return (cut.length >= 4 ? cut : word).slice(0, 7);
}

/** Content words (function words removed), stemmed, as a set. */
export function contentStems(text: string): Set<string> {
  return new Set(
    wordTokens(text)
      .filter((w) => !FUNCTION_WORDS.has(w) && !/^[\d.,]+$/.test(w))
      .map(stemOf),
  );
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** Dice overlap of two stem sets (0..1). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Share of `a` found in `b` (0..1). */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 1;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / a.size;
}

/** Words of a text counted per script: spaced words, and Chinese, Japanese or Thai words via Intl.Segmenter. */
export function countWords(text: string): number {
  let count = 0;
  for (const part of segmenter().segment(plainMarkdown(text))) if (part.isWordLike) count++;
  return count;
}

function plainMarkdown(text: string): string {
  return text.replace(/[#*_`>|]/g, ' ');
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Dates written any way ("03/2021", "June 2017", "Sept. 2019") as "mar 2021", "jun 2017", "sep 2019". */
export function normalizeDates(text: string): string {
  return text
    .replace(
      /\b(0?[1-9]|1[0-2])\/((?:19|20)\d{2})\b/g,
      (_, m: string, y: string) => `${MONTH_NAMES[Number(m) - 1]} ${y}`,
    )
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s+(?:19|20)\d{2}\b)/gi, (m) =>
      m.slice(0, 3).toLowerCase(),
    );
}
