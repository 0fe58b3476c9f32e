/**
 * Cover-letter validation: invented claims take their sentence out; a placeholder, a letter that
 * does not name the company and the role, or a length outside the range fails the phase.
 */
import type { ApplicationInput, RemovedClaim, ValidationCheck, ValidationReport } from '../types.js';
import { AiError } from '../errors.js';
import { findInventions } from './resume.js';
import { buildMaterialIndex, isSupported, type MaterialIndex } from './material.js';
import { normalizeForMatch, wordCount } from '../text/words.js';

export const LETTER_WORDS = { min: 120, max: 650 } as const;

const FIRST_PERSON = /\b(I|I'm|I've|I'd|I'll|me|my|mine|myself)\b/;

const PLACEHOLDERS: RegExp[] = [
  /\[(?![^\][\n]*\]\()[^\][\n]{1,60}\]/, // [Company], [Your Name] (not a Markdown link)
  /\{\{[^{}]*\}\}/, // {{name}}
  /\{[A-Za-z_][A-Za-z_ ]{0,30}\}/, // {company}
  /<(?:[A-Z][A-Za-z _]{1,30}|company|name|role)>/, // <Company Name>
  /\bX{3,}\b|\bx{3,}\b/, // XXX
  /_{3,}/, // ____
  /\b(TBD|TODO|lorem ipsum|insert (?:name|company|role|title)|company name|hiring manager'?s? name|your name)\b/i,
];

export function findPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PLACEHOLDERS) {
    // regex-safe: the same patterns as PLACEHOLDERS, with the g flag.
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    for (const m of text.matchAll(global)) found.push(m[0]);
  }
  return [...new Set(found)];
}

