/**
 * What the Claude, OpenAI-compatible and embeddings clients share around their SDKs: the call
 * context, the SDK settings, and one streamed attempt under a silence watchdog.
 */
import { throwIfAborted } from '../errors.js';
import type { ProgressEvent, TokenUsage } from '../types.js';
import { idleWatchdog } from './idle-watchdog.js';
import { callWithRetries, StreamIdleTimeout, type Provider, type RetryPolicy } from './retry.js';

export interface CallContext {
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Usage of every attempt (failed ones are billed too) is added here. */
  usage: TokenUsage;
}

export interface ProviderClientOptions {
  model: string;
  timeoutMs: number;
  concurrency: number;
  retry: RetryPolicy;
  fetch?: typeof fetch;
}

/** Retries are ours: the SDKs would not honour spend limits or report progress. */
export function sdkSettings(options: { timeoutMs: number; fetch?: typeof fetch }) {
  return {
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    logLevel: 'off' as const,
  };
}

/**
 * One streamed attempt: a retry first tells the person the text starts again; `read` gets the signal
 * to pass to the SDK and `arm` to call on every event. A stream the watchdog ended becomes a
 * StreamIdleTimeout (retried); `settle` runs however the attempt ends (to count its usage).
 */
async function watchedStream<T>(
  timeoutMs: number,
  context: CallContext,
  attemptNumber: number,
  read: (signal: AbortSignal, arm: () => void) => Promise<T>,
  settle: () => void,
): Promise<T> {
  if (attemptNumber > 0)
    context.onProgress?.({ type: 'reset', reason: 'The stream was interrupted; starting the text again.' });
  const watchdog = idleWatchdog(timeoutMs, context.signal);
  try {
    watchdog.arm();
    const result = await read(watchdog.signal, () => watchdog.arm());
    // The SDKs end the iteration quietly when their signal fires: say why it ended.
    throwIfAborted(context.signal);
    if (watchdog.fired) throw new StreamIdleTimeout('stream went silent');
    return result;
  } catch (error) {
    if (watchdog.fired && !context.signal?.aborted) throw new StreamIdleTimeout('stream went silent');
    throw error;
  } finally {
    watchdog.stop();
    settle();
  }
}

/** A provider's client: one model, its process-wide slot cap, our retries, and its timeouts. */
export abstract class ProviderClient<O extends ProviderClientOptions> {
  readonly model: string;

  constructor(private readonly provider: Provider, protected readonly options: O) {
    this.model = options.model;
  }

  protected retrying<T>(context: CallContext, attempt: (n: number) => Promise<T>): Promise<T> {
    return callWithRetries(this.provider, this.options, context, attempt);
  }

  /** The options of one non-streamed request: the caller's signal and the timeout. */
  protected requestSettings(signal: AbortSignal | undefined) {
    return { ...(signal ? { signal } : {}), timeout: this.options.timeoutMs };
  }

  protected streamAttempt<T>(
    context: CallContext,
    attemptNumber: number,
    read: (signal: AbortSignal, arm: () => void) => Promise<T>,
    settle: () => void,
  ): Promise<T> {
    return watchedStream(this.options.timeoutMs, context, attemptNumber, read, settle);
  }
}
