import { describe, expect, it } from 'vitest';
import { AiError, createAiEngine } from '../src/index.js';
import { startAnthropicMock } from '../src/testing/index.js';
import { application, library } from './fixtures.js';
import { collect, engineFor, MODEL, mock, useAnthropicMock } from './claude-harness.js';

useAnthropicMock();

describe('faults', () => {
  it('waits as long as retry-after says on a 429, then succeeds', async () => {
    mock.failNext({ kind: 'rate_limit', retryAfterSeconds: 1 });
    const progress = collect();
    const started = Date.now();
    await engineFor().research({ application, library }, progress);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(mock.messageBodies).toHaveLength(2);
    expect(progress.events.some((e) => e.type === 'step' && /rate limiting.*Retrying in 1 s/.test(e.label))).toBe(true);
  });

  it('does not wait for a retry-after longer than allowed: rate_limited with retryAfterSeconds', async () => {
    mock.failNext({ kind: 'rate_limit', retryAfterSeconds: 120 });
    const error = await engineFor({ retry: { maxRetryAfterMs: 1_000 } })
      .research({ application, library })
      .catch((e) => e);
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(120);
    expect(mock.messageBodies).toHaveLength(1);
  });

  it('never retries a spend-limit 429', async () => {
    mock.failNext({ kind: 'spend_limit' });
    const error = await engineFor()
      .research({ application, library })
      .catch((e) => e);
    expect(error.kind).toBe('spend_limit');
    expect(error.retryable).toBe(false);
    expect(error.userMessage).toMatch(/spending limit/);
    expect(mock.messageBodies).toHaveLength(1);
  });

  it('backs off on 529 and 500 and recovers', async () => {
    mock.failNext({ kind: 'overloaded' });
    mock.failNext({ kind: 'server_error' });
    const result = await engineFor().tailorResume({ application, library });
    expect(result.markdown).toContain('Jane Doe');
    expect(mock.messageBodies).toHaveLength(3);
  });

  it('gives up after the bounded number of retries with a clear error', async () => {
    mock.failNext({ kind: 'overloaded' }, 4);
    const error = await engineFor({ retry: { maxRetries: 3 } })
      .research({ application, library })
      .catch((e) => e);
    expect(error.kind).toBe('overloaded');
    expect(error.userMessage).toMatch(/overloaded/);
    expect(mock.messageBodies).toHaveLength(4);
  });

  it('times out a request that never answers', async () => {
    mock.failNext({ kind: 'timeout' }, 2);
    const error = await engineFor({ anthropic: { timeoutMs: 200 }, retry: { maxRetries: 1 } })
      .research({ application, library })
      .catch((e) => e);
    expect(error.kind).toBe('timeout');
    expect(mock.messageBodies).toHaveLength(2);
  });

  it('recovers from an error event in the middle of a stream, after telling the client to reset', async () => {
    mock.failNext({ kind: 'broken_stream', afterDeltas: 3 });
    const progress = collect();
    const result = await engineFor().tailorResume({ application, library }, progress);
    const resetAt = progress.events.findLastIndex((e) => e.type === 'reset');
    expect(resetAt).toBeGreaterThan(0);
    const afterReset = progress.events
      .slice(resetAt)
      .filter((e) => e.type === 'text')
      .map((e) => (e as { delta: string }).delta)
      .join('');
    expect(afterReset.trim()).toBe(result.markdown.trim());
    // The broken attempt's input tokens are billed too.
    expect(result.usage.cacheCreationTokens + result.usage.cacheReadTokens).toBeGreaterThan(0);
    expect(mock.messageBodies).toHaveLength(2);
  });

  it('recovers from a dropped connection mid-stream', async () => {
    mock.failNext({ kind: 'dropped_stream', afterDeltas: 2 });
    const result = await engineFor().writeCoverLetter({ application, library });
    expect(result.validation.ok).toBe(true);
    expect(mock.messageBodies).toHaveLength(2);
  });

  it('a stream that goes silent times out', async () => {
    mock.script([
      { text: 'x'.repeat(400), chunkSize: 100, delayMs: 400 },
      { text: 'x'.repeat(400), chunkSize: 100, delayMs: 400 },
    ]);
    const error = await engineFor({ anthropic: { timeoutMs: 150 }, retry: { maxRetries: 1 } })
      .tailorResume({ application, library })
      .catch((e) => e);
    expect(error.kind).toBe('timeout');
  });

  it('cancels through the AbortSignal, mid-stream', async () => {
    mock.script([{ text: library[0]!.content, chunkSize: 20, delayMs: 20 }]);
    const controller = new AbortController();
    const progress = collect();
    const run = engineFor().tailorResume(
      { application, library },
      {
        signal: controller.signal,
        onProgress: (event) => {
          progress.onProgress(event);
          if (event.type === 'text') controller.abort();
        },
      },
    );
    const error = await run.catch((e) => e);
    expect(error).toBeInstanceOf(AiError);
    expect(error.kind).toBe('cancelled');
    expect(mock.messageBodies).toHaveLength(1);
  });

  it('caps concurrent requests to the provider across engines in the process', async () => {
    // Streams abandoned by earlier tests may still be draining on the server.
    for (let i = 0; i < 100 && mock.concurrency.current > 0; i++) await new Promise((r) => setTimeout(r, 50));
    mock.script(Array.from({ length: 4 }, () => ({ text: library[0]!.content, chunkSize: 400, delayMs: 30 })));
    mock.concurrency.peak = 0;
    const engines = [
      engineFor({ limits: { providerConcurrency: 1 } }),
      engineFor({ limits: { providerConcurrency: 1 } }),
    ];
    await Promise.all([0, 1, 2, 3].map((i) => engines[i % 2]!.tailorResume({ application, library })));
    expect(mock.messageBodies).toHaveLength(4);
    expect(mock.concurrency.peak).toBe(1);
    // With a higher cap the same work overlaps.
    mock.script(Array.from({ length: 4 }, () => ({ text: library[0]!.content, chunkSize: 400, delayMs: 30 })));
    mock.concurrency.peak = 0;
    const wide = engineFor({ limits: { providerConcurrency: 4 } });
    await Promise.all([0, 1, 2, 3].map(() => wide.tailorResume({ application, library })));
    expect(mock.concurrency.peak).toBeGreaterThan(1);
  });

  it('rejects a wrong key clearly, without retrying', async () => {
    const strict = await startAnthropicMock({ apiKey: 'right' });
    const engine = createAiEngine({ anthropic: { apiKey: 'wrong', baseUrl: strict.url, model: MODEL } });
    const error = await engine.research({ application, library }).catch((e) => e);
    await strict.close();
    expect(error.kind).toBe('provider');
    expect(error.userMessage).toMatch(/rejected the API key/);
    expect(strict.requests).toHaveLength(1);
  });
});