export function mentionsRole(text: string, roleTitle: string): boolean {
  const normalized = normalizeForMatch(text);
  const role = normalizeForMatch(roleTitle).replace(/[()]/g, '');
  if (normalized.includes(role)) return true;
  // "Senior Backend Engineer (Payments)" is named when its main words appear in one sentence.
  const wanted = role.split(/[^a-z0-9+#]+/).filter((w) => w.length > 2 && !['and', 'the', 'for'].includes(w));
  return (
    wanted.length > 0 && normalized.split(/(?<=[.!?])\s+/).some((sentence) => wanted.every((w) => sentence.includes(w)))
  );
}

/**
 * The application's own company and role title come from what the user typed: naming them is not
 * a claim, so they are hidden from claim extraction ("Staff Software" is not an employer, the "3"
 * of "Software Engineer 3" not a number, "Stripe" in "Stripe, Inc." not a skill). They are swapped
 * for markers before the letter is split into sentences, so "Sr. Engineer" stays in one sentence.
 */
const COMPANY_MARK = '\uE000';
const ROLE_MARK = '\uE001';
const MARKS = /[\uE000\uE001]/g;
/** "as a", "I am the", "I was": what follows is a position the candidate says they held or hold. */
const HELD_BEFORE =
  /\b(?:as|am|was|were|been|became|become|becoming|being|i'm|i’m)\s+(?:(?:a|an|the|your|their|its|our)\s+)?$/i;
/** "the Staff Engineer role": the title names the job applied for. */
const JOB_AFTER = /^['’]?s?\s*(?:role|position|opening|job|post|vacancy|opportunity|team|req|requisition)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phrasePattern(value: string): string {
  // Word edges only where the value starts or ends with a word character ("C++ Developer").
  const start = /^\w/.test(value) ? '(?<!\\w)' : '';
  const end = /\w$/.test(value) ? '(?!\\w)' : '';
  return start + escapeRegExp(value).replace(/\s+/g, '\\s+') + end;
}

/** Replaces the company and role title with markers, in one pass so `originals` keeps text order. */
function maskApplication(markdown: string, application: ApplicationInput): { text: string; originals: string[] } {
  const company = application.companyName.trim();
  const role = application.roleTitle.trim();
  const alternatives = [
    { value: role, mark: ROLE_MARK },
    { value: company, mark: COMPANY_MARK },
  ]
    .filter((a) => a.value)
    // Longer first, so a company named inside the role title (or the reverse) is masked once.
    .sort((a, b) => b.value.length - a.value.length);
  if (alternatives.length === 0) return { text: markdown, originals: [] };
  // regex-safe: escaped literal phrases (at most 255 characters each) whose spaces match \s+.
  const pattern = new RegExp(alternatives.map((a) => `(${phrasePattern(a.value)})`).join('|'), 'gi');
  const originals: string[] = [];
  const text = markdown.replace(pattern, (match, ...groups: unknown[]) => {
    const index = groups.findIndex((g, i) => i < alternatives.length && typeof g === 'string');
    originals.push(match);
    return alternatives[index]!.mark;
  });
  return { text, originals };
}

/**
 * A part of the role title ("the Principal Engineer role" for "Principal Engineer, Reliability")
 * names the job applied for, unless the sentence presents it as a position held ("as a Principal
 * Engineer").
 */
function namesAppliedRole(sentence: string, title: string, roleTitle: string): boolean {
  const value = normalizeForMatch(title);
  if (!normalizeForMatch(roleTitle).includes(value)) return false;
  const at = normalizeForMatch(sentence).indexOf(value);
  if (at < 0) return false;
  const normalized = normalizeForMatch(sentence);
  return !(HELD_BEFORE.test(normalized.slice(0, at)) && !JOB_AFTER.test(normalized.slice(at + value.length)));
}

/** The sentence as it reads once its markers are put back. */
function unmask(sentence: string, originals: string[], cursor: { next: number }): string {
  return sentence.replace(MARKS, () => originals[cursor.next++] ?? '');
}

/**
 * The sentence as the claim extractor sees it: the company and a role title that names the job
 * become neutral words; a role title presented as held ("as a Staff Engineer") is put back, so it
 * is checked against the user's material like any other title.
 */
function forExtraction(
  sentence: string,
  originals: string[],
  firstIndex: number,
): { text: string; heldRole: string | null } {
  let index = firstIndex;
  let heldRole: string | null = null;
  const text = sentence.replace(MARKS, (mark, position: number) => {
    const original = originals[index++] ?? '';
    if (mark === COMPANY_MARK) return 'the company';
    const before = sentence.slice(0, position).replace(MARKS, 'x');
    const after = sentence.slice(position + mark.length);
    if (HELD_BEFORE.test(before) && !JOB_AFTER.test(after)) {
      heldRole = original;
      return original;
    }
    return 'this job';
  });
  return { text, heldRole };
}

export function validateCoverLetter(
  markdown: string,
  material: MaterialIndex,
  application: ApplicationInput,
): { text: string; report: ValidationReport; wordCount: number } {
  const extras = { organizations: [application.companyName] };
  // A sentence about the company ("your platform serves 50,000 businesses") may use the posting's
  // facts; a sentence about the candidate (first person) may only use the candidate's material.
  const posting = buildMaterialIndex([application.jobDescription]);
  const removedClaims: RemovedClaim[] = [];
  const { text: masked, originals } = maskApplication(markdown.replace(/\r\n?/g, '\n'), application);
  const cursor = { next: 0 };
  const paragraphs = masked.split(/\n{2,}/);
  const kept = paragraphs
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      return lines
        .map((line) => {
          const parts = line.split(/(?<=[.!?])\s+(?=[A-Z"“(\uE000\uE001])/);
          const keptParts = parts
            .map((masked) => {
              const firstIndex = cursor.next;
              const sentence = unmask(masked, originals, cursor);
              const { text: checked, heldRole } = forExtraction(masked, originals, firstIndex);
              return { sentence, checked, heldRole };
            })
            .filter(({ sentence, checked, heldRole }) => {
              // "Dear Hiring Manager" addresses the reader; it claims nothing about the candidate.
              const isGreeting = /^\s*(dear|hello|hi|to|greetings)\b/i.test(checked);
              const aboutCandidate = FIRST_PERSON.test(checked);
              const inventions = findInventions(checked, material, {}, extras).filter(
                (c) =>
                  !(isGreeting && c.kind === 'job_title') &&
                  !(c.kind === 'job_title' && namesAppliedRole(checked, c.value, application.roleTitle)) &&
                  (aboutCandidate || !isSupported(c, posting)),
              );
              // Written in any case ("I'm a staff engineer"), a held title is a claim to check.
              if (
                heldRole &&
                !inventions.some((c) => c.kind === 'job_title') &&
                !isSupported({ kind: 'job_title', value: heldRole, strict: true }, material)
              ) {
                inventions.push({ kind: 'job_title', value: heldRole });
              }
              for (const claim of inventions)
                removedClaims.push({ kind: claim.kind, value: claim.value, removedText: sentence.trim() });
              return inventions.length === 0;
            })
            .map(({ sentence }) => sentence);
          return keptParts.join(' ');
        })
        .filter((line, index, all) => line.trim() || all.length === 1)
        .join('\n');
    })
    .filter((p) => p.trim());
  const text = kept.join('\n\n').trim() + '\n';
  const words = wordCount(text);
  // Checked on the text as generated: a placeholder is a failure even inside a removed sentence.
  const placeholders = findPlaceholders(markdown);
  const namesCompany = normalizeForMatch(text).includes(normalizeForMatch(application.companyName));
  const namesRole = mentionsRole(text, application.roleTitle);
  const checks: ValidationCheck[] = [
    {
      name: 'claims',
      ok: removedClaims.length === 0,
      detail:
        removedClaims.length === 0
          ? 'Every claim about you is in your material.'
          : `${removedClaims.length} unsupported claim${removedClaims.length > 1 ? 's' : ''} removed with ${
              removedClaims.length > 1 ? 'their sentences' : 'its sentence'
            }.`,
    },
    {
      name: 'length',
      ok: words >= LETTER_WORDS.min && words <= LETTER_WORDS.max,
      detail: `${words} words (expected ${LETTER_WORDS.min}–${LETTER_WORDS.max}).`,
    },
    {
      name: 'no_placeholders',
      ok: placeholders.length === 0,
      detail: placeholders.length === 0 ? 'No placeholders.' : `Placeholders left: ${placeholders.join(', ')}.`,
    },
    {
      name: 'names_company',
      ok: namesCompany,
      detail: namesCompany ? `Names ${application.companyName}.` : `Does not name ${application.companyName}.`,
    },
    {
      name: 'names_role',
      ok: namesRole,
      detail: namesRole
        ? `Names the ${application.roleTitle} role.`
        : `Does not name the ${application.roleTitle} role.`,
    },
  ];
  const report: ValidationReport = {
    ok: checks.every((c) => c.ok || c.name === 'claims'),
    checks,
    removedClaims,
    warnings: [],
  };
  if (!report.ok) {
    const failed = checks
      .filter((c) => !c.ok && c.name !== 'claims')
      .map((c) => c.detail)
      .join(' ');
    throw new AiError('bad_output', `The generated cover letter failed validation and was not saved: ${failed}`, {
      details: report,
    });
  }
  return { text, report, wordCount: words };
}
