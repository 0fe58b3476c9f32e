/** The three phases on Claude: research through a forced tool, resume and letter streamed. */
import type Anthropic from '@anthropic-ai/sdk';
import { AiError, throwIfAborted } from '../errors.js';
import type {
  CoverLetterInput,
  ResearchData,
  ResearchInput,
  RunOptions,
  TailorResumeInput,
  TokenUsage,
} from '../types.js';
import type { LetterDraft, ResearchDraft, ResumeDraft } from '../truth/verify.js';
import { emptyUsage } from '../types.js';
import type { ClaudeClient } from './claude-client.js';
import { type CallContext, type MessageParams } from './claude-client.js';
import { RESEARCH_TOOL_NAME, systemBlocks, TOOLS } from './prompts.js';
import { parseResearch, researchRepairRequest } from './model-output.js';
import { claudeCostUsd } from '../usage.js';
import { validateInput } from '../input.js';
import { COMPANY_SOURCE_NOTE, renderResearchReport } from '../render/research-report.js';
import {
  cutOffError,
  letterDraft,
  letterRequest,
  researchUserText,
  resumeDraft,
  resumeRequest,
  withUsageOnFailure,
} from '../model/phase-requests.js';

export interface ClaudeMaxTokens {
  research: number;
  resume: number;
  coverLetter: number;
}

function baseParams(
  input: ResearchInput,
  maxTokens: number,
  userText: string,
  forceResearchTool: boolean,
): MessageParams {
  return {
    max_tokens: maxTokens,
    // The same tools in every phase keep the cached prefix shared across phases; only the choice differs.
    tools: TOOLS as unknown as Anthropic.Tool[],
    tool_choice: forceResearchTool ? { type: 'tool', name: RESEARCH_TOOL_NAME } : { type: 'none' },
    system: systemBlocks(input),
    messages: [{ role: 'user', content: [{ type: 'text', text: userText }] }],
  };
}

function finish(client: ClaudeClient, started: number, usage: TokenUsage) {
  return {
    engine: 'claude' as const,
    model: client.model,
    usage,
    costUsd: claudeCostUsd(client.model, usage),
    latencyMs: Math.round(performance.now() - started),
  };
}

async function researchPhase(
  client: ClaudeClient,
  input: ResearchInput,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
): Promise<ResearchDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Analysing the job description with Claude' });
  const params = baseParams(input, maxTokens, researchUserText(input, `call ${RESEARCH_TOOL_NAME}.`), true);
  let message = await client.create(params, context);
  let parsed = parseResearch(message);
  if (!parsed.ok) {
    // One repair attempt: show the model exactly what was wrong with its tool input.
    options.onProgress?.({
      type: 'step',
      label: 'The analysis did not match the expected structure; asking Claude to correct it',
    });
    throwIfAborted(options.signal);
    const repair = researchRepairRequest(params, message, parsed.problem);
    message = await client.create(repair, context);
    parsed = parseResearch(message);
    if (!parsed.ok) {
      throw new AiError(
        'bad_output',
        'Claude returned a research analysis in the wrong shape twice, so nothing was saved. Try again.',
        { provider: 'anthropic', details: { problem: parsed.problem } },
      );
    }
  }
  const data: ResearchData = parsed.data;
  options.onProgress?.({ type: 'step', label: 'Checking the analysis against the posting and your material' });
  const markdown = renderResearchReport(input.application, data, 'claude');
  return { phase: 'research', markdown, data, notes: [COMPANY_SOURCE_NOTE], ...finish(client, started, context.usage) };
}

async function resumePhase(
  client: ClaudeClient,
  input: TailorResumeInput,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
): Promise<ResumeDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Choosing the base resume' });
  const request = resumeRequest(input);
  options.onProgress?.({ type: 'step', label: `Tailoring "${request.selection.resume.name}" with Claude` });
  const streamed = await client.streamText(baseParams(input, maxTokens, request.userText, false), context);
  if (streamed.stopReason === 'max_tokens') throw cutOffError('resume', 'anthropic');
  options.onProgress?.({ type: 'step', label: 'Checking every line against your own material' });
  return resumeDraft(request, streamed.text, finish(client, started, context.usage), 'Claude');
}

async function coverLetterPhase(
  client: ClaudeClient,
  input: CoverLetterInput,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
): Promise<LetterDraft> {
  const started = performance.now();
  validateInput(input);
  options.onProgress?.({ type: 'step', label: 'Profiling your writing style' });
  const request = letterRequest(input);
  options.onProgress?.({ type: 'step', label: 'Writing the letter with Claude' });
  const streamed = await client.streamText(baseParams(input, maxTokens, request.userText, false), context);
  if (streamed.stopReason === 'max_tokens') throw cutOffError('letter', 'anthropic');
  options.onProgress?.({ type: 'step', label: 'Checking every sentence against your own material' });
  return letterDraft(request.style, streamed.text, finish(client, started, context.usage));
}

type PhaseRun<I, T> = (
  client: ClaudeClient,
  input: I,
  maxTokens: number,
  options: RunOptions,
  context: CallContext,
) => Promise<T>;

/** Each phase call gets its own usage counter, which a failure carries out with it. */
function withCallContext<I, T>(phase: PhaseRun<I, T>) {
  return (client: ClaudeClient, input: I, maxTokens: number, options: RunOptions = {}): Promise<T> => {
    const context: CallContext = { usage: emptyUsage(), ...options };
    return withUsageOnFailure(
      () => context.usage,
      (usage) => claudeCostUsd(client.model, usage),
      () => phase(client, input, maxTokens, options, context),
    );
  };
}

export const researchWithClaude = withCallContext(researchPhase);
export const resumeWithClaude = withCallContext(resumePhase);
export const coverLetterWithClaude = withCallContext(coverLetterPhase);
