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
  /\[(?![^\]]*\]\()[^\]\n]{1,60}\]/, // [Company], [Your Name] (not a Markdown link)
  /\{\{[^}]*\}\}/, // {{name}}
  /\{[A-Za-z_][A-Za-z_ ]{0,30}\}/, // {company}
  /<(?:[A-Z][A-Za-z _]{1,30}|company|name|role)>/, // <Company Name>
  /\bX{3,}\b|\bx{3,}\b/, // XXX
  /_{3,}/, // ____
  /\b(TBD|TODO|lorem ipsum|insert (?:name|company|role|title)|company name|hiring manager'?s? name|your name)\b/i,
];

export function findPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PLACEHOLDERS) {
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
  return wanted.length > 0 && normalized.split(/(?<=[.!?])\s+/).some((sentence) => wanted.every((w) => sentence.includes(w)));
}

export function validateCoverLetter(
  markdown: string,
  material: MaterialIndex,
  application: ApplicationInput,
): { text: string; report: ValidationReport; wordCount: number } {
  const extras = { organizations: [application.companyName], titles: [application.roleTitle] };
  // A sentence about the company ("your platform serves 50,000 businesses") may use the posting's
  // facts; a sentence about the candidate (first person) may only use the candidate's material.
  const posting = buildMaterialIndex([application.jobDescription]);
  const removedClaims: RemovedClaim[] = [];
  const paragraphs = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const kept = paragraphs
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      return lines
        .map((line) => {
          const parts = line.split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
          const keptParts = parts.filter((sentence) => {
            // "Dear Hiring Manager" addresses the reader; it claims nothing about the candidate.
            const isGreeting = /^\s*(dear|hello|hi|to|greetings)\b/i.test(sentence);
            const aboutCandidate = FIRST_PERSON.test(sentence);
            const inventions = findInventions(sentence, material, {}, extras).filter(
              (c) => !(isGreeting && c.kind === 'job_title') && (aboutCandidate || !isSupported(c, posting)),
            );
            for (const claim of inventions) removedClaims.push({ kind: claim.kind, value: claim.value, removedText: sentence.trim() });
            return inventions.length === 0;
          });
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
    { name: 'claims', ok: removedClaims.length === 0, detail: removedClaims.length === 0 ? 'Every claim about you is in your material.' : `${removedClaims.length} unsupported claim${removedClaims.length > 1 ? 's' : ''} removed with ${removedClaims.length > 1 ? 'their sentences' : 'its sentence'}.` },
    { name: 'length', ok: words >= LETTER_WORDS.min && words <= LETTER_WORDS.max, detail: `${words} words (expected ${LETTER_WORDS.min}–${LETTER_WORDS.max}).` },
    { name: 'no_placeholders', ok: placeholders.length === 0, detail: placeholders.length === 0 ? 'No placeholders.' : `Placeholders left: ${placeholders.join(', ')}.` },
    { name: 'names_company', ok: namesCompany, detail: namesCompany ? `Names ${application.companyName}.` : `Does not name ${application.companyName}.` },
    { name: 'names_role', ok: namesRole, detail: namesRole ? `Names the ${application.roleTitle} role.` : `Does not name the ${application.roleTitle} role.` },
  ];
  const report: ValidationReport = { ok: checks.every((c) => c.ok || c.name === 'claims'), checks, removedClaims, warnings: [] };
  if (!report.ok) {
    const failed = checks.filter((c) => !c.ok && c.name !== 'claims').map((c) => c.detail).join(' ');
    throw new AiError('bad_output', `The generated cover letter failed validation and was not saved: ${failed}`, { details: report });
  }
  return { text, report, wordCount: words };
}
