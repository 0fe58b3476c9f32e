import type {
  CoverLetterInput,
  CoverLetterResult,
  EmbeddingResult,
  EngineStatus,
  ResearchInput,
  ResearchResult,
  ResumeChunk,
  RunOptions,
  TailorResumeInput,
  ResumeResult,
} from './types.js';

export interface AiEngineOptions {
  anthropic?: {
    apiKey?: string | null;
    baseUrl?: string | null;
    /** Defaults to DEFAULT_CLAUDE_MODEL from @jobforge/config. */
    model?: string | null;
    /** Per request; a stream that goes silent this long also times out. Default 120 000. */
    timeoutMs?: number;
    maxTokens?: { research?: number; resume?: number; coverLetter?: number };
  };
  openai?: {
    apiKey?: string | null;
    baseUrl?: string | null;
    /** Defaults to text-embedding-3-small. */
    embeddingModel?: string | null;
    timeoutMs?: number;
  };
  /**
   * Which engine writes text. Unset: Claude when its key is set, else offline (as before the
   * OpenAI-compatible engine existed).
   */
  textProvider?: 'anthropic' | 'openai-compatible' | 'offline' | undefined;
  /** Any OpenAI-compatible chat completions server (Ollama, LM Studio, vLLM, a hosted one). */
  openaiCompatible?: {
    baseUrl: string;
    apiKey?: string | null | undefined;
    model: string;
    /** USD per million tokens; 0 (free) unless given. */
    prices?: { inputPerMillion: number; outputPerMillion: number };
    /** Per request; a stream that goes silent this long also times out. Default 300 000 (local models are slow). */
    timeoutMs?: number;
    maxTokens?: { research?: number; resume?: number; coverLetter?: number };
  } | null;
  limits?: {
    /** Process-wide cap on simultaneous requests to each provider. Default 8. */
    providerConcurrency?: number;
  };
  retry?: {
    /** Retries after 429 / 529 / 5xx / timeouts / broken streams. Default 3. */
    maxRetries?: number;
    /** First backoff step for 529/5xx; doubles each time, full jitter. Default 500. */
    baseDelayMs?: number;
    maxDelayMs?: number;
    /** A retry-after longer than this is not waited for: the call fails as rate_limited. Default 60 000. */
    maxRetryAfterMs?: number;
  };
  /** Use the offline engine even when keys are set. */
  offline?: boolean;
  /** Replaces global fetch for both SDKs (tests use it to forbid non-local hosts). */
  fetch?: typeof fetch;
}

export interface EmbedOptions {
  signal?: AbortSignal;
}

export interface AiEngine {
  status(): EngineStatus;
  research(input: ResearchInput, options?: RunOptions): Promise<ResearchResult>;
  tailorResume(input: TailorResumeInput, options?: RunOptions): Promise<ResumeResult>;
  writeCoverLetter(input: CoverLetterInput, options?: RunOptions): Promise<CoverLetterResult>;
  /** Semantic vectors when an OpenAI key is set, else lexical ones (result.kind says which). */
  embed(texts: string[], options?: EmbedOptions): Promise<EmbeddingResult>;
  /** Splits a resume into section and bullet chunks for embedding. */
  chunkResume(content: string): ResumeChunk[];
}
