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
  type LetterRequest,
  type ResumeRequest,
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

/** How every model phase begins: its clock starts, its input is checked and its first step is told. */
export function startPhase(input: ResearchInput, options: RunOptions, firstStep: string): number {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: firstStep });
  return started;
}

/** What the resume and the letter differ in: the request, the steps they report and the draft. */
interface StreamedDocument<I extends ResearchInput, R extends { userText: string }, D> {
  name: 'resume' | 'letter';
  /** The step while the request is prepared from the person's material. */
  preparing: string;
  request(input: I): R;
  /** The step while `model` writes. */
  writing(request: R, model: string): string;
  /** The step while the draft goes to the truth check. */
  checking: string;
  draft(request: R, text: string, meta: DraftMeta, by: string): D;
}

const RESUME: StreamedDocument<TailorResumeInput, ResumeRequest, ResumeDraft> = {
  name: 'resume',
  preparing: 'Choosing the base resume',
  request: resumeRequest,
  writing: (request, model) => `Tailoring "${request.selection.resume.name}" with ${model}`,
  checking: 'Checking every line against your own material',
  draft: resumeDraft,
};

const LETTER: StreamedDocument<CoverLetterInput, LetterRequest, LetterDraft> = {
  name: 'letter',
  preparing: 'Profiling your writing style',
  request: letterRequest,
  writing: (_request, model) => `Writing the letter with ${model}`,
  checking: 'Checking every sentence against your own material',
  draft: (request, text, meta) => letterDraft(request.style, text, meta),
};

async function streamDocument<I extends ResearchInput, R extends { userText: string }, D>(
  document: StreamedDocument<I, R, D>,
  model: TextStreamer,
  input: I,
  options: RunOptions,
): Promise<D> {
  const started = startPhase(input, options, document.preparing);
  const request = document.request(input);
  options.onProgress?.({ type: 'step', label: document.writing(request, model.label) });
  const streamed = await model.stream(request.userText);
  if (streamed.cutOff) throw cutOffError(document.name, model.provider);
  options.onProgress?.({ type: 'step', label: document.checking });
  return document.draft(request, streamed.text, model.meta(started), model.by);
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
      withCallUsage(options, cost, (context) =>
        streamDocument(RESUME, streamer(input, 'resume', context), input, options),
      ),
    coverLetter: (input, options) =>
      withCallUsage(options, cost, (context) =>
        streamDocument(LETTER, streamer(input, 'coverLetter', context), input, options),
      ),
  };
}
