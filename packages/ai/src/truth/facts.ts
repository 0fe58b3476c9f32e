/**
 * Checks the facts of one generated line or sentence against a scope of the candidate's material:
 * numbers (with what they count), names and tools, employers, positions held, dates, and whether a
 * credential the material only shows in progress is presented as held.
 */
import { findSkillMentions } from '../offline/skills.js';
import { isKnownEmployer, type Material, type SourceLine } from './material.js';
import { isTrivialNumber, numbersIn, type NumberMention } from './numbers.js';
import {
  clauseAt,
  credentialsIn,
  employerMentions,
  heldPositions,
  nameTerms,
  PENDING_CUE,
  TITLE_WORDS,
} from './terms.js';
import { isFunctionWord, stemOf, wordTokens } from './tokens.js';

export type FactKind = 'number' | 'name' | 'employer' | 'title' | 'date' | 'credential' | 'skill';

export interface Problem {
  kind: FactKind;
  value: string;
  reason: string;
}

export interface Scope {
  material: Material;
  /** The lines the text must be grounded in. */
  lines: SourceLine[];
  /** Other text the sentence may draw on (the posting and notes, for sentences about the company). */
  extra?: { words: Set<string>; numbers: NumberMention[] } | null;
  /** The posting, for a clause that names the company and the candidate: numbers and names before "I". */
  mixedExtra?: { words: Set<string>; numbers: NumberMention[] } | null;
  /** Organisations the text may name (the company applied to, in a letter). */
  allowedOrganizations?: string[];
  /** Words that may appear although the material lacks them (the role title, the company). */
  allowedWords?: Set<string>;
  /** Check capitalised job titles ("Principal Engineer") as positions held (resume lines). */
  titlePhrases?: boolean;
}

const RANK_WORDS = new Set(
  'senior sr junior jr staff principal lead head chief director vp president manager assistant associate executive founder cofounder co-founder cto ceo cfo coo partner fellow supervisor charge'.split(
    ' ',
  ),
);
// regex-safe: at most three capitalised words separated by whitespace, then a fixed list of words.
const TITLE_PHRASE = new RegExp(
  `((?:[\\p{Lu}][\\p{L}.-]*\\s+){1,3})(${TITLE_WORDS.split('|')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|')})s?\\b`,
  'gu',
);

const YEAR = /\b(?:19[5-9]\d|20\d{2})\b/g;

function scopeWords(scope: Scope): Set<string> {
  const words = new Set<string>(scope.allowedWords ?? []);
  for (const line of scope.lines) for (const w of line.words) words.add(w);
  for (const w of scope.extra?.words ?? []) words.add(w);
  return words;
}

function numberSupported(mention: NumberMention, candidates: NumberMention[]): boolean {
  return candidates.some((c) => {
    if (Math.abs(c.value - mention.value) > 1e-9) return false;
    if (mention.unit.length === 0 || c.unit.some((u) => mention.unit.includes(u))) return true;
    for (const stem of mention.context) if (c.context.has(stem)) return true;
    return false;
  });
}

/**
 * Words that state an achievement or a qualification ("promoted", "award-winning", "fluent",
 * "published"): the material must use them (or a word of the same stem) too.
 */
const CLAIM_WORDS =
  /\b(?:promot(?:ed|ion)|award(?:ed|s)?|award-winning|patent(?:ed|s)?|publish(?:ed)?|published|founded|co-founded|fluent|fluency|bilingual|trilingual|native speaker|accredited|elected|valedictorian|scholarship|keynote|invented|honou?rs?|winner|won)\b/gi;

/** The posting counts the same thing ("40,000 orders"); years and months are the candidate's own. */
function sameCountInPosting(mention: NumberMention, posting: NumberMention[]): boolean {
  if (mention.unit.length === 0 || /^(?:year|yr|month|week|day|hour)/.test(mention.unit[0]!)) return false;
  return posting.some((p) => Math.abs(p.value - mention.value) < 1e-9 && p.unit[0] === mention.unit[0]);
}

