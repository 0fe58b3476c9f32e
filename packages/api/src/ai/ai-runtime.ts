/**
 * The AI side of one API instance: the engine, the runs this process is executing (so they can be
 * cancelled, kept alive by a heartbeat and settled on shutdown), their progress events (relayed to
 * other replicas on a PostgreSQL server), and the recovery of runs whose process stopped.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  createAiEngine,
  type AiEngine,
  type CoverLetterInput,
  type ProgressEvent,
  type ResumeChunk,
} from '@jobforge/ai';
import type { ApiServices } from '../context.js';
import { RunEvents } from './run-events.js';
import { RunEventRelay } from './run-event-relay.js';
import { beat, recoverOrphanedRuns, recoverStaleRuns, type RecoveredRun } from './recover-stale-runs.js';
import { createPhasePool, type PhasePool } from './phase-pool/phase-pool.js';
import type { Phase } from './phase-pool/messages.js';

export interface ActiveRun {
  runId: string;
  userId: string;
  applicationId: string;
  controller: AbortController;
  done: Promise<void>;
}

export interface AiRuntimeTiming {
  /** How often this process refreshes the heartbeat of the runs it executes. */
  heartbeatIntervalMs: number;
  /** A running run whose heartbeat is older than this belongs to a process that stopped. */
  staleAfterMs: number;
  /** How often this process looks for such runs (besides start-up and a refused claim). */
  sweepIntervalMs: number;
}

export const DEFAULT_TIMING: AiRuntimeTiming = {
  heartbeatIntervalMs: 5_000,
  staleAfterMs: 60_000,
  sweepIntervalMs: 30_000,
};

export interface AiRuntime {
  /** Status and embeddings; the phases themselves run through `runPhase`. */
  engine: AiEngine;
  /**
   * Runs a phase: in the worker pool (off the thread that answers requests, with a time limit), or
   * in process when a test set its own engine.
   */
  runPhase(
    phase: Phase,
    input: CoverLetterInput,
    options: { signal: AbortSignal; onProgress: (event: ProgressEvent) => void },
  ): Promise<Awaited<ReturnType<AiEngine['research']>>>;
  /** Parses a resume into chunks, in the worker pool (or in process with a test's engine). */
  chunkResume(markdown: string, signal?: AbortSignal): Promise<ResumeChunk[]>;
  events: RunEvents;
  /** Progress to and from other replicas; null on PGlite, whose data folder one process owns. */
  relay: RunEventRelay | null;
  active: Map<string, ActiveRun>;
  /** Recorded on the runs this instance claims: host, process id and a random part. */
  runner: string;
  timing: AiRuntimeTiming;
  /** Settles once runs left by a stopped process are marked failed and the relay listens. */
  ready: Promise<void>;
  /** Marks failed the stale runs (all, or one application's phase) and tells their followers. */
  recover(only?: Parameters<typeof recoverStaleRuns>[2]): Promise<RecoveredRun[]>;
}

const runtimes = new WeakMap<ApiServices, AiRuntime>();
const timings = new WeakMap<ApiServices, Partial<AiRuntimeTiming>>();
/** Runners of the runtimes alive in this process: on PGlite, every other running run is an orphan. */
const liveRunners = new Set<string>();
const SHUTDOWN_GRACE_MS = 5_000;
const RELAY_FLUSH_MS = 1_000;

/** Lets tests (and tools) run the pipeline on an engine of their choice, in process. */
export function setAiEngine(services: ApiServices, engine: AiEngine): void {
  aiRuntime(services).engine = engine;
  inProcess.add(services);
}

const inProcess = new WeakSet<ApiServices>();

function callEngine(
  engine: AiEngine,
  phase: Phase,
  input: CoverLetterInput,
  options: { signal: AbortSignal; onProgress: (event: ProgressEvent) => void },
) {
  if (phase === 'research') return engine.research(input, options);
  if (phase === 'resume') return engine.tailorResume(input, options);
  return engine.writeCoverLetter(input, options);
}

/** Shorter heartbeats for tests; must come before the instance's first AI request. */
export function setAiRuntimeTiming(services: ApiServices, timing: Partial<AiRuntimeTiming>): void {
  if (runtimes.has(services)) throw new Error('setAiRuntimeTiming must be called before the AI runtime starts');
  timings.set(services, timing);
}

