/**
 * The one place that talks to the Anthropic Messages API: concurrency cap, retries, timeouts,
 * cancellation, streaming with a silence watchdog, and token accounting across attempts.
 */
import Anthropic from '@anthropic-ai/sdk';
import {
  ProviderClient,
  sdkSettings,
  type CallContext,
  type ProviderClientOptions,
} from '../providers/provider-call.js';
import type { TokenUsage } from '../types.js';
import { addUsage, emptyUsage } from '../types.js';

export type { CallContext } from '../providers/provider-call.js';

export interface ClaudeClientOptions extends ProviderClientOptions {
  apiKey: string;
  baseUrl?: string | null;
}

export type MessageParams = Omit<Anthropic.MessageCreateParamsNonStreaming, 'model' | 'stream'>;

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

export class ClaudeClient extends ProviderClient<ClaudeClientOptions> {
  readonly sdk: Anthropic;

  constructor(options: ClaudeClientOptions) {
    super('anthropic', options);
    this.sdk = new Anthropic({
      apiKey: options.apiKey,
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
      ...sdkSettings(options),
    });
  }

  /** A non-streamed call (used with forced tool use). */
  async create(params: MessageParams, context: CallContext): Promise<Anthropic.Message> {
    return this.retrying(context, async () => {
      const message = await this.sdk.messages.create(
        { ...params, model: this.model, stream: false },
        this.requestSettings(context.signal),
      );
      context.usage = addUsage(context.usage, usageOf(message.usage));
      return message;
    });
  }

  /** Streams text deltas to onProgress; a broken stream is retried from the start after a reset event. */
  async streamText(params: MessageParams, context: CallContext): Promise<StreamedText> {
    return this.retrying(context, async (attemptNumber) => {
      let attemptUsage = emptyUsage();
      const streamed = await this.streamAttempt(
        context,
        attemptNumber,
        async (signal, arm) => {
          let text = '';
          let stopReason: string | null = null;
          const stream = await this.sdk.messages.create(
            { ...params, model: this.model, stream: true },
            { signal, timeout: this.options.timeoutMs },
          );
          for await (const event of stream) {
            arm();
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
          return { text, stopReason };
        },
        () => {
          context.usage = addUsage(context.usage, attemptUsage);
        },
      );
      if (streamed.stopReason === null) throw new Error('The stream ended before message_stop.');
      return streamed;
    });
  }
}
