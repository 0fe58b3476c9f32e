/** The three phases on the offline engine: deterministic, no network, no cost. */
import type { CoverLetterInput, JobAnalysis, ResearchInput, RunOptions, TailorResumeInput } from '../types.js';
import { emptyUsage } from '../types.js';
import { throwIfAborted } from '../errors.js';
import { researchOffline } from './research.js';
import { renderResearchReport } from '../render/research-report.js';
import { analyzeJobDescription } from './analyze-job.js';
import { selectBaseResume } from './select-base.js';
import { tailorResumeOffline } from './tailor.js';
import { matchScore } from './match.js';
import { profileWritingStyle } from './writing-style.js';
import { assembleCoverLetter } from './letter.js';
import type { LetterDraft, ResearchDraft, ResumeDraft } from '../truth/verify.js';
import { countWords } from '../truth/tokens.js';
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

export async function researchPhaseOffline(input: ResearchInput, options: RunOptions = {}): Promise<ResearchDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Analysing the job description' });
  throwIfAborted(options.signal);
  const data = researchOffline(input.application, input.library, input.userContext);
  options.onProgress?.({ type: 'step', label: 'Building the positioning strategy from your library' });
  const markdown = renderResearchReport(input.application, data, 'offline');
  return result('research', markdown, data, started, [OFFLINE_NOTE, data.companyInsight.sourceNote]);
}

export async function resumePhaseOffline(input: TailorResumeInput, options: RunOptions = {}): Promise<ResumeDraft> {
  const started = performance.now();
  validateInput(input);
  const analysis = analysisFor(input);
  options.onProgress?.({ type: 'step', label: 'Choosing the base resume' });
  const selection = selectBaseResume(input.library, input.application.jobDescription, analysis, input);
  throwIfAborted(options.signal);
  options.onProgress?.({ type: 'step', label: `Ranking the bullets of "${selection.resume.name}"` });
  let tailored = tailorResumeOffline(selection.resume.content, analysis);
  // Tailoring must help: when the reordered version scores below the base resume, keep the base order.
  const before = matchScore(selection.resume.content, analysis).total;
  const after = matchScore(tailored.markdown, analysis).total;
  if (after < before) {
    tailored = {
      ...tailored,
      markdown: selection.resume.content,
      changes: [
        `Kept the order of "${selection.resume.name}": the reordered version scored lower (${after} vs ${before}).`,
      ],
    };
  }
  options.onProgress?.({ type: 'step', label: 'Checking every line against your own material' });
  const data = {
    ...selection.data,
    rankedBullets: tailored.rankedBullets.slice(0, 15).map(({ text, score, matched }) => ({ text, score, matched })),
  };
  return {
    ...result('resume', tailored.markdown, data, started, [OFFLINE_NOTE, selection.data.baseResume.reason]),
    baseResume: selection.resume.content,
    analysis,
    changes: tailored.changes,
  };
}

export async function coverLetterPhaseOffline(input: CoverLetterInput, options: RunOptions = {}): Promise<LetterDraft> {
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
  const letter = assembleCoverLetter({
    application: input.application,
    analysis,
    resumeMarkdown,
    material: [...input.library.map((e) => e.content), input.userContext ?? ''].join('\n'),
    userContext: input.userContext,
    candidate: input.candidate,
    style,
  });
  options.onProgress?.({ type: 'step', label: 'Checking every sentence against your own material' });
  const data = { wordCount: countWords(letter.markdown), style, usedFacts: letter.usedFacts };
  return result('cover_letter', letter.markdown, data, started, [OFFLINE_NOTE]);
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