export function aiRuntime(services: ApiServices): AiRuntime {
  let runtime = runtimes.get(services);
  if (runtime) return runtime;
  const { config, database, logger } = services;
  const timing = { ...DEFAULT_TIMING, ...timings.get(services) };
  const events = new RunEvents();
  const relay = database.notifications ? new RunEventRelay(database.notifications, events, logger) : null;
  const runner = `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(6).toString('hex')}`;
  liveRunners.add(runner);

  const recover = async (only?: Parameters<typeof recoverStaleRuns>[2]) => {
    const recovered = await recoverStaleRuns(database, timing.staleAfterMs, only);
    for (const run of recovered) relay?.settled(run.id);
    if (recovered.length > 0)
      logger.warn(
        { count: recovered.length, runIds: recovered.map((r) => r.id) },
        'marked AI runs whose server stopped as failed',
      );
    return recovered;
  };
  const startUp = async () => {
    if (database.driver === 'pglite') {
      const orphans = await recoverOrphanedRuns(database, [...liveRunners]);
      if (orphans.length > 0)
        logger.warn({ count: orphans.length }, 'marked AI runs left running by an earlier process as failed');
    } else {
      await recover();
    }
  };

  const engineOptions = { anthropic: config.anthropic, openai: config.openai, limits: config.limits };
  let pool: PhasePool | null = null;
  const phasePool = () => (pool ??= createPhasePool({ engineOptions, warm: config.isProduction }));
  if (config.isProduction) phasePool();
  runtime = {
    engine: createAiEngine(engineOptions),
    runPhase: (phase, input, options) =>
      (inProcess.has(services)
        ? callEngine(current.engine, phase, input, options)
        : phasePool().runPhase(phase, input, options)) as ReturnType<AiRuntime['runPhase']>,
    chunkResume: async (markdown, signal) =>
      inProcess.has(services) ? current.engine.chunkResume(markdown) : phasePool().chunkResume(markdown, signal),
    events,
    relay,
    active: new Map(),
    runner,
    timing,
    recover,
    ready: Promise.all([
      startUp().catch((error) => logger.error({ err: error }, 'could not recover stale AI runs')),
      relay?.ready,
    ]).then(() => undefined),
  };
  runtimes.set(services, runtime);
  const current: AiRuntime = runtime;

  const heartbeat = setInterval(() => void keepAlive(current, services), timing.heartbeatIntervalMs);
  heartbeat.unref();
  const sweep = setInterval(
    () => void recover().catch((error) => logger.warn({ err: error }, 'could not recover stale AI runs')),
    timing.sweepIntervalMs,
  );
  sweep.unref();

  const status = runtime.engine.status();
  logger.info(
    {
      textEngine: status.textEngine,
      model: status.textEngine === 'claude' ? status.claude.model : 'offline',
      vectors: status.vectors,
      pgvector: database.capabilities.vector,
      runner,
    },
    status.textEngine === 'claude' ? 'AI runs use Claude' : 'AI runs use the offline engine (no Anthropic key set)',
  );
  services.shutdownHooks.push(async () => {
    clearInterval(heartbeat);
    clearInterval(sweep);
    // In-flight runs are cancelled; each marks its own row failed before the database closes.
    for (const run of current.active.values()) run.controller.abort(new Error('shutdown'));
    await Promise.race([
      Promise.allSettled([...current.active.values()].map((r) => r.done)),
      new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref()),
    ]);
    // Followers on other replicas hear how the interrupted runs ended.
    await relay?.flush(RELAY_FLUSH_MS);
    await relay?.close();
    await pool?.close();
    liveRunners.delete(runner);
  });
  return runtime;
}

/**
 * Refreshes the heartbeat of this process's runs. A run whose row is no longer running was settled
 * elsewhere (cancelled from another replica, or judged stale after a long pause): stop spending on it.
 */
async function keepAlive(runtime: AiRuntime, services: ApiServices): Promise<void> {
  const ids = [...runtime.active.keys()];
  if (ids.length === 0) return;
  try {
    const running = await beat(services.database, ids);
    for (const id of ids) {
      if (!running.has(id)) runtime.active.get(id)?.controller.abort(new Error('settled elsewhere'));
    }
  } catch (error) {
    services.logger.warn({ err: error }, 'could not refresh the heartbeat of AI runs');
  }
}
