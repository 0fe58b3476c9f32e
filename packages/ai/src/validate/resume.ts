/**
 * Resume validation: the truth check grounds every line in the person's own lines (restoring an
 * altered line, removing an invented one, dropping only the unsupported items of a list), then
 * the keyword coverage and match score are measured before and after. A result that is no longer
 * a resume, or lost too much of itself, fails the phase.
 */
import type { JobAnalysis, KeywordCoverage, MatchScore, ResumeValidationReport, ValidationCheck } from '../types.js';
import { AiError } from '../errors.js';
import { extractClaims, type Claim } from './claims.js';
import { isSupported, type MaterialIndex } from './material.js';
import { bulletText, isBullet, sectionKindOf } from '../text/resume-structure.js';
import { keywordCoverage, matchScore } from '../offline/match.js';
import { checkResume } from '../truth/check-resume.js';
import type { Material } from '../truth/material.js';
import { counted, emptyTruthReport, truthCheck } from '../truth/report.js';
import { draftReport } from './draft-report.js';
import { comparable } from '../truth/tokens.js';

/** Above this share of removed lines the output is not worth saving. */
const MAX_REMOVED_SHARE = 0.4;

export interface ResumeValidationContext {
  analysis: JobAnalysis;
  before: { coverage: KeywordCoverage; score: MatchScore };
  changes: string[];
  /** The base resume, so the report can list the bullets left out. */
  baseResume?: string;
  /** The posting: its terms laid onto the person's lines are additions to check. */
  posting?: string;
}

export function findInventions(
  text: string,
  material: MaterialIndex,
  options: { isEntryHeader?: boolean; inCertifications?: boolean },
  extras = {},
): Claim[] {
  return extractClaims(text, options).filter((claim) => !isSupported(claim, material, extras));
}

export function validateResume(
  markdown: string,
  material: Material,
  context: ResumeValidationContext,
): { text: string; report: ResumeValidationReport } {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const truth = emptyTruthReport();
  const text = checkResume(markdown, material, truth, { posting: context.posting ?? '' });
  const warnings: string[] = [];
  const leftOut = context.baseResume ? leftOutLines(context.baseResume, text) : [];
  const contentLines = lines.filter((l) => l.trim() && !sectionKindOf(l)).length;
  const removedLines = truth.actions.filter((a) => a.action === 'removed').length;
  const after = { coverage: keywordCoverage(text, context.analysis), score: matchScore(text, context.analysis) };
  const share = contentLines === 0 ? 1 : removedLines / contentLines;
  const checks: ValidationCheck[] = [
    truthCheck(
      'claims',
      truth.actions.length,
      'change',
      'Every line is your own text, or carries only facts from the lines it came from.',
      (was) => `not backed by your material ${was} undone (restored to your text or removed).`,
    ),
    {
      name: 'not_empty',
      ok: text.trim().length > 0 && contentLines > 0,
      detail: `${contentLines - removedLines} content lines kept.`,
    },
    {
      // A refusal or a chat answer has no sections and no bullets.
      name: 'is_resume',
      ok: looksLikeResume(text),
      detail: looksLikeResume(text)
        ? 'Has resume sections or bullets.'
        : 'The output has no resume sections or bullets.',
    },
    {
      name: 'removed_share',
      ok: share <= MAX_REMOVED_SHARE,
      detail: `${Math.round(share * 100)}% of the lines were removed (limit ${MAX_REMOVED_SHARE * 100}%).`,
    },
  ];
  if (after.score.total < context.before.score.total)
    warnings.push('The match score went down compared with the base resume.');
  const base = draftReport(checks, truth.actions, warnings, leftOut);
  const report: ResumeValidationReport = {
    ...base,
    changes: [
      ...context.changes,
      ...(base.removedClaims.length
        ? [`Undid ${counted(truth.actions.length, 'change')} that your material does not support.`]
        : []),
    ],
    coverage: { before: context.before.coverage, after: after.coverage },
    matchScore: { before: context.before.score, after: after.score },
  };
  if (!report.ok) {
    throw new AiError(
      'bad_output',
      'The generated resume made too many claims that are not in your material, so it was not saved. Try again, or add the missing facts to your resume library.',
      { details: report },
    );
  }
  return { text, report };
}

function looksLikeResume(text: string): boolean {
  const lines = text.split('\n');
  const sections = lines.filter((l) => sectionKindOf(l)).length;
  const bullets = lines.filter((l) => isBullet(l)).length;
  return sections >= 2 || bullets >= 3;
}

/** Bullets of the base resume that the tailored resume does not contain. */
function leftOutLines(base: string, tailored: string): string[] {
  const present = new Set(tailored.split('\n').map(comparable));
  return base
    .split('\n')
    .filter((line) => isBullet(line) && !present.has(comparable(line)))
    .map((line) => bulletText(line));
}
