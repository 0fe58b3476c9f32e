/**
 * createAiEngine: picks the text engine (Claude, an OpenAI-compatible chat server, or the offline
 * code) and OpenAI or lexical vectors for embeddings.
 */
import { DEFAULT_CLAUDE_MODEL, DEFAULT_EMBEDDING_MODEL } from '@jobforge/config';
import type { AiEngine, AiEngineOptions } from './engine-types.js';
import type { EngineStatus, EmbeddingResult } from './types.js';
import { ClaudeClient } from './claude/claude-client.js';
import { claudePhases, type ClaudeMaxTokens } from './claude/claude-phases.js';
import { coverLetterPhaseOffline, OFFLINE_MODEL, researchPhaseOffline, resumePhaseOffline } from './offline/phases.js';
import { CompatClient } from './compat/compat-client.js';
import { compatPhases, type CompatEngine } from './compat/compat-phases.js';
import type { TextPhases } from './model/streamed-phases.js';
import { OpenAiEmbedder } from './openai/embeddings.js';
import { LEXICAL_MODEL, lexicalVector, VECTOR_DIMENSIONS } from './offline/lexical-vectors.js';
import { chunkResume } from './chunking.js';
import { DEFAULT_RETRY, type RetryPolicy } from './providers/retry.js';
import { AiError, throwIfAborted } from './errors.js';
import { verified } from './truth/verified.js';
import { verifyLetter, verifyResearch, verifyResume } from './truth/verify.js';

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_MAX_TOKENS: ClaudeMaxTokens = { research: 4_096, resume: 4_096, coverLetter: 2_048 };
/** Local models on a CPU can take minutes for a resume. */
const DEFAULT_COMPAT_TIMEOUT_MS = 300_000;

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function createAiEngine(options: AiEngineOptions = {}): AiEngine {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const concurrency = options.limits?.providerConcurrency ?? DEFAULT_CONCURRENCY;
  const claudeModel = present(options.anthropic?.model) ? options.anthropic.model : DEFAULT_CLAUDE_MODEL;
  const embeddingModel = present(options.openai?.embeddingModel)
    ? options.openai.embeddingModel
    : DEFAULT_EMBEDDING_MODEL;
  const maxTokens: ClaudeMaxTokens = { ...DEFAULT_MAX_TOKENS, ...options.anthropic?.maxTokens };

  const provider = options.offline ? 'offline' : options.textProvider;
  const compatOptions = options.openaiCompatible;
  const compat: CompatEngine | null =
    provider === 'openai-compatible' && compatOptions && present(compatOptions.baseUrl) && present(compatOptions.model)
      ? {
          client: new CompatClient({
            baseUrl: compatOptions.baseUrl,
            apiKey: compatOptions.apiKey ?? null,
            model: compatOptions.model,
            timeoutMs: compatOptions.timeoutMs ?? DEFAULT_COMPAT_TIMEOUT_MS,
            concurrency,
            retry,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          }),
          maxTokens: { ...DEFAULT_MAX_TOKENS, ...compatOptions.maxTokens },
          prices: compatOptions.prices ?? { inputPerMillion: 0, outputPerMillion: 0 },
        }
      : null;
  if (provider === 'openai-compatible' && !compat) {
    throw new AiError(
      'invalid_input',
      'The OpenAI-compatible engine needs a base URL and a model (OPENAI_COMPATIBLE_BASE_URL, OPENAI_COMPATIBLE_MODEL).',
    );
  }
  const claude =
    (provider === undefined || provider === 'anthropic') && present(options.anthropic?.apiKey)
      ? new ClaudeClient({
          apiKey: options.anthropic.apiKey,
          baseUrl: options.anthropic.baseUrl ?? null,
          model: claudeModel,
          timeoutMs: options.anthropic.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          concurrency,
          retry,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        })
      : null;
  const embedder =
    !options.offline && present(options.openai?.apiKey)
      ? new OpenAiEmbedder({
          apiKey: options.openai.apiKey,
          baseUrl: options.openai.baseUrl ?? null,
          model: embeddingModel,
          timeoutMs: options.openai.timeoutMs ?? 60_000,
          concurrency,
          retry,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        })
      : null;

  const status = (): EngineStatus => ({
    claude: { live: claude !== null, model: claudeModel },
    openai: { live: embedder !== null, model: embeddingModel },
    openaiCompatible: { live: compat !== null, model: compat?.client.model ?? null },
    offline: { live: true },
    textEngine: compat ? 'openai-compatible' : claude ? 'claude' : 'offline',
    textModel: compat ? compat.client.model : claude ? claudeModel : OFFLINE_MODEL,
    vectors: embedder ? 'semantic' : 'lexical',
  });

  const text: TextPhases = compat
    ? compatPhases(compat)
    : claude
    ? claudePhases(claude, maxTokens)
    : { research: researchPhaseOffline, resume: resumePhaseOffline, coverLetter: coverLetterPhaseOffline };

  // Every engine writes drafts from a posting without the lines addressed to AI tools, and every
  // draft goes through the same truth check before it is returned for saving.
  return {
    status,
    research: (input, runOptions = {}) =>
      verified(input, runOptions, (safe) => text.research(safe, runOptions), verifyResearch),
    tailorResume: (input, runOptions = {}) =>
      verified(input, runOptions, (safe) => text.resume(safe, runOptions), verifyResume),
    writeCoverLetter: (input, runOptions = {}) =>
      verified(input, runOptions, (safe) => text.coverLetter(safe, runOptions), verifyLetter),
    async embed(texts, embedOptions = {}): Promise<EmbeddingResult> {
      if (texts.length === 0) {
        return {
          vectors: [],
          kind: embedder ? 'semantic' : 'lexical',
          model: embedder ? embeddingModel : LEXICAL_MODEL,
          dimensions: VECTOR_DIMENSIONS,
          usage: { inputTokens: 0 },
          costUsd: 0,
          requests: 0,
        };
      }
      if (embedder) return embedder.embed(texts, embedOptions.signal);
      throwIfAborted(embedOptions.signal);
      return {
        vectors: texts.map(lexicalVector),
        kind: 'lexical',
        model: LEXICAL_MODEL,
        dimensions: VECTOR_DIMENSIONS,
        usage: { inputTokens: 0 },
        costUsd: 0,
        requests: 0,
      };
    },
    chunkResume,
  };
}
