/**
 * The worker pool: a phase's work never blocks the thread that answers requests, a runaway task is
 * stopped at its time limit with a clear error (its worker terminated and replaced), and progress
 * arrives in order before the result.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AiError, type ProgressEvent } from '@jobforge/ai';
import { fixtures } from '@jobforge/ai/testing';
import { createPhasePool } from '../../src/ai/phase-pool/phase-pool.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const busyWorker = pathToFileURL(path.resolve(here, '../fixtures/busy-phase-worker.ts')).href;

/** Longest pause of this thread's event loop while `work` runs, measured with a 10 ms timer. */
async function longestPause<T>(work: Promise<T>): Promise<{ result: PromiseSettledResult<T>; longestMs: number }> {
  let last = performance.now();
  let longestMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    last = now;
  }, 10);
  const [result] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { result, longestMs };
}

describe('phase pool', () => {
  const busy = createPhasePool({
    engineOptions: {},
    size: 1,
    phaseTimeLimitMs: 1_500,
    graceMs: 300,
    workerModule: busyWorker,
  });
  const real = createPhasePool({ engineOptions: { offline: true }, size: 1 });
  afterAll(async () => {
    await busy.close();
    await real.close();
  });

  it('stops a task that computes forever at its time limit, with a clear error, and keeps serving', async () => {
    const input = {} as never;
    const { result, longestMs } = await longestPause(busy.runPhase('research', input, {}));
    expect(result.status).toBe('rejected');
    const error = (result as PromiseRejectedResult).reason as AiError;
    expect(error).toBeInstanceOf(AiError);
    expect(error.kind).toBe('timeout');
    expect(error.userMessage).toMatch(/took longer than 2 s and was stopped/);
    // This thread kept turning while the worker spun (a blocked loop would show the whole 1.5 s).
    expect(longestMs).toBeLessThan(500);
    const events: ProgressEvent[] = [];
    await expect(busy.runPhase('resume', input, { onProgress: (event) => events.push(event) })).resolves.toEqual({
      markdown: '# done\n',
    });
    expect(events.map((event) => (event.type === 'step' ? event.label : event.type))).toEqual([
      'step 0',
      'step 1',
      'step 2',
    ]);
  }, 30_000);

  it('a cancelled task is asked to stop and reports cancellation', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const failure = await busy
      .runPhase('cover_letter', {} as never, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((failure as AiError).kind).toBe('cancelled');
  }, 30_000);

  it('runs the real offline engine in a worker and streams its progress', async () => {
    const events: ProgressEvent[] = [];
    const input = {
      application: fixtures.application,
      library: fixtures.library,
      candidate: { fullName: 'Jane Doe', email: 'jane@example.test' },
      userContext: fixtures.userContext,
    };
    const result = (await real.runPhase('research', input as never, { onProgress: (event) => events.push(event) })) as {
      markdown: string;
      engine: string;
    };
    expect(result.engine).toBe('offline');
    expect(result.markdown).toMatch(/^# Research/);
    expect(events.some((event) => event.type === 'step')).toBe(true);
    const chunks = await real.chunkResume(fixtures.library[0]!.content);
    expect(chunks.length).toBeGreaterThan(3);
  }, 60_000);
});
