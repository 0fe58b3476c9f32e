/** The three phases on Claude: research through a forced tool, resume and letter streamed. */
import type Anthropic from '@anthropic-ai/sdk';
import { AiError, throwIfAborted } from '../errors.js';
import type { ResearchData, ResearchInput, RunOptions, TokenUsage } from '../types.js';
import type { ResearchDraft } from '../truth/verify.js';
import type { CallContext, ClaudeClient, MessageParams } from './claude-client.js';
import { RESEARCH_TOOL_NAME, systemBlocks, TOOLS } from './prompts.js';
import { parseResearch, researchRepairRequest } from './model-output.js';
import { claudeCostUsd } from '../usage.js';
import { COMPANY_SOURCE_NOTE, renderResearchReport } from '../render/research-report.js';
import { researchUserText } from '../model/phase-requests.js';
import { modelPhases, startPhase, type TextPhases, type TextStreamer } from '../model/streamed-phases.js';

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
  const started = startPhase(input, options, 'Analysing the job description with Claude');
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

/** Claude as a text streamer for the resume and letter phases, writing at most `maxTokens`. */
function streamer(client: ClaudeClient, input: ResearchInput, maxTokens: number, context: CallContext): TextStreamer {
  return {
    provider: 'anthropic',
    label: 'Claude',
    by: 'Claude',
    async stream(userText) {
      const streamed = await client.streamText(baseParams(input, maxTokens, userText, false), context);
      return { text: streamed.text, cutOff: streamed.stopReason === 'max_tokens' };
    },
    meta: (started) => finish(client, started, context.usage),
  };
}

export function claudePhases(client: ClaudeClient, maxTokens: ClaudeMaxTokens): TextPhases {
  return modelPhases(
    (usage) => claudeCostUsd(client.model, usage),
    (input, options, context) => researchPhase(client, input, maxTokens.research, options, context),
    (input, phase, context) => streamer(client, input, maxTokens[phase], context),
  );
}
