/** createAiEngine: picks Claude or the offline engine per phase, OpenAI or lexical vectors for embeddings. */
import { DEFAULT_CLAUDE_MODEL, DEFAULT_EMBEDDING_MODEL } from '@jobforge/config';
import type { AiEngine, AiEngineOptions } from './engine-types.js';
import type { EngineStatus, EmbeddingResult } from './types.js';
import { ClaudeClient } from './claude/claude-client.js';
import {
  coverLetterWithClaude,
  researchWithClaude,
  resumeWithClaude,
  type ClaudeMaxTokens,
} from './claude/claude-phases.js';
import { coverLetterPhaseOffline, researchPhaseOffline, resumePhaseOffline } from './offline/phases.js';
import { OpenAiEmbedder } from './openai/embeddings.js';
import { LEXICAL_MODEL, lexicalVector, VECTOR_DIMENSIONS } from './offline/lexical-vectors.js';
import { chunkResume } from './chunking.js';
import { DEFAULT_RETRY, type RetryPolicy } from './providers/retry.js';
import { throwIfAborted } from './errors.js';
import { verified } from './truth/verified.js';
import { verifyLetter, verifyResearch, verifyResume } from './truth/verify.js';

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_MAX_TOKENS: ClaudeMaxTokens = { research: 4_096, resume: 4_096, coverLetter: 2_048 };

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

  const claude =
    !options.offline && present(options.anthropic?.apiKey)
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
    offline: { live: true },
    textEngine: claude ? 'claude' : 'offline',
    vectors: embedder ? 'semantic' : 'lexical',
  });

  // Every engine writes drafts from a posting without the lines addressed to AI tools, and every
  // draft goes through the same truth check before it is returned for saving.
  return {
    status,
    research: (input, runOptions = {}) =>
      verified(
        input,
        runOptions,
        (safe) =>
          claude
            ? researchWithClaude(claude, safe, maxTokens.research, runOptions)
            : researchPhaseOffline(safe, runOptions),
        verifyResearch,
      ),
    tailorResume: (input, runOptions = {}) =>
      verified(
        input,
        runOptions,
        (safe) =>
          claude ? resumeWithClaude(claude, safe, maxTokens.resume, runOptions) : resumePhaseOffline(safe, runOptions),
        verifyResume,
      ),
    writeCoverLetter: (input, runOptions = {}) =>
      verified(
        input,
        runOptions,
        (safe) =>
          claude
            ? coverLetterWithClaude(claude, safe, maxTokens.coverLetter, runOptions)
            : coverLetterPhaseOffline(safe, runOptions),
        verifyLetter,
      ),
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