export function unsupportedFacts(text: string, scope: Scope): Problem[] {
  const problems: Problem[] = [];
  const words = scopeWords(scope);
  const add = (problem: Problem) => {
    if (!problems.some((p) => p.kind === problem.kind && p.value === problem.value)) problems.push(problem);
  };
  const lineNumbers = scope.lines.flatMap((l) => l.numbers);
  // In a clause that mixes the company and the candidate, a posting's number may describe the
  // company only before the candidate enters ("40,000 orders a week is the scale I want to run").
  const firstPerson = text.search(/\b(?:I|I'm|I’m|I've|I’ve|my|me)\b/);
  const posting = scope.extra?.numbers ?? [];
  const mixedPosting = scope.mixedExtra?.numbers ?? [];
  for (const mention of numbersIn(text)) {
    if (isTrivialNumber(mention, text)) continue;
    if (numberSupported(mention, lineNumbers) || numberSupported(mention, posting)) continue;
    if (firstPerson > mention.end && sameCountInPosting(mention, mixedPosting)) continue;
    add({
      kind: 'number',
      value: String(mention.value),
      reason: `"${`${mention.raw} ${unitWords(text, mention.end)}`.trim()}" is not in ${sourceName(scope)}`,
    });
  }
  for (const m of text.matchAll(YEAR)) {
    if (!words.has(m[0])) add({ kind: 'date', value: m[0], reason: `${m[0]} is not a date in ${sourceName(scope)}` });
  }
  for (const m of text.matchAll(CLAIM_WORDS)) {
    const stem = m[0].toLowerCase().slice(0, 5);
    let known = false;
    for (const w of words)
      if (w.startsWith(stem)) {
        known = true;
        break;
      }
    if (known) continue;
    add({ kind: 'name', value: m[0], reason: `"${m[0]}" is not in ${sourceName(scope)}` });
  }
  const mixedWords = scope.mixedExtra?.words;
  const stems = new Set([...words].map(stemOf));
  for (const term of nameTerms(text)) {
    if (mixedWords && firstPerson > term.start && term.words.every((w) => mixedWords.has(w) || words.has(w))) continue;
    const missing = term.words.filter(
      (w, i) => !(i === 0 && term.initial) && !words.has(w) && !isFunctionWord(w) && !/^\d+$/.test(w),
    );
    if (missing.length)
      add({ kind: 'name', value: term.text, reason: `"${term.text}" is not in ${sourceName(scope)}` });
  }
  for (const mention of findSkillMentions(text)) {
    if (!mention.skill.verifiable) continue;
    const surface = wordTokens(mention.surface);
    if (surface.every((w) => words.has(w) || stems.has(stemOf(w)))) continue;
    // Before "I" in a clause about the company, the posting's own terms describe the company.
    if (
      mixedWords &&
      surface.every((w) => mixedWords.has(w)) &&
      firstPerson > text.indexOf(mention.surface.split(' ')[0]!)
    )
      continue;
    if (scope.lines.some((l) => l.skills.has(mention.skill.name))) continue;
    add({ kind: 'skill', value: mention.skill.name, reason: `${mention.skill.name} is not in ${sourceName(scope)}` });
  }
  for (const org of employerMentions(text)) {
    if (isKnownEmployer(scope.material, org, scope.allowedOrganizations ?? [])) continue;
    add({ kind: 'employer', value: org, reason: `${org} is not an employer or school in your material` });
  }
  for (const held of heldPositions(text)) {
    const missing = held.filter(
      (w) => !isFunctionWord(w) && !scope.material.titleWords.has(w) && !scope.allowedWords?.has(w),
    );
    if (missing.length)
      add({ kind: 'title', value: held.join(' '), reason: `"${held.join(' ')}" is not a position in your material` });
  }
  if (scope.titlePhrases) {
    for (const m of text.matchAll(TITLE_PHRASE)) {
      const words = wordTokens(m[0]);
      const ranks = words.filter((w) => RANK_WORDS.has(w) || w === words.at(-1));
      const missing = ranks.filter(
        (w) => !scope.material.titleWords.has(w) && !scope.material.titleWords.has(w.replace(/s$/, '')),
      );
      if (missing.length)
        add({ kind: 'title', value: m[0].trim(), reason: `"${m[0].trim()}" is not a position in your material` });
    }
  }
  for (const credential of credentialsIn(text)) {
    if (!scope.material.pendingOnly.has(credential.word)) continue;
    if (PENDING_CUE.test(clauseAt(text, credential.start))) continue;
    add({
      kind: 'credential',
      value: credential.word.toUpperCase(),
      reason: `your material shows ${credential.word.toUpperCase()} as in progress, not held`,
    });
  }
  return problems;
}

/** Up to two words after a number, stopping at punctuation: "three years", "60 nurses". */
function unitWords(text: string, end: number): string {
  const rest = text.slice(end, end + 40).split(/[,.;:!?()]/)[0] ?? '';
  const words: string[] = [];
  for (const word of rest.trim().split(/\s+/)) {
    if (!word || isFunctionWord(word) || words.length === 2) break;
    words.push(word);
  }
  return words.join(' ');
}

function sourceName(scope: Scope): string {
  return scope.lines.length === 1
    ? 'the line it came from'
    : scope.lines.length <= 12
    ? 'the lines it came from'
    : 'your material';
}
