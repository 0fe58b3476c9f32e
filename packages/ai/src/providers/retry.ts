/**
 * Turns provider SDK errors into AiErrors and retries what is worth retrying: 429 after its
 * retry-after, 529/5xx and dropped connections with full-jitter backoff, timeouts and broken
 * streams a bounded number of times. A spend-limit 429 and client errors fail at once.
 */
import { AiError, cancelledError, type AiErrorKind, type AiErrorOptions } from '../errors.js';
import { providerSemaphore } from '../concurrency.js';

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

export type Provider = 'anthropic' | 'openai' | 'openai-compatible';

/** Thrown by our stream watchdog when a stream goes silent. */
export class StreamIdleTimeout extends Error {
  override name = 'StreamIdleTimeout';
}

interface Classified {
  error: AiError;
  retry: boolean;
  /** Wait this long before retrying (retry-after); otherwise backoff. */
  waitMs?: number;
}

const LABELS: Record<Provider, string> = {
  anthropic: 'Claude',
  openai: 'OpenAI',
  'openai-compatible': 'The model server',
};
const providerLabel = (provider: Provider) => LABELS[provider];
/** The label inside a sentence: "Could not reach the model server". */
const midSentence = (label: string) => label.replace(/^The /, 'the ');

interface SdkErrorLike {
  name?: string;
  status?: number;
  headers?: Headers | Record<string, string> | undefined;
  error?: unknown;
  message?: string;
  code?: string | null;
  errorCode?: string | null;
  type?: string | null;
}

function header(headers: SdkErrorLike['headers'], name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  return (headers as Record<string, string>)[name] ?? null;
}

export function retryAfterMs(headers: SdkErrorLike['headers']): number | null {
  const ms = Number(header(headers, 'retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = header(headers, 'retry-after');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : null;
}

function bodyOf(error: SdkErrorLike): { type?: string; message?: string; code?: string; errorCode?: string } {
  const body = (error.error ?? {}) as Record<string, any>;
  const inner = (body.error ?? body) as Record<string, any>;
  return {
    type: error.type ?? inner?.type,
    message: inner?.message ?? error.message,
    code: error.code ?? inner?.code,
    errorCode: error.errorCode ?? inner?.details?.error_code,
  };
}

function isSpendLimit(error: SdkErrorLike): boolean {
  const body = bodyOf(error);
  const text = `${body.errorCode ?? ''} ${body.code ?? ''} ${body.type ?? ''} ${body.message ?? ''}`;
  return /spend_limit|insufficient_quota|billing_error|spend limit|usage limits?|credit balance|exceeded your current quota/i.test(
    text,
  );
}

export function classify(raw: unknown, provider: Provider, signal?: AbortSignal): Classified {
  const label = providerLabel(provider);
  if (raw instanceof AiError) return { error: raw, retry: raw.kind === 'timeout' || raw.kind === 'overloaded' };
  if (signal?.aborted) return { error: cancelledError(), retry: false };
  const error = (raw ?? {}) as SdkErrorLike;
  const status = error.status;
  const fail = (kind: AiErrorKind, message: string, retry: boolean, more: AiErrorOptions = {}): Classified => ({
    error: new AiError(kind, message, { provider, status, ...more, cause: raw }),
    retry,
  });
  const name = error.name ?? '';
  if (name === 'APIUserAbortError' || name === 'AbortError') return { error: cancelledError(), retry: false };
  if (raw instanceof StreamIdleTimeout || name === 'APIConnectionTimeoutError') {
    return fail('timeout', `${label} did not answer in time. Try again.`, true);
  }
  if (name === 'APIConnectionError') {
    return fail('provider', `Could not reach ${midSentence(label)}. Check the network and try again.`, true);
  }
  const body = bodyOf(error);
  if (status === 402 || (status === 429 && isSpendLimit(error)) || body.type === 'billing_error') {
    const account = midSentence(label).replace(/^the /, '');
    return fail(
      'spend_limit',
      `The ${account} account has reached its spending limit. Ask the administrator to raise it; retrying will not help.`,
      false,
    );
  }
  if (status === 429 || body.type === 'rate_limit_error') {
    const waitMs = retryAfterMs(error.headers) ?? undefined;
    const retryAfterSeconds = waitMs === undefined ? 30 : Math.ceil(waitMs / 1000);
    return {
      ...fail('rate_limited', `${label} is rate limiting requests. Try again in ${retryAfterSeconds} seconds.`, true, {
        retryAfterSeconds,
      }),
      ...(waitMs === undefined ? {} : { waitMs }),
    };
  }
  if (status === 529 || body.type === 'overloaded_error') {
    return fail('overloaded', `${label} is overloaded right now. Try again in a few minutes.`, true);
  }
  if (status === 408 || body.type === 'timeout_error') {
    return fail('timeout', `${label} did not answer in time. Try again.`, true);
  }
  if (status === undefined || status >= 500) {
    return fail('provider', `${label} had an internal error. Try again shortly.`, true);
  }
  if (status === 401 || status === 403) {
    return fail('provider', `${label} rejected the API key. Ask the administrator to check it.`, false);
  }
  if (status === 404) {
    return fail(
      'provider',
      `${label} does not know the configured model. Ask the administrator to check the model setting.`,
      false,
    );
  }
  return fail('provider', `${label} rejected the request (${status}).`, false);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelledError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}

export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: {
    policy: RetryPolicy;
    provider: Provider;
    signal?: AbortSignal;
    onRetry?: (label: string, error: AiError) => void;
  },
): Promise<T> {
  for (let attemptNumber = 0; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (raw) {
      const { error, retry, waitMs } = classify(raw, options.provider, options.signal);
      if (!retry || attemptNumber >= options.policy.maxRetries) throw error;
      if (waitMs !== undefined && waitMs > options.policy.maxRetryAfterMs) throw error;
      const delay = waitMs ?? backoffMs(attemptNumber, options.policy);
      options.onRetry?.(
        `${withoutTryAgain(error.userMessage)} Retrying in ${Math.max(1, Math.round(delay / 1000))} s (attempt ${
          attemptNumber + 2
        } of ${options.policy.maxRetries + 1}).`,
        error,
      );
      await sleep(delay, options.signal);
    }
  }
}

/** "Claude is overloaded. Try again in a minute." -> "Claude is overloaded." */
function withoutTryAgain(message: string): string {
  const at = message.indexOf(' Try again');
  return at === -1 ? message : message.slice(0, at);
}

/**
 * One model call with a slot of the provider's process-wide cap per attempt and our retries around
 * it; each retry is announced as a progress step.
 */
export function callWithRetries<T>(
  provider: Provider,
  settings: { concurrency: number; retry: RetryPolicy },
  context: { signal?: AbortSignal; onProgress?: (event: { type: 'step'; label: string }) => void },
  attempt: (attemptNumber: number) => Promise<T>,
): Promise<T> {
  const semaphore = providerSemaphore(provider, settings.concurrency);
  return withRetries((n) => semaphore.run(() => attempt(n), context.signal), {
    policy: settings.retry,
    provider,
    ...(context.signal ? { signal: context.signal } : {}),
    onRetry: (label) => context.onProgress?.({ type: 'step', label }),
  });
}
