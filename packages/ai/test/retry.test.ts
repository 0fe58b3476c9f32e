import { describe, expect, it } from 'vitest';
import { backoffMs, classify, DEFAULT_RETRY, retryAfterMs, withRetries } from '../src/providers/retry.js';
import { Semaphore } from '../src/concurrency.js';
import { AiError } from '../src/errors.js';
import { claudeCostUsd } from '../src/usage.js';

const apiError = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Object.assign(new Error('api'), { name: 'APIError', status, error: body, headers: new Headers(headers) });

describe('retry policy', () => {
  it('reads retry-after in seconds, as a date, and retry-after-ms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    expect(retryAfterMs(new Headers({ 'retry-after': inTwoSeconds }))).toBeGreaterThan(500);
    expect(retryAfterMs(new Headers())).toBeNull();
  });

  it('classifies spend limits, rate limits, overload, server errors and auth failures', () => {
    expect(
      classify(
        apiError(429, { error: { type: 'rate_limit_error', details: { error_code: 'enforced_spend_limit_reached' } } }),
        'anthropic',
      ),
    ).toMatchObject({ retry: false, error: { kind: 'spend_limit' } });
    expect(
      classify(
        apiError(429, { error: { code: 'insufficient_quota', message: 'You exceeded your current quota' } }),
        'openai',
      ).error.kind,
    ).toBe('spend_limit');
    expect(
      classify(apiError(429, { error: { type: 'rate_limit_error' } }, { 'retry-after': '7' }), 'anthropic'),
    ).toMatchObject({ retry: true, waitMs: 7000, error: { kind: 'rate_limited', retryAfterSeconds: 7 } });
    expect(classify(apiError(529, { error: { type: 'overloaded_error' } }), 'anthropic')).toMatchObject({
      retry: true,
      error: { kind: 'overloaded' },
    });
    expect(classify(apiError(503, {}), 'anthropic')).toMatchObject({ retry: true, error: { kind: 'provider' } });
    expect(classify(apiError(401, {}), 'anthropic')).toMatchObject({ retry: false });
    expect(classify(Object.assign(new Error('x'), { name: 'APIUserAbortError' }), 'anthropic').error.kind).toBe(
      'cancelled',
    );
  });

  it('backs off with full jitter, bounded by maxDelayMs', () => {
    expect(backoffMs(0, DEFAULT_RETRY, () => 1)).toBe(500);
    expect(backoffMs(3, DEFAULT_RETRY, () => 1)).toBe(4000);
    expect(backoffMs(10, DEFAULT_RETRY, () => 1)).toBe(8000);
    expect(backoffMs(10, DEFAULT_RETRY, () => 0)).toBe(0);
  });

  it('a cancel during the backoff wait stops at once', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const attempt = withRetries(
      async () => {
        setTimeout(() => controller.abort(), 20);
        throw apiError(529, { error: { type: 'overloaded_error' } });
      },
      { policy: { ...DEFAULT_RETRY, baseDelayMs: 5_000 }, provider: 'anthropic', signal: controller.signal },
    );
    const error = await attempt.catch((e) => e);
    expect(error).toBeInstanceOf(AiError);
    expect(error.kind).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('semaphore', () => {
  it('never lets a caller arriving in the same tick take a slot just handed to a waiter', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    const waiter = semaphore.acquire();
    release();
    const newcomer = semaphore.acquire(); // same tick as the release: must queue behind the waiter
    const next = await Promise.race([waiter.then(() => 'waiter'), newcomer.then(() => 'newcomer')]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(next).toBe('waiter');
    expect(semaphore.inUse).toBe(1);
    (await waiter)();
    (await newcomer)();
    await new Promise((resolve) => setTimeout(resolve, 0)); // a released slot is counted free on the next turn
    expect(semaphore.inUse).toBe(0);
  });

  it('lets at most limit holders in, queues the rest, and drops a cancelled waiter', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    const controller = new AbortController();
    const cancelled = semaphore.acquire(controller.signal);
    const waiting = semaphore.acquire();
    expect(semaphore.queued).toBe(2);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ kind: 'cancelled' });
    release();
    const second = await waiting;
    expect(semaphore.inUse).toBe(1);
    second();
    await new Promise((resolve) => setTimeout(resolve, 0)); // a released slot is counted free on the next turn
    expect(semaphore.inUse).toBe(0);
  });
});

describe('cost estimate', () => {
  it('prices cache writes at 1.25x and cache reads at 0.1x of input', () => {
    const usage = { inputTokens: 1_000_000, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0 };
    expect(claudeCostUsd('claude-sonnet-5-5', usage)).toBe(3);
    expect(claudeCostUsd('claude-sonnet-5-5', { ...usage, inputTokens: 0, cacheCreationTokens: 1_000_000 })).toBe(3.75);
    expect(claudeCostUsd('claude-sonnet-5-5', { ...usage, inputTokens: 0, cacheReadTokens: 1_000_000 })).toBe(0.3);
    expect(claudeCostUsd('claude-haiku-4-5', { ...usage, inputTokens: 0, outputTokens: 1_000_000 })).toBe(5);
  });
});
