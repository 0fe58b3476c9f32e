/**
 * The one place where every engine's output is checked against the person's material before it
 * can be saved: Claude, the offline engine and any other text provider return drafts, and these
 * functions turn them into results. They take plain inputs and return plain, cloneable results.
 */
import type {
  CoverLetterInput,
  CoverLetterResult,
  JobAnalysis,
  PhaseResult,
  ResearchData,
  ResearchInput,
  ResearchResult,
  ResumeResult,
  TailorResumeInput,
  TailoredResumeData,
  CoverLetterData,
  ValidationReport,
} from '../types.js';
import { renderResearchReport } from '../render/research-report.js';
import { analyzeJobDescription } from '../offline/analyze-job.js';
import { keywordCoverage, matchScore } from '../offline/match.js';
import { validateCoverLetter } from '../validate/letter.js';
import { validateResume } from '../validate/resume.js';
import { checkResearch } from './check-research.js';
import { buildMaterial, type Material } from './material.js';
import { emptyTruthReport, truthCheck, type CheckAction } from './report.js';
import { countWords } from './tokens.js';

export type ResearchDraft = PhaseResult<ResearchData>;
export interface ResumeDraft extends PhaseResult<TailoredResumeData> {
  /** The base resume the draft was tailored from, and the job analysis it was ranked against. */
  baseResume: string;
  analysis: JobAnalysis;
  changes: string[];
}
export type LetterDraft = PhaseResult<CoverLetterData>;

/** Everything the person wrote about themselves: library (sorted by id), notes, their name. */
export function candidateMaterial(input: {
  library: ResearchInput['library'];
  userContext?: string | null;
  application?: { additionalContext?: string | null };
  candidate?: ResearchInput['candidate'];
}): Material {
  const library = [...input.library].sort((a, b) => a.id.localeCompare(b.id));
  return buildMaterial([
    ...library.map((entry) => ({ origin: entry.id, text: entry.content })),
    { origin: 'notes', text: [input.userContext, input.application?.additionalContext].filter(Boolean).join('\n') },
    { origin: 'notes', text: input.candidate?.fullName ?? '' },
  ]);
}

function notesOf(input: ResearchInput): string {
  return [input.application.additionalContext, input.userContext].filter(Boolean).join('\n');
}

function ignoredPostingLines(removed: string[]): CheckAction[] {
  return removed.map((line) => ({
    action: 'ignored_posting_line' as const,
    text: line,
    reasons: ['This line of the posting addresses AI tools; it was taken out before the posting was used'],
  }));
}

export function verifyResearch(
  draft: ResearchDraft,
  input: ResearchInput,
  removedPostingLines: string[] = [],
  now?: Date,
): ResearchResult {
  const truth = emptyTruthReport();
  const data = checkResearch(
    draft.data,
    analyzeJobDescription(input.application),
    input.application,
    candidateMaterial(input),
    notesOf(input),
    truth,
    now,
  );
  if (removedPostingLines.length)
    data.companyInsight.points.push(
      `The posting contains text addressed to AI tools (${removedPostingLines.length} line${
        removedPostingLines.length === 1 ? '' : 's'
      }, for example "${removedPostingLines[0]!.slice(0, 80)}"); Job Forge ignored it.`,
    );
  const actions = [...ignoredPostingLines(removedPostingLines), ...truth.actions];
  const validation: ValidationReport = {
    ok: true,
    checks: [
      truthCheck(
        'grounded',
        truth.actions.length,
        'statement',
        'Every company point, evidence quote and gap is backed by the posting or your material.',
        (was) => `not backed by the posting or your material ${was} removed or replaced.`,
      ),
    ],
    removedClaims: [],
    warnings: [],
    actions,
    leftOut: [],
  };
  return {
    ...draft,
    data,
    markdown: renderResearchReport(input.application, data, draft.engine, draft.model),
    validation,
  };
}

export function verifyResume(
  draft: ResumeDraft,
  input: TailorResumeInput,
  removedPostingLines: string[] = [],
): ResumeResult {
  const { text, report } = validateResume(draft.markdown, candidateMaterial(input), {
    analysis: draft.analysis,
    before: {
      coverage: keywordCoverage(draft.baseResume, draft.analysis),
      score: matchScore(draft.baseResume, draft.analysis),
    },
    changes: draft.changes,
    baseResume: draft.baseResume,
    posting: input.application.jobDescription,
  });
  report.actions.unshift(...ignoredPostingLines(removedPostingLines));
  const notes = [...draft.notes];
  if (report.removedClaims.length)
    notes.push(`${report.removedClaims.length} claim(s) not backed by your material were undone.`);
  const { baseResume: _base, analysis: _analysis, changes: _changes, ...result } = draft;
  return { ...result, markdown: text, validation: report, notes };
}

export function verifyLetter(
  draft: LetterDraft,
  input: CoverLetterInput,
  removedPostingLines: string[] = [],
): CoverLetterResult {
  const validation = validateCoverLetter(draft.markdown, candidateMaterial(input), input.application, {
    companySources: [input.application.jobDescription, notesOf(input)],
    candidateName: input.candidate?.fullName,
  });
  validation.report.actions.unshift(...ignoredPostingLines(removedPostingLines));
  const notes = [...draft.notes];
  if (validation.report.removedClaims.length)
    notes.push(
      `${
        validation.report.actions.filter((a) => a.action === 'removed').length
      } sentence(s) with claims not backed by your material were removed.`,
    );
  return {
    ...draft,
    markdown: validation.text,
    data: { ...draft.data, wordCount: countWords(validation.text) },
    validation: validation.report,
    notes,
  };
}
