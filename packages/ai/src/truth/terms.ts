/**
 * Name-like terms and the phrases that state a fact about a person: proper names and acronyms
 * (tools, credentials, organisations: "UKG", "eBPF", "NE-BC", "Johns Hopkins Hospital"), employers
 * ("worked at X", "At X, I"), positions held ("as assistant nurse manager"), and whether a
 * credential is held or still in progress ("working toward the CPA", "MSN, in progress").
 */
import { trimEndChars } from '../text/trim.js';
import { wordTokens } from './tokens.js';

/** Capitalised words that start letters and sentences, or name months and days: not terms. */
const COMMON_CAPITALISED = new Set(
  `i dear hi hello thanks thank sincerely best regards warmly yours kind cheers respectfully
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday present current today
mr mrs ms dr prof team hiring manager`.split(/\s+/),
);

export interface Term {
  text: string;
  start: number;
  /** Lowercased words of the term. */
  words: string[];
  /** The first word only starts the sentence ("Built Python ETL"): it need not be a name itself. */
  initial?: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}+#&'’./-]*/gu;

/** A capitalised word, or a camel-case one ("eBPF", "iOS"). */
function looksCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || (/^\p{Ll}/u.test(word) && /\p{Lu}/u.test(word.slice(1)));
}

/** Whether a word at `start` opens a sentence, a list item or a clause after a colon or dash. */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).trimEnd();
  if (!before || start === 0) return true;
  const last = before[before.length - 1]!;
  return '.!?:;•|(\n"“—–-*'.includes(last) || text.slice(0, start).trim() === '';
}

/**
 * Proper names, acronyms and camel-case tools, grouped into phrases ("Johns Hopkins Hospital").
 * A capitalised word that merely starts a sentence or a list item is not a term unless it looks
 * like a name on its own (an acronym or camel case).
 */
export function nameTerms(text: string): Term[] {
  const terms: Term[] = [];
  let current: Term | null = null;
  let lastEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const raw = trimEndChars(m[0], ".'’&/-");
    const start = m.index!;
    if (!looksCapitalised(raw)) {
      current = null;
      continue;
    }
    const lower = raw.toLowerCase();
    const inner = /[\p{Lu}\p{N}]/u.test(raw.slice(1));
    const atStart = startsSentence(text, start);
    const isName = raw.length > 1 && !COMMON_CAPITALISED.has(lower) && (inner || !atStart);
    const joinsPrevious = current && /^\s+(?:(?:of|and|&|de|du|la)\s+)?$/.test(text.slice(lastEnd, start));
    if (isName || (joinsPrevious && !COMMON_CAPITALISED.has(lower) && raw.length > 1)) {
      if (current && joinsPrevious) {
        current.text = text.slice(current.start, start + raw.length);
        current.words.push(...wordTokens(raw));
      } else {
        current = { text: raw, start, words: wordTokens(raw) };
        terms.push(current);
      }
      lastEnd = start + raw.length;
    } else if (atStart && raw.length > 1 && !COMMON_CAPITALISED.has(lower)) {
      // A capitalised first word may still open a name ("Johns Hopkins"): start a tentative phrase.
      current = { text: raw, start, words: wordTokens(raw), initial: true };
      lastEnd = start + raw.length;
      const next = text.slice(lastEnd).match(/^\s+([\p{Lu}][\p{L}\p{M}\p{N}'’-]*)/u);
      if (next && !COMMON_CAPITALISED.has(next[1]!.toLowerCase())) terms.push(current);
      else current = null;
    } else {
      current = null;
    }
  }
  return terms;
}

/** Title words: the last word of a position ("nurse", "manager", "designer", "accountant"). */
export const TITLE_WORDS =
  'engineer|developer|manager|designer|analyst|scientist|architect|consultant|director|administrator|specialist|coordinator|officer|intern|lead|programmer|researcher|strategist|writer|editor|accountant|auditor|controller|bookkeeper|recruiter|technician|president|founder|co-founder|cofounder|cto|ceo|cfo|coo|vp|head|owner|associate|assistant|advisor|adviser|representative|executive|partner|fellow|teacher|lecturer|professor|tutor|nurse|physician|therapist|pharmacist|paramedic|instructor|tester|trainer|producer|marketer|planner|buyer|supervisor|operator|agent|counsel|attorney|lawyer|paralegal|clerk|principal|chief|preceptor|educator|practitioner';
const TITLE_END = new RegExp(`^(?:${TITLE_WORDS})s?$`, 'i');

/**
 * Positions the text presents as held by the writer: "as assistant nurse manager", "I am a
 * licensed CPA", "my two years as a product designer", "served as charge nurse".
 */
export function heldPositions(text: string): string[][] {
  const out: string[][] = [];
  const pattern =
    /\b(?:as|am|was|were|been|became|served as|work as|worked as|working as|i'm|i’m)\s+(?:(?:a|an|the|their|our|its|lead|acting)\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/giu;
  for (const m of text.matchAll(pattern)) {
    const words = wordTokens(m[1]!);
    // The phrase ends at its title word ("assistant nurse manager for three years" -> 3 words).
    const end = words.findIndex((w, i) => TITLE_END.test(w) && !TITLE_END.test(words[i + 1] ?? ''));
    if (end >= 0) out.push(words.slice(0, end + 1));
  }
  return out;
}

/** Organisations named as a place of work: "at X", "joined X", "worked for X", "X's team". */
export function employerMentions(text: string): string[] {
  const out: string[] = [];
  const pattern =
    /\b(?:[Aa]t|[Jj]oined|[Ff]or|[Ww]ith|by|from)\s+((?:the\s+)?[\p{Lu}][\p{L}\p{M}\p{N}&'’.-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}\p{N}&'’.-]*|of|and|&)){0,5})/gu;
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, m.index! - 30), m.index!).toLowerCase();
    const verb = m[0].split(/\s+/)[0]!.toLowerCase();
    // "with X" and "for X" name an employer only after a verb of employment.
    if (
      (verb === 'with' || verb === 'for' || verb === 'by' || verb === 'from') &&
      !/\b(worked|work|working|employed|contract(?:ed|or)?|consult(?:ed|ing)?|interned|volunteered|served|years?|time)\s*$/.test(
        before,
      )
    )
      continue;
    let name = trimEndChars(m[1]!.replace(/^the\s+/i, ''), ".,;:'’");
    if (name.endsWith(' I')) name = name.slice(0, -2).trimEnd();
    const words = wordTokens(name);
    if (words.length === 0 || words.every((w) => COMMON_CAPITALISED.has(w))) continue;
    out.push(name);
  }
  return out;
}

