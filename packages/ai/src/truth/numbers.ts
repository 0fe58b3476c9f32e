/**
 * Numbers in text with what they count: "1,200 business customers", "$2.4M", "45%", and number
 * words ("fifty", "three years", "twenty-five nurses", read with compromise). Years are dates, not
 * numbers; digits glued to letters ("EC2", "Web3") are names.
 */
import nlp from 'compromise';
import { contentStems, stemOf, wordTokens } from './tokens.js';

export interface NumberMention {
  value: number;
  raw: string;
  start: number;
  end: number;
  /** Stems of the words right after the number ("business", "day"): its unit and what it counts. */
  unit: string[];
  /** Content stems around the number (a few words either side). */
  context: Set<string>;
}

/** A run of digits with its separators; the scale after it ("45%", "$2.4M", "3 million") is read apart. */
const DIGITS = /[$€£¥]?\d[\d,.]*/g;
const SCALE_AFTER = /^ ?(?:%|k|m|bn|million|billion|thousand|x)(?![\p{L}\p{N}])/iu;

/** "1,200" and "12,000.5" group thousands; "6,000,0" does not, and "2.4." ends a sentence. */
function digitsAt(text: string, match: string, start: number): { raw: string; end: number } | null {
  let raw = match;
  while (raw.length && (raw.endsWith('.') || raw.endsWith(','))) raw = raw.slice(0, -1);
  const body = raw.replace(/^[$€£¥]/, '');
  const [whole, ...fraction] = body.split('.');
  if (fraction.length > 1 || (whole!.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(whole!))) return null;
  let end = start + raw.length;
  const scale = text.slice(end, end + 12).match(SCALE_AFTER);
  if (scale) {
    raw += scale[0];
    end += scale[0].length;
  }
  return { raw, end };
}
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens)\b/i;
const YEAR = /^(?:19[5-9]\d|20\d{2})$/;

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

function valueOf(raw: string): number | null {
  const match = raw
    .toLowerCase()
    .replace(/[$€£¥,\s]/g, '')
    .match(/^(\d+(?:\.\d+)?)(%|k|m|bn|million|billion|thousand|x)?$/);
  if (!match) return null;
  const base = Number(match[1]);
  const scale = match[2] ? SCALE[match[2]] ?? 1 : 1;
  return Math.round(base * scale * 1000) / 1000;
}

function around(text: string, start: number, end: number): { unit: string[]; context: Set<string> } {
  const after = wordTokens(text.slice(end, end + 60)).slice(0, 4);
  const unit = after
    .filter((w) => !/^(of|the|a|an|and|to|per|in|for)$/.test(w))
    .slice(0, 2)
    .map(stemOf);
  const window = `${text.slice(Math.max(0, start - 50), start)} ${text.slice(end, end + 60)}`;
  return { unit, context: contentStems(window) };
}

export function numbersIn(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index!;
    const before = text[start - 1];
    if (before !== undefined && /[\p{L}\p{N}.,]/u.test(before) && !(before === '-' || before === ' ')) continue;
    const read = digitsAt(text, m[0], start);
    if (!read) continue;
    const { raw, end } = read;
    if (YEAR.test(raw) && !/[$€£¥%]/.test(raw)) continue;
    // "24-bed" and "12-week" are numbers; "covid-19" and "v2" are names.
    if (start > 0 && /[\p{L}]/u.test(text[start - 1]!)) continue;
    if (start > 1 && text[start - 1] === '-' && /[\p{L}]/u.test(text[start - 2]!)) continue;
    const value = valueOf(raw);
    if (value === null) continue;
    found.push({ value, raw, start, end, ...around(text, start, end) });
  }
  if (NUMBER_WORD.test(text)) {
    const doc = nlp(text);
    for (const item of doc.numbers().json({ offset: true }) as Array<{
      text: string;
      number?: { num?: number };
      offset?: { start: number; length: number };
    }>) {
      const value = item.number?.num;
      const start = item.offset?.start;
      if (typeof value !== 'number' || start === undefined || !/[a-z]/i.test(item.text)) continue;
      if (!NUMBER_WORD.test(item.text)) continue;
      const end = start + (item.offset?.length ?? item.text.length);
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ value, raw: item.text.trim(), start, end, ...around(text, start, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "one of", "a dozen", ordinal uses and the like are not counts worth checking. */
export function isTrivialNumber(mention: NumberMention, text: string): boolean {
  if (mention.value === 1 && /^(one|1)$/i.test(mention.raw)) return true;
  const after = text.slice(mention.end, mention.end + 4).toLowerCase();
  return /^[a-z]/.test(mention.raw) && /^\s*of\b/.test(after) && mention.value <= 2;
}
