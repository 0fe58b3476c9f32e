/**
 * What the UI needs to know about AI on this server: whether the API offers the AI procedures
 * yet, and which engine writes the documents. The phase buttons say "not available", with the
 * reason, until the procedures exist.
 */
import type { AppLoadContext } from '@remix-run/node';
import type { JobForgeApi } from '@jobforge/api';
import type { ServerApi } from './api.server';

export function hasProcedure(api: JobForgeApi, path: string): boolean {
  const procedures = (api.router as { _def?: { procedures?: Record<string, unknown> } })._def?.procedures ?? {};
  return Object.prototype.hasOwnProperty.call(procedures, path);
}

export function aiAvailable(api: JobForgeApi): boolean {
  return hasProcedure(api, 'ai.runPhase') && hasProcedure(api, 'ai.onProgress');
}

export interface AiEngineSummary {
  /** Whether this server can run the phases at all. */
  generation: boolean;
  textEngine: 'claude' | 'offline';
  textModel: string | null;
  embeddings: 'openai' | 'keywords';
  embeddingModel: string | null;
}

interface EngineStatusShape {
  claude?: { live?: boolean; model?: string | null };
  openai?: { live?: boolean; model?: string | null };
  textEngine?: string;
  vectors?: string;
}

/** Reads `ai.status` when the API has it; otherwise tells from the configuration which keys are set. */
export async function readAiEngine(api: ServerApi, context: AppLoadContext): Promise<AiEngineSummary> {
  const generation = aiAvailable(context.api);
  if (hasProcedure(context.api, 'ai.status')) {
    const caller = api.caller as unknown as { ai: { status(): Promise<EngineStatusShape> } };
    const status = await api.load(() => caller.ai.status());
    const claudeLive = status.textEngine ? status.textEngine === 'claude' : Boolean(status.claude?.live);
    const openaiLive = status.vectors ? status.vectors === 'semantic' : Boolean(status.openai?.live);
    return {
      generation,
      textEngine: claudeLive ? 'claude' : 'offline',
      textModel: claudeLive ? status.claude?.model ?? null : null,
      embeddings: openaiLive ? 'openai' : 'keywords',
      embeddingModel: openaiLive ? status.openai?.model ?? null : null,
    };
  }
  const { anthropic, openai } = context.api.services.config;
  return {
    generation,
    textEngine: anthropic.apiKey ? 'claude' : 'offline',
    textModel: anthropic.apiKey ? anthropic.model : null,
    embeddings: openai.apiKey ? 'openai' : 'keywords',
    embeddingModel: openai.apiKey ? openai.embeddingModel : null,
  };
}