/** Words that put a credential or degree in the future: the person is working toward it. */
export const PENDING_CUE =
  /\b(working toward|working towards|pursuing|candidate|in progress|in-progress|expected|studying for|preparing for|enrolled|enrolment|enrollment|completing|eligible|remaining|plan to|planning to|will sit|sitting for|in training|intend to|anticipated)\b/i;

/** The sentence (or list item) around a position in the text. */
export function clauseAt(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('\n'), before.search(/[.!?;][^.!?;]*$/)) + 1;
  const afterText = text.slice(index);
  const stop = afterText.search(/[.!?;]\s|\n|$/);
  return text.slice(start, index + (stop < 0 ? afterText.length : stop));
}

const DEGREE_WORD =
  /\b(?:bachelor|bachelor's|bachelors|master|master's|masters|doctorate|doctoral|ph\.?d|mba|msn|bsn|dnp|mha|mph|msw|m\.?sc?|b\.?sc?|m\.?a|b\.?a|m\.?ed|b\.?ed|m\.?eng|b\.?eng|llm|jd|md)\b\.?/gi;
const ACRONYM = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\p{L}\p{N}])/gu;

/**
 * Credentials and degrees named in a text: acronyms ("CPA", "NE-BC", "CCRN") and degree words.
 * Their status (held, or in progress) is read from the clause around them.
 */
export function credentialsIn(text: string): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  for (const m of text.matchAll(ACRONYM))
    if (m[0].length >= 2 && m[0].length <= 8)
      out.push({ word: wordTokens(m[0])[0] ?? m[0].toLowerCase(), start: m.index! });
  for (const m of text.matchAll(DEGREE_WORD)) {
    const word = wordTokens(m[0])[0];
    if (word && !out.some((o) => o.start === m.index)) out.push({ word, start: m.index! });
  }
  return out;
}
