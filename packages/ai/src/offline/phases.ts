/** The three phases on the offline engine: deterministic, no network, no cost. */
import type {
  CoverLetterInput,
  CoverLetterResult,
  JobAnalysis,
  ResearchInput,
  ResearchResult,
  ResumeResult,
  RunOptions,
  TailorResumeInput,
} from '../types.js';
import { emptyUsage } from '../types.js';
import { throwIfAborted } from '../errors.js';
import { researchOffline } from './research.js';
import { renderResearchReport } from '../render/research-report.js';
import { analyzeJobDescription } from './analyze-job.js';
import { selectBaseResume } from './select-base.js';
import { tailorResumeOffline } from './tailor.js';
import { keywordCoverage, matchScore } from './match.js';
import { profileWritingStyle } from './writing-style.js';
import { assembleCoverLetter } from './letter.js';
import { validateCoverLetter, validateResume, userMaterial } from '../validate/index.js';
import { validateInput } from '../input.js';

export const OFFLINE_MODEL = 'jobforge-offline-v1';

export const OFFLINE_NOTE =
  'Written by the offline engine (no AI key is set): it reorders and selects your own material; it does not write new content.';

export function analysisFor(input: {
  application: ResearchInput['application'];
  research?: TailorResumeInput['research'];
}): JobAnalysis {
  return input.research?.data?.analysis ?? analyzeJobDescription(input.application);
}

export async function researchPhaseOffline(input: ResearchInput, options: RunOptions = {}): Promise<ResearchResult> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Analysing the job description' });
  throwIfAborted(options.signal);
  const data = researchOffline(input.application, input.library, input.userContext);
  options.onProgress?.({ type: 'step', label: 'Building the positioning strategy from your library' });
  const markdown = renderResearchReport(input.application, data, 'offline');
  options.onProgress?.({ type: 'text', delta: markdown });
  return result('research', markdown, data, started, [OFFLINE_NOTE, data.companyInsight.sourceNote]);
}

export async function resumePhaseOffline(input: TailorResumeInput, options: RunOptions = {}): Promise<ResumeResult> {
  const started = performance.now();
  validateInput(input);
  const analysis = analysisFor(input);
  options.onProgress?.({ type: 'step', label: 'Choosing the base resume' });
  const selection = selectBaseResume(input.library, input.application.jobDescription, analysis, input);
  throwIfAborted(options.signal);
  options.onProgress?.({ type: 'step', label: `Ranking the bullets of "${selection.resume.name}"` });
  const tailored = tailorResumeOffline(selection.resume.content, analysis);
  options.onProgress?.({ type: 'step', label: 'Checking every claim against your own material' });
  const validation = validateResume(tailored.markdown, userMaterial(input), {
    before: {
      coverage: keywordCoverage(selection.resume.content, analysis),
      score: matchScore(selection.resume.content, analysis),
    },
    analysis,
    changes: tailored.changes,
  });
  options.onProgress?.({ type: 'text', delta: validation.text });
  const data = {
    ...selection.data,
    rankedBullets: tailored.rankedBullets.slice(0, 15).map(({ text, score, matched }) => ({ text, score, matched })),
  };
  return {
    ...result('resume', validation.text, data, started, [OFFLINE_NOTE, selection.data.baseResume.reason]),
    validation: validation.report,
  };
}

export async function coverLetterPhaseOffline(
  input: CoverLetterInput,
  options: RunOptions = {},
): Promise<CoverLetterResult> {
  const started = performance.now();
  validateInput(input);
  const analysis = analysisFor(input);
  options.onProgress?.({ type: 'step', label: 'Profiling your writing style' });
  const samples = [
    ...input.library.filter((e) => e.isWritingSample).map((e) => e.content),
    ...(input.previousLetters ?? []),
  ];
  const style = profileWritingStyle(samples);
  throwIfAborted(options.signal);
  const resumeMarkdown = input.tailoredResume?.trim()
    ? input.tailoredResume
    : selectBaseResume(input.library, input.application.jobDescription, analysis, {}).resume.content;
  options.onProgress?.({ type: 'step', label: 'Assembling the letter from your facts' });
  const material = userMaterial(input);
  const letter = assembleCoverLetter({
    application: input.application,
    analysis,
    resumeMarkdown,
    material: material.text,
    userContext: input.userContext,
    candidate: input.candidate,
    style,
  });
  options.onProgress?.({ type: 'step', label: 'Validating the letter' });
  const validation = validateCoverLetter(letter.markdown, material, input.application);
  options.onProgress?.({ type: 'text', delta: validation.text });
  const data = { wordCount: validation.wordCount, style, usedFacts: letter.usedFacts };
  return { ...result('cover_letter', validation.text, data, started, [OFFLINE_NOTE]), validation: validation.report };
}

function result<TPhase extends 'research' | 'resume' | 'cover_letter', TData>(
  phase: TPhase,
  markdown: string,
  data: TData,
  started: number,
  notes: string[],
) {
  return {
    phase,
    engine: 'offline' as const,
    model: OFFLINE_MODEL,
    markdown,
    data,
    usage: emptyUsage(),
    costUsd: 0,
    latencyMs: Math.round(performance.now() - started),
    notes,
  };
}
