/** OpenAI embeddings: batched within the API's limits, capped per process, retried like Claude calls. */
import OpenAI from 'openai';
import { providerSemaphore } from '../concurrency.js';
import { withRetries } from '../providers/retry.js';
import { sdkSettings, type ProviderClientOptions } from '../providers/provider-call.js';
import { AiError, throwIfAborted } from '../errors.js';
import { VECTOR_DIMENSIONS } from '../offline/lexical-vectors.js';
import { embeddingCostUsd } from '../usage.js';
import type { EmbeddingResult } from '../types.js';

/** The API accepts at most 2,048 inputs and about 300k tokens in one request. */
export const MAX_INPUTS_PER_REQUEST = 2048;
export const MAX_TOKENS_PER_REQUEST = 300_000;
/** One input may hold at most 8,192 tokens; longer text is cut. */
const MAX_TOKENS_PER_INPUT = 8_000;

/** Conservative for batching (3 characters per token), so a batch never exceeds the limit. */
export function conservativeTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

export function batchInputs(
  texts: string[],
  maxInputs = MAX_INPUTS_PER_REQUEST,
  maxTokens = MAX_TOKENS_PER_REQUEST,
): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let tokens = 0;
  for (const raw of texts) {
    const text = raw.length > MAX_TOKENS_PER_INPUT * 3 ? raw.slice(0, MAX_TOKENS_PER_INPUT * 3) : raw;
    const cost = conservativeTokens(text);
    if (current.length > 0 && (current.length >= maxInputs || tokens + cost > maxTokens)) {
      batches.push(current);
      current = [];
      tokens = 0;
    }
    current.push(text.trim() ? text : ' ');
    tokens += cost;
  }
  if (current.length) batches.push(current);
  return batches;
}

export interface OpenAiEmbedderOptions extends ProviderClientOptions {
  apiKey: string;
  baseUrl?: string | null;
}

export class OpenAiEmbedder {
  private readonly sdk: OpenAI;

  constructor(private readonly options: OpenAiEmbedderOptions) {
    this.sdk = new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
      ...sdkSettings(options),
    });
  }

  get model(): string {
    return this.options.model;
  }

  async embed(texts: string[], signal?: AbortSignal): Promise<EmbeddingResult> {
    const semaphore = providerSemaphore('openai', this.options.concurrency);
    const vectors: number[][] = [];
    let inputTokens = 0;
    const batches = batchInputs(texts);
    for (const batch of batches) {
      throwIfAborted(signal);
      const response = await withRetries(
        () =>
          semaphore.run(
            () =>
              this.sdk.embeddings.create(
                // text-embedding-3 models can shorten their vectors to the 1,536 dimensions the database stores.
                {
                  model: this.options.model,
                  input: batch,
                  ...(this.options.model.startsWith('text-embedding-3') ? { dimensions: VECTOR_DIMENSIONS } : {}),
                },
                { ...(signal ? { signal } : {}), timeout: this.options.timeoutMs },
              ),
            signal,
          ),
        { policy: this.options.retry, provider: 'openai', ...(signal ? { signal } : {}) },
      );
      const ordered = [...response.data].sort((a, b) => a.index - b.index);
      for (const item of ordered) {
        if (item.embedding.length !== VECTOR_DIMENSIONS) {
          throw new AiError(
            'provider',
            `The embedding model ${this.options.model} returns ${item.embedding.length} dimensions; Job Forge stores ${VECTOR_DIMENSIONS}. Choose a model that supports ${VECTOR_DIMENSIONS}.`,
            { provider: 'openai' },
          );
        }
        vectors.push(item.embedding as number[]);
      }
      inputTokens += response.usage?.prompt_tokens ?? 0;
    }
    return {
      vectors,
      kind: 'semantic',
      model: this.options.model,
      dimensions: vectors[0]?.length ?? 0,
      usage: { inputTokens },
      costUsd: embeddingCostUsd(this.options.model, inputTokens),
      requests: batches.length,
    };
  }
}
