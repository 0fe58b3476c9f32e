/**
 * The one place that talks to an OpenAI-compatible chat completions endpoint (Ollama, LM Studio,
 * vLLM, a hosted one) through the `openai` SDK: the same concurrency cap, retries, silence watchdog,
 * cancellation and token accounting as the Claude client. Servers differ in what they report, so
 * usage falls back to an estimate when a server sends none, and errors name the server's model.
 */
import OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
} from 'openai/resources/chat/completions';
import { AiError } from '../errors.js';
import {
  ProviderClient,
  sdkSettings,
  type CallContext,
  type ProviderClientOptions,
} from '../providers/provider-call.js';
import type { TokenUsage } from '../types.js';
import { addUsage, emptyUsage } from '../types.js';

export interface CompatClientOptions extends ProviderClientOptions {
  baseUrl: string;
  apiKey?: string | null;
}

export type ChatParams = Omit<ChatCompletionCreateParamsNonStreaming, 'model' | 'stream' | 'stream_options'>;

export type CompatCallContext = CallContext;

export interface StreamedChat {
  text: string;
  finishReason: string | null;
}

/** About 4 characters per token: what a run counts when the server reports no usage. */
export function estimateTokens(text: string): number {
  return text ? Math.ceil(text.length / 4) : 0;
}

function promptText(params: ChatParams): string {
  return params.messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
}

/** OpenAI reports cached prompt tokens inside prompt_tokens; here they are counted apart, as Claude's are. */
function usageOf(raw: OpenAI.CompletionUsage | null | undefined, prompt: string, output: string): TokenUsage {
  if (!raw) return { ...emptyUsage(), inputTokens: estimateTokens(prompt), outputTokens: estimateTokens(output) };
  const cached = raw.prompt_tokens_details?.cached_tokens ?? 0;
  return {
    inputTokens: Math.max(0, (raw.prompt_tokens ?? 0) - cached),
    outputTokens: raw.completion_tokens ?? 0,
    cacheCreationTokens: 0,
    cacheReadTokens: cached,
  };
}

/** Servers (by base URL and model) that refused `stream_options`; their usage is estimated. */
const withoutStreamOptions = new Set<string>();

export class CompatClient extends ProviderClient<CompatClientOptions> {
  readonly sdk: OpenAI;
  readonly baseUrl: string;

  constructor(options: CompatClientOptions) {
    super('openai-compatible', options);
    this.baseUrl = options.baseUrl;
    this.sdk = new OpenAI({
      // Local servers need no key, but the SDK insists on one; it is sent and ignored.
      apiKey: options.apiKey || 'not-needed',
      baseURL: options.baseUrl,
      ...sdkSettings(options),
    });
  }

  protected override retrying<T>(context: CallContext, attempt: (n: number) => Promise<T>): Promise<T> {
    return super.retrying(context, attempt).catch((error: unknown) => {
      throw this.named(error);
    });
  }

  /** A server that does not know the model says 404: name the model and what to check. */
  private named(error: unknown): unknown {
    if (!(error instanceof AiError) || error.status !== 404) return error;
    return new AiError(
      'provider',
      `The model server at ${new URL(this.baseUrl).host} does not know the model "${
        this.model
      }". Check OPENAI_COMPATIBLE_MODEL (with Ollama, run: ollama pull ${this.model}).`,
      { provider: 'openai-compatible', status: 404, cause: error },
    );
  }

  /** One non-streamed completion (structured output). */
  async create(params: ChatParams, context: CallContext): Promise<ChatCompletion> {
    return this.retrying(context, async () => {
      const completion = await this.sdk.chat.completions.create(
        { ...params, model: this.model, stream: false },
        this.requestSettings(context.signal),
      );
      const output = completion.choices?.[0]?.message?.content ?? '';
      context.usage = addUsage(context.usage, usageOf(completion.usage, promptText(params), output));
      return completion;
    });
  }

  /**
   * Streams text deltas to onProgress; a broken stream is retried from the start after a reset event.
   * A server that refuses `stream_options` (strict older ones answer 400) is asked again without it,
   * and not asked again for this server and model.
   */
  async streamText(params: ChatParams, context: CallContext): Promise<StreamedChat> {
    const key = `${this.baseUrl} ${this.model}`;
    const askUsage = !withoutStreamOptions.has(key);
    try {
      return await this.streamOnce(params, context, askUsage);
    } catch (error) {
      if (!askUsage || !(error instanceof AiError) || (error.status !== 400 && error.status !== 422)) throw error;
      withoutStreamOptions.add(key);
      return this.streamOnce(params, context, false);
    }
  }

  private streamOnce(params: ChatParams, context: CallContext, askUsage: boolean): Promise<StreamedChat> {
    return this.retrying(context, async (attemptNumber) => {
      let text = '';
      let reported: OpenAI.CompletionUsage | null = null;
      const finishReason = await this.streamAttempt(
        context,
        attemptNumber,
        async (signal, arm) => {
          let finish: string | null = null;
          const request: ChatCompletionCreateParamsStreaming = {
            ...params,
            model: this.model,
            stream: true,
            // Usage arrives in a last chunk with no choices; servers that ignore this send none.
            ...(askUsage ? { stream_options: { include_usage: true } } : {}),
          };
          const stream = await this.sdk.chat.completions.create(request, { signal, timeout: this.options.timeoutMs });
          for await (const chunk of stream) {
            arm();
            if (chunk.usage) reported = chunk.usage;
            const choice = chunk.choices?.[0];
            const delta = choice?.delta?.content;
            if (delta) {
              text += delta;
              context.onProgress?.({ type: 'text', delta });
            }
            if (choice?.finish_reason) finish = choice.finish_reason;
          }
          return finish;
        },
        () => {
          context.usage = addUsage(context.usage, usageOf(reported, promptText(params), text));
        },
      );
      if (finishReason === null) throw new Error('The stream ended without a finish reason.');
      return { text, finishReason };
    });
  }
}
