/**
 * The phases on a model that streams text: the same steps, requests and drafts for the resume and
 * the letter on Claude and on OpenAI-compatible servers, which differ only in how they are called
 * and named, and the same usage counting around every phase.
 */
import type { CoverLetterInput, ResearchInput, RunOptions, TailorResumeInput, TokenUsage } from '../types.js';
import type { LetterDraft, ResearchDraft, ResumeDraft } from '../truth/verify.js';
import type { CallContext } from '../providers/provider-call.js';
import { validateInput } from '../input.js';
import {
  cutOffError,
  letterDraft,
  letterRequest,
  resumeDraft,
  resumeRequest,
  withCallUsage,
  type DraftMeta,
} from './phase-requests.js';

/** The three drafting phases of one text engine, before the truth check. */
export interface TextPhases {
  research(input: ResearchInput, options: RunOptions): Promise<ResearchDraft>;
  resume(input: TailorResumeInput, options: RunOptions): Promise<ResumeDraft>;
  coverLetter(input: CoverLetterInput, options: RunOptions): Promise<LetterDraft>;
}

export interface TextStreamer {
  provider: 'anthropic' | 'openai-compatible';
  /** How progress steps name the model. */
  label: string;
  /** Who the resume's change note says tailored it. */
  by: string;
  /** The answer to one user message; cutOff when the model stopped at its output limit. */
  stream(userText: string): Promise<{ text: string; cutOff: boolean }>;
  /** The draft's figures, counted from `started`. */
  meta(started: number): DraftMeta;
}

export async function streamResume(
  model: TextStreamer,
  input: TailorResumeInput,
  options: RunOptions,
): Promise<ResumeDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Choosing the base resume' });
  const request = resumeRequest(input);
  options.onProgress?.({ type: 'step', label: `Tailoring "${request.selection.resume.name}" with ${model.label}` });
  const streamed = await model.stream(request.userText);
  if (streamed.cutOff) throw cutOffError('resume', model.provider);
  options.onProgress?.({ type: 'step', label: 'Checking every line against your own material' });
  return resumeDraft(request, streamed.text, model.meta(started), model.by);
}

export async function streamLetter(
  model: TextStreamer,
  input: CoverLetterInput,
  options: RunOptions,
): Promise<LetterDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Profiling your writing style' });
  const request = letterRequest(input);
  options.onProgress?.({ type: 'step', label: `Writing the letter with ${model.label}` });
  const streamed = await model.stream(request.userText);
  if (streamed.cutOff) throw cutOffError('letter', model.provider);
  options.onProgress?.({ type: 'step', label: 'Checking every sentence against your own material' });
  return letterDraft(request.style, streamed.text, model.meta(started));
}

/** A model engine's phases, each call with its own usage counter (see withCallUsage). */
export function modelPhases(
  cost: (usage: TokenUsage) => number,
  research: (input: ResearchInput, options: RunOptions, context: CallContext) => Promise<ResearchDraft>,
  streamer: (input: ResearchInput, phase: 'resume' | 'coverLetter', context: CallContext) => TextStreamer,
): TextPhases {
  return {
    research: (input, options) => withCallUsage(options, cost, (context) => research(input, options, context)),
    resume: (input, options) =>
      withCallUsage(options, cost, (context) => streamResume(streamer(input, 'resume', context), input, options)),
    coverLetter: (input, options) =>
      withCallUsage(options, cost, (context) => streamLetter(streamer(input, 'coverLetter', context), input, options)),
  };
}
