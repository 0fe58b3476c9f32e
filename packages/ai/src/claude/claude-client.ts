/**
 * The one place that talks to the Anthropic Messages API: concurrency cap, retries, timeouts,
 * cancellation, streaming with a silence watchdog, and token accounting across attempts.
 */
import Anthropic from '@anthropic-ai/sdk';
import { throwIfAborted } from '../errors.js';
import { callWithRetries, StreamIdleTimeout, type RetryPolicy } from '../providers/retry.js';
import { idleWatchdog } from '../providers/idle-watchdog.js';
import type { ProgressEvent, TokenUsage } from '../types.js';
import { addUsage, emptyUsage } from '../types.js';

export interface ClaudeClientOptions {
  apiKey: string;
  baseUrl?: string | null;
  model: string;
  timeoutMs: number;
  concurrency: number;
  retry: RetryPolicy;
  fetch?: typeof fetch;
}

export type MessageParams = Omit<Anthropic.MessageCreateParamsNonStreaming, 'model' | 'stream'>;

export interface CallContext {
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Usage of every attempt (failed ones are billed too) is added here. */
  usage: TokenUsage;
}

export interface StreamedText {
  text: string;
  stopReason: string | null;
}

function usageOf(raw: Partial<Anthropic.Usage> | null | undefined): TokenUsage {
  return {
    inputTokens: raw?.input_tokens ?? 0,
    outputTokens: raw?.output_tokens ?? 0,
    cacheCreationTokens: raw?.cache_creation_input_tokens ?? 0,
    cacheReadTokens: raw?.cache_read_input_tokens ?? 0,
  };
}

export class ClaudeClient {
  readonly sdk: Anthropic;
  readonly model: string;

  constructor(private readonly options: ClaudeClientOptions) {
    this.model = options.model;
    this.sdk = new Anthropic({
      apiKey: options.apiKey,
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
      // Retries are ours: the SDK would not honour spend limits or report progress.
      maxRetries: 0,
      timeout: options.timeoutMs,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      logLevel: 'off',
    });
  }

  private retrying<T>(context: CallContext, attempt: (n: number) => Promise<T>): Promise<T> {
    return callWithRetries('anthropic', this.options, context, attempt);
  }

  /** A non-streamed call (used with forced tool use). */
  async create(params: MessageParams, context: CallContext): Promise<Anthropic.Message> {
    return this.retrying(context, async () => {
      const message = await this.sdk.messages.create(
        { ...params, model: this.model, stream: false },
        { ...(context.signal ? { signal: context.signal } : {}), timeout: this.options.timeoutMs },
      );
      context.usage = addUsage(context.usage, usageOf(message.usage));
      return message;
    });
  }

  /** Streams text deltas to onProgress; a broken stream is retried from the start after a reset event. */
  async streamText(params: MessageParams, context: CallContext): Promise<StreamedText> {
    return this.retrying(context, async (attemptNumber) => {
      if (attemptNumber > 0)
        context.onProgress?.({ type: 'reset', reason: 'The stream was interrupted; starting the text again.' });
      const watchdog = idleWatchdog(this.options.timeoutMs, context.signal);
      let attemptUsage = emptyUsage();
      let text = '';
      let stopReason: string | null = null;
      try {
        watchdog.arm();
        const stream = await this.sdk.messages.create(
          { ...params, model: this.model, stream: true },
          { signal: watchdog.signal, timeout: this.options.timeoutMs },
        );
        for await (const event of stream) {
          watchdog.arm();
          if (event.type === 'message_start') {
            attemptUsage = usageOf(event.message.usage);
          } else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
            text += event.delta.text;
            context.onProgress?.({ type: 'text', delta: event.delta.text });
          } else if (event.type === 'message_delta') {
            stopReason = event.delta.stop_reason ?? stopReason;
            // message_delta carries cumulative output tokens.
            attemptUsage = { ...attemptUsage, outputTokens: event.usage.output_tokens ?? attemptUsage.outputTokens };
          }
        }
        // The SDK ends the iteration quietly when its signal fires: say why it ended.
        throwIfAborted(context.signal);
        if (watchdog.fired) throw new StreamIdleTimeout('stream went silent');
        if (stopReason === null) throw new Error('The stream ended before message_stop.');
        return { text, stopReason };
      } catch (error) {
        if (watchdog.fired && !context.signal?.aborted) throw new StreamIdleTimeout('stream went silent');
        throw error;
      } finally {
        watchdog.stop();
        context.usage = addUsage(context.usage, attemptUsage);
      }
    });
  }
}
