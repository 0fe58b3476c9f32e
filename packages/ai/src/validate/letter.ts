/**
 * Cover-letter validation: invented claims take their sentence out; a placeholder, a letter that
 * does not name the company and the role, or a length outside the range fails the phase.
 */
import type { ApplicationInput, ValidationCheck, ValidationReport } from '../types.js';
import { AiError } from '../errors.js';
import { draftReport } from './draft-report.js';
import { normalizeForMatch } from '../text/words.js';
import { checkLetter } from '../truth/check-letter.js';
import type { Material } from '../truth/material.js';
import { sanitizePosting } from '../truth/posting.js';
import { emptyTruthReport, truthCheck } from '../truth/report.js';
import { countWords } from '../truth/tokens.js';

export const LETTER_WORDS = { min: 120, max: 650 } as const;

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

export interface LetterValidationOptions {
  /** Where company facts may come from: the posting (without lines addressed to AI) and the user's notes. */
  companySources?: string[];
  candidateName?: string | null;
}

export function validateCoverLetter(
  markdown: string,
  material: Material,
  application: ApplicationInput,
  options: LetterValidationOptions = {},
): { text: string; report: ValidationReport; wordCount: number } {
  const truth = emptyTruthReport();
  const draftWords = countWords(markdown);
  // A placeholder means the draft was not finished: it fails even if its sentence would be removed.
  const draftPlaceholders = findPlaceholders(markdown);
  const text = checkLetter(
    markdown,
    material,
    application,
    options.companySources ?? [sanitizePosting(application.jobDescription).text, application.additionalContext ?? ''],
    options.candidateName,
    truth,
  );
  const words = countWords(text);
  const placeholders = [...new Set([...draftPlaceholders, ...findPlaceholders(text)])];
  const normalized = normalizeForMatch(text);
  const namesCompany = normalized.includes(normalizeForMatch(application.companyName));
  const namesRole = mentionsRole(text, application.roleTitle);
  // A letter the truth check shortened is still saved (the panel says why); a draft that was
  // already out of range is not.
  const lengthOk = words <= LETTER_WORDS.max && (words >= LETTER_WORDS.min || draftWords >= LETTER_WORDS.min);
  const warnings =
    words < LETTER_WORDS.min && lengthOk
      ? [`The letter is short (${words} words) because sentences your material does not support were removed.`]
      : [];
  const checks: ValidationCheck[] = [
    truthCheck(
      'claims',
      truth.actions.length,
      'sentence',
      'Every claim about you is in your material.',
      (was) => `with claims your material does not support ${was} removed.`,
    ),
    {
      name: 'length',
      ok: lengthOk,
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
  const report = draftReport(checks, truth.actions, warnings, []);
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
