/**
 * A pool of worker threads for the AI engines' CPU work. A phase (or a resume's parsing) runs in a
 * worker, so a large or hostile resume or posting can slow that phase down but never the answers to
 * other requests. Each task has a time limit: past it the task is asked to stop, and a worker that
 * does not (a computation cannot be interrupted) is terminated and replaced; the caller gets a clear
 * "took too long" error either way. The engines' code runs unchanged inside the worker.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import {
  AiError,
  type AiEngineOptions,
  type CoverLetterInput,
  type ProgressEvent,
  type ResumeChunk,
} from '@jobforge/ai';
import {
  reviveError,
  type FromWorker,
  type Phase,
  type PhaseTask,
  type TaskOutcome,
  type TaskRequest,
  type ToWorker,
} from './messages.js';

export interface PhasePoolOptions {
  engineOptions: AiEngineOptions;
  /** Worker threads (default: the cores, at most 4). */
  size?: number;
  /** A phase running longer is stopped (default 10 minutes: a model call with retries may take minutes). */
  phaseTimeLimitMs?: number;
  /** Parsing a resume into chunks (default 20 s). */
  parseTimeLimitMs?: number;
  /** How long a task asked to stop may take before its worker is terminated (default 2 s). */
  graceMs?: number;
  /** Start a worker now rather than at the first task (production). */
  warm?: boolean;
  /** Another worker module (tests). */
  workerModule?: string;
}

export interface PhasePool {
  runPhase(
    phase: Phase,
    input: CoverLetterInput,
    options: { signal?: AbortSignal; onProgress?: (event: ProgressEvent) => void },
  ): Promise<unknown>;
  chunkResume(markdown: string, signal?: AbortSignal): Promise<ResumeChunk[]>;
  close(): Promise<void>;
}

/** Set by the production server's bundler (apps/web/scripts/bundle-server.ts), which bundles the worker beside the server. */
declare const __JOBFORGE_BUNDLED__: boolean | undefined;

// From source, the entry registers tsx in the worker first; the bundled worker is plain JavaScript.
const ENTRY = new URL(
  typeof __JOBFORGE_BUNDLED__ !== 'undefined' ? './phase-worker.js' : './worker-entry.mjs',
  import.meta.url,
).href;

export function createPhasePool(options: PhasePoolOptions): PhasePool {
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism()));
  const phaseTimeLimitMs = options.phaseTimeLimitMs ?? 10 * 60_000;
  const parseTimeLimitMs = options.parseTimeLimitMs ?? 20_000;
  const graceMs = options.graceMs ?? 2_000;
  const piscina = new Piscina({
    filename: ENTRY,
    minThreads: options.warm ? 1 : 0,
    maxThreads: size,
    // Model calls mostly wait on the network: a worker runs several at once. Atomics off, so an idle
    // worker keeps its event loop turning and hears a task's "stop".
    concurrentTasksPerWorker: 8,
    atomics: 'disabled',
    idleTimeout: 60_000,
    execArgv: [],
    env: options.workerModule
      ? { ...process.env, JOBFORGE_PHASE_WORKER_MODULE: options.workerModule }
      : (process.env as Record<string, string>),
  });
  // Providers' concurrency caps are per engine: split the process-wide cap between the workers.
  const limit = options.engineOptions.limits?.providerConcurrency;
  const engineOptions: AiEngineOptions = {
    ...options.engineOptions,
    ...(limit
      ? { limits: { ...options.engineOptions.limits, providerConcurrency: Math.max(1, Math.ceil(limit / size)) } }
      : {}),
  };

  async function run<T>(
    task: TaskRequest,
    limitMs: number,
    what: string,
    signal: AbortSignal | undefined,
    onProgress?: (event: ProgressEvent) => void,
  ): Promise<T> {
    if (signal?.aborted) throw new AiError('cancelled');
    const { port1, port2 } = new MessageChannel();
    let progressDone!: () => void;
    const allProgress = new Promise<void>((resolve) => (progressDone = resolve));
    port1.on('message', (message: FromWorker) => {
      if (message.type === 'progress') onProgress?.(message.event);
      else progressDone();
    });
    const terminate = new AbortController();
    let timedOut = false;
    let graceTimer: NodeJS.Timeout | undefined;
    const stop = () => {
      port1.postMessage({ type: 'abort' } satisfies ToWorker);
      graceTimer ??= setTimeout(() => terminate.abort(), graceMs);
    };
    const limitTimer = setTimeout(() => {
      timedOut = true;
      stop();
    }, limitMs);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const outcome = (await piscina.run({ ...task, engineOptions, port: port2 } as PhaseTask, {
        transferList: [port2 as never],
        signal: terminate.signal,
      })) as TaskOutcome;
      await allProgress;
      if (timedOut) throw tooLong(what, limitMs);
      if (!outcome.ok) throw reviveError(outcome.error);
      return outcome.value as T;
    } catch (error) {
      if (timedOut) throw tooLong(what, limitMs);
      if (terminate.signal.aborted) throw new AiError('cancelled');
      throw error;
    } finally {
      clearTimeout(limitTimer);
      clearTimeout(graceTimer);
      signal?.removeEventListener('abort', stop);
      port1.close();
    }
  }

  return {
    runPhase: (phase, input, { signal, onProgress }) =>
      run({ kind: 'phase', phase, input }, phaseTimeLimitMs, 'This phase', signal, onProgress),
    chunkResume: (markdown, signal) =>
      run<ResumeChunk[]>({ kind: 'chunkResume', markdown }, parseTimeLimitMs, 'Reading this resume', signal),
    close: () => piscina.destroy(),
  };
}

function tooLong(what: string, limitMs: number): AiError {
  return new AiError(
    'timeout',
    `${what} took longer than ${Math.round(limitMs / 1000)} s and was stopped. Shorten the text or try again.`,
  );
}
