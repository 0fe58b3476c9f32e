/**
 * Every failure the AI package reports is an AiError with a `kind` the caller can branch on and a
 * `userMessage` that can be shown to a person as is (no stack, no provider internals).
 */
import type { TokenUsage } from './types.js';

export type AiErrorKind =
  | 'rate_limited'
  | 'spend_limit'
  | 'overloaded'
  | 'timeout'
  | 'bad_output'
  | 'cancelled'
  | 'invalid_input'
  | 'provider';

export interface AiErrorOptions {
  /** Seconds until a retry may succeed (rate limits). */
  retryAfterSeconds?: number;
  /** HTTP status from the provider, when there was one. */
  status?: number;
  /** Which provider failed. */
  provider?: 'anthropic' | 'openai' | 'openai-compatible' | 'offline';
  /** Structured detail, e.g. the validation report of a rejected output. */
  details?: unknown;
  /** Tokens the failed phase consumed before it failed (they are billed all the same). */
  usage?: TokenUsage;
  /** What those tokens cost at the engine's prices (set with usage by the engine that spent them). */
  costUsd?: number;
  cause?: unknown;
}

const defaultMessages: Record<AiErrorKind, string> = {
  rate_limited: 'The AI provider is rate limiting requests. Try again shortly.',
  spend_limit:
    'The AI provider account has reached its spending limit. Ask the administrator to raise it; retrying will not help.',
  overloaded: 'The AI provider is overloaded right now. Try again in a few minutes.',
  timeout: 'The AI provider did not answer in time. Try again.',
  bad_output: 'The AI output failed validation and was not saved.',
  cancelled: 'The run was cancelled.',
  invalid_input: 'The input is not valid.',
  provider: 'The AI provider returned an error.',
};

export class AiError extends Error {
  override name = 'AiError';
  readonly kind: AiErrorKind;
  readonly userMessage: string;
  readonly retryAfterSeconds: number | undefined;
  readonly status: number | undefined;
  readonly provider: AiErrorOptions['provider'];
  readonly details: unknown;
  usage: TokenUsage | undefined;
  costUsd: number | undefined;

  constructor(kind: AiErrorKind, userMessage?: string, options: AiErrorOptions = {}) {
    super(userMessage ?? defaultMessages[kind], options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.userMessage = userMessage ?? defaultMessages[kind];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.status = options.status;
    this.provider = options.provider;
    this.details = options.details;
    this.usage = options.usage;
    this.costUsd = options.costUsd;
  }

  /** Whether running the same phase again later may succeed. */
  get retryable(): boolean {
    return (
      this.kind === 'rate_limited' || this.kind === 'overloaded' || this.kind === 'timeout' || this.kind === 'provider'
    );
  }

  toJSON() {
    return {
      kind: this.kind,
      message: this.userMessage,
      retryAfterSeconds: this.retryAfterSeconds,
      status: this.status,
    };
  }
}

export function isAiError(error: unknown): error is AiError {
  return error instanceof AiError;
}

export function cancelledError(): AiError {
  return new AiError('cancelled');
}

/** Throws a `cancelled` AiError when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
