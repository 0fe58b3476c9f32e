/**
 * Grounding a cover letter sentence by sentence. A clause about the candidate may use only the
 * candidate's material; a clause about the company (it names the company or says "you", "your")
 * may also use the posting and the user's notes for numbers and names. Employers, positions held,
 * skills and credentials are always the candidate's. A sentence that fails is taken out.
 */
import type { ApplicationInput } from '../types.js';
import { unsupportedFacts, type Scope } from './facts.js';
import type { Material } from './material.js';
import { numbersIn } from './numbers.js';
import type { TruthReport } from './report.js';
import { wordTokens } from './tokens.js';

const FIRST_PERSON = /\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself)\b/i;
const ABOUT_COMPANY = /\b(?:you|your|yours|you're|you’re)\b|\uE000|\bthe company\b/i;
const COMPANY_MARK = '\uE000';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

const ROLE_MARK = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const HELD_BEFORE = /\b(?:as|am|was|were|been|became|i'm|i’m)\s+(?:(?:a|an|the|your|their|its|our)\s+)?$/i;
const EMPLOYED_BEFORE = /\b(?:worked|work|working|employed|interned|served|been)\s+(?:at|for|with)\s+$/i;

/**
 * The company and the role title are what the user typed, not claims: they become markers before
 * the text is split into sentences (so "Sr. Engineer" stays in one sentence), except where the
 * text says the candidate held the role ("as a Staff Engineer") or worked at the company.
 */
function mask(text: string, application: ApplicationInput): { text: string; originals: string[] } {
  const alternatives = [
    { value: application.roleTitle.trim(), mark: ROLE_MARK, keep: HELD_BEFORE },
    { value: application.companyName.trim(), mark: COMPANY_MARK, keep: EMPLOYED_BEFORE },
  ]
    .filter((a) => a.value)
    .sort((a, b) => b.value.length - a.value.length);
  if (alternatives.length === 0) return { text, originals: [] };
  // regex-safe: escaped literal phrases (the company and the role title) whose spaces match \s+.
  const pattern = new RegExp(alternatives.map((a) => `((?<!\\w)${escape(a.value)}(?!\\w))`).join('|'), 'gi');
  const originals: string[] = [];
  const masked = text.replace(pattern, (match: string, ...groups: unknown[]) => {
    const offset = groups[alternatives.length] as number;
    const which = alternatives[groups.findIndex((g, i) => i < alternatives.length && typeof g === 'string')]!;
    if (which.keep.test(text.slice(0, offset))) return match;
    originals.push(match);
    return which.mark;
  });
  return { text: masked, originals };
}

function unmask(text: string, originals: string[], cursor: { next: number }): string {
  return text.replace(MARKS, () => originals[cursor.next++] ?? '');
}

function clauses(sentence: string): string[] {
  return sentence
    .split(/[;—–]|,(?= ?(?:and|but|which|where|so|while)\b)/)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(\uE000\uE001])|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function checkLetter(
  markdown: string,
  material: Material,
  application: ApplicationInput,
  companySources: string[],
  candidateName: string | null | undefined,
  report: TruthReport,
): string {
  const companyText = companySources.join('\n');
  const extra = { words: new Set(wordTokens(companyText)), numbers: numbersIn(companyText) };
  const allowedWords = new Set(wordTokens(`${candidateName ?? ''} ${application.companyName}`));
  const { text: masked, originals } = mask(markdown.replace(/\r\n?/g, '\n'), application);
  const cursor = { next: 0 };
  const paragraphs = masked.split(/\n{2,}/);
  const kept = paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n');
    return lines
      .map((line) => {
        const sentences = sentencesOf(line);
        const keptSentences = sentences.flatMap((maskedSentence) => {
          const sentence = unmask(maskedSentence, originals, cursor);
          const forCheck = maskedSentence.replaceAll(ROLE_MARK, 'this job').replace(/[*_`#]/g, '');
          const problems = clauses(forCheck).flatMap((clause) => {
            const aboutCompany = ABOUT_COMPANY.test(clause) && !FIRST_PERSON.test(clause);
            const scope: Scope = {
              material,
              lines: material.lines,
              extra: aboutCompany ? extra : null,
              mixedExtra: aboutCompany ? null : extra,
              allowedOrganizations: [application.companyName],
              allowedWords,
            };
            return unsupportedFacts(clause.replaceAll(COMPANY_MARK, 'the company'), scope);
          });
          if (problems.length === 0) return [sentence];
          report.actions.push({
            action: 'removed',
            text: sentence,
            reasons: problems.map((p) => p.reason),
            facts: problems.map((p) => ({ kind: p.kind, value: p.value })),
          });
          return [];
        });
        return keptSentences.join(' ');
      })
      .filter((line) => line.trim())
      .join('\n');
  });
  const result = kept.filter((p) => p.trim());
  // A sign-off and a name keep their own lines when rendered (a Markdown hard break).
  const last = result.at(-1)?.split('\n') ?? [];
  if (last.length >= 2 && last.length <= 3 && last.every((line) => line.trim().length <= 60))
    result[result.length - 1] = last.map((line) => line.trimEnd()).join('  \n');
  return result.join('\n\n').trim() + '\n';
}
