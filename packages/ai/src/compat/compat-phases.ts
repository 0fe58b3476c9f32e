/**
 * The three phases on an OpenAI-compatible chat server: research as structured output (whatever
 * mode the server supports), resume and letter streamed. The prompts are Claude's, as one system
 * message (instructions, then the library, so servers that cache a prompt prefix reuse it across
 * phases and applications) and one user message of plain text, which every server accepts.
 */
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ResearchInput, RunOptions, TokenUsage } from '../types.js';
import type { ResearchDraft } from '../truth/verify.js';
import {
  libraryBlock,
  RESEARCH_TOOL_NAME,
  RESEARCH_TOOL_DESCRIPTION,
  researchToolSchema,
  systemInstructions,
} from '../claude/prompts.js';
import { COMPANY_SOURCE_NOTE, renderResearchReport } from '../render/research-report.js';
import { parseResearchData, researchUserText, type DraftMeta } from '../model/phase-requests.js';
import { modelPhases, startPhase, type TextPhases, type TextStreamer } from '../model/streamed-phases.js';
import { engineLabel } from '../model/engine-label.js';
import type { CompatCallContext, CompatClient } from './compat-client.js';
import { structuredOutput, withoutThinking } from './structured.js';

export interface CompatMaxTokens {
  research: number;
  resume: number;
  coverLetter: number;
}

export interface CompatPrices {
  /** USD per million tokens. */
  inputPerMillion: number;
  outputPerMillion: number;
}

/** Cached prompt tokens are priced as input: local servers charge nothing, and hosted ones differ. */
export function compatCostUsd(prices: CompatPrices, usage: TokenUsage): number {
  const cost =
    ((usage.inputTokens + usage.cacheReadTokens + usage.cacheCreationTokens) * prices.inputPerMillion +
      usage.outputTokens * prices.outputPerMillion) /
    1_000_000;
  return Math.round(cost * 1_000_000) / 1_000_000;
}

export interface CompatEngine {
  client: CompatClient;
  maxTokens: CompatMaxTokens;
  prices: CompatPrices;
}

const RESEARCH_RULE = `Research: return the research exactly once, in the ${RESEARCH_TOOL_NAME} structure the request asks for (a JSON object, a tool call or JSON text).`;

function messages(input: ResearchInput, userText: string): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: `${systemInstructions(RESEARCH_RULE)}\n\n${libraryBlock(input.library)}` },
    { role: 'user', content: userText },
  ];
}

function meta(engine: CompatEngine, started: number, usage: TokenUsage): DraftMeta {
  return {
    engine: 'openai-compatible',
    model: engine.client.model,
    usage,
    costUsd: compatCostUsd(engine.prices, usage),
    latencyMs: Math.round(performance.now() - started),
  };
}

async function researchPhase(
  engine: CompatEngine,
  input: ResearchInput,
  options: RunOptions,
  context: CompatCallContext,
): Promise<ResearchDraft> {
  const label = engineLabel('openai-compatible', engine.client.model);
  const started = startPhase(input, options, `Analysing the job description with ${label}`);
  const { data } = await structuredOutput(
    engine.client,
    {
      name: RESEARCH_TOOL_NAME,
      description: RESEARCH_TOOL_DESCRIPTION,
      schema: researchToolSchema,
      messages: messages(input, researchUserText(input, `return the ${RESEARCH_TOOL_NAME} object.`)),
      maxTokens: engine.maxTokens.research,
      parse: parseResearchData,
      onStep: (step) => options.onProgress?.({ type: 'step', label: step }),
    },
    context,
  );
  options.onProgress?.({ type: 'step', label: 'Checking the analysis against the posting and your material' });
  const markdown = renderResearchReport(input.application, data, 'openai-compatible', engine.client.model);
  return { phase: 'research', markdown, data, notes: [COMPANY_SOURCE_NOTE], ...meta(engine, started, context.usage) };
}

/** The server as a text streamer for the resume and letter phases, writing at most `maxTokens`. */
function streamer(
  engine: CompatEngine,
  input: ResearchInput,
  maxTokens: number,
  context: CompatCallContext,
): TextStreamer {
  return {
    provider: 'openai-compatible',
    label: engineLabel('openai-compatible', engine.client.model),
    by: engine.client.model,
    async stream(userText) {
      const streamed = await engine.client.streamText(
        { messages: messages(input, userText), max_tokens: maxTokens },
        context,
      );
      return { text: withoutThinking(streamed.text), cutOff: streamed.finishReason === 'length' };
    },
    meta: (started) => meta(engine, started, context.usage),
  };
}

export function compatPhases(engine: CompatEngine): TextPhases {
  return modelPhases(
    (usage) => compatCostUsd(engine.prices, usage),
    (input, options, context) => researchPhase(engine, input, options, context),
    (input, phase, context) => streamer(engine, input, engine.maxTokens[phase], context),
  );
}
