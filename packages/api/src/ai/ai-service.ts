/**
 * The AI side of one API instance, built once by createApi and handed to procedures as
 * `ctx.services.ai`: the engine, the runs this process is executing (so they can be cancelled, kept
 * alive by a heartbeat and settled on shutdown), their progress events (relayed to other replicas on
 * a PostgreSQL server), resume embeddings, and the recovery of runs whose process stopped.
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
import type { AppConfig } from '@jobforge/config';
import type { AiEngineName } from '@jobforge/domain';
import type { AdminDatabase, UserDatabase } from '@jobforge/db';
import type { Logger } from '@jobforge/observability';
import { RunEvents } from './run-events.js';
import { RunEventRelay } from './run-event-relay.js';
import { ResumeEmbeddings } from './resume-embeddings.js';
import {
  beat,
  parseRunner,
  recoverDeadRunners,
  recoverOrphanedRuns,
  recoverStaleRuns,
  type RecoveredRun,
} from './recover-stale-runs.js';
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

/**
 * A replica that dies leaves its runs blocked for at most about 15 s (10 s of silence, then up to
 * 5 s until a sweep); one whose process id is known dead on this host, until the next sweep.
 */
export const DEFAULT_TIMING: AiRuntimeTiming = {
  heartbeatIntervalMs: 2_000,
  staleAfterMs: 10_000,
  sweepIntervalMs: 5_000,
};

/** A runner on this host whose process is gone (this process's own runners are judged by heartbeat). */
function runnerIsDead(runner: string): boolean {
  const parsed = parseRunner(runner);
  if (!parsed || parsed.host !== hostname().slice(0, 60) || parsed.pid === process.pid) return false;
  try {
    process.kill(parsed.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists under another user (it may even be a reused id): not ours to judge.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export interface AiServiceOptions {
  database: UserDatabase;
  /** For maintenance across users only: heartbeats and the recovery of stale runs. */
  adminDatabase: AdminDatabase;
  config: AppConfig;
  logger: Logger;
  timing?: Partial<AiRuntimeTiming> | undefined;
  /**
   * The engine to run, or a wrapper around the one the configuration picks (tests). A given engine
   * runs its phases in process; otherwise they run in the worker pool.
   */
  engine?: AiEngine | ((configured: AiEngine) => AiEngine) | undefined;
}

type PhaseOptions = { signal: AbortSignal; onProgress: (event: ProgressEvent) => void };

export interface AiService {
  /** Status and embeddings; the phases themselves run through `runPhase`. */
  readonly engine: AiEngine;
  /**
   * Runs a phase: in the worker pool (off the thread that answers requests, with a time limit), or
   * in process when a test gave its own engine.
   */
  runPhase(
    phase: Phase,
    input: CoverLetterInput,
    options: PhaseOptions,
  ): Promise<Awaited<ReturnType<AiEngine['research']>>>;
  /** Parses a resume into chunks, in the worker pool (or in process with a test's engine). */
  chunkResume(markdown: string, signal?: AbortSignal): Promise<ResumeChunk[]>;
  readonly events: RunEvents;
  /** Progress to and from other replicas; null on PGlite, whose data folder one process owns. */
  readonly relay: RunEventRelay | null;
  readonly active: Map<string, ActiveRun>;
  /** Recorded on the runs this instance claims: host, process id and a random part. */
  readonly runner: string;
  readonly timing: AiRuntimeTiming;
  readonly embeddings: ResumeEmbeddings;
  /** Settles once runs left by a stopped process are marked failed and the relay listens. */
  readonly ready: Promise<void>;
  /** Marks failed the stale runs (all, or one application's phase) and tells their followers. */
  recover(only?: Parameters<typeof recoverStaleRuns>[2]): Promise<RecoveredRun[]>;
  /** Cancels the runs in flight (each records how it ended), then stops the timers and the relay. */
  shutdown(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 5_000;

const TEXT_ENGINE_NOTE: Record<AiEngineName, string> = {
  claude: 'AI runs use Claude',
  'openai-compatible': 'AI runs use the OpenAI-compatible chat server',
  offline: 'AI runs use the offline engine (no text provider configured)',
};
const RELAY_FLUSH_MS = 1_000;

export function createAiService(options: AiServiceOptions): AiService {
  const { config, database, adminDatabase, logger } = options;
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const engineOptions = {
    textProvider: config.textProvider,
    openaiCompatible: config.openaiCompatible,
    anthropic: config.anthropic,
    openai: config.openai,
    limits: config.limits,
  };
  const configured = createAiEngine(engineOptions);
  const engine = typeof options.engine === 'function' ? options.engine(configured) : options.engine ?? configured;
  const inProcess = options.engine !== undefined;
  let pool: PhasePool | null = null;
  const phasePool = () => (pool ??= createPhasePool({ engineOptions, warm: config.isProduction }));
  if (config.isProduction && !inProcess) phasePool();
  const chunkResume = async (markdown: string, signal?: AbortSignal) =>
    inProcess ? engine.chunkResume(markdown) : phasePool().chunkResume(markdown, signal);
  const events = new RunEvents();
  const relay = database.notifications ? new RunEventRelay(database.notifications, events, logger) : null;
  // The process id is part of the name: on PGlite that is what tells this process's runs from orphans.
  const processPrefix = `${hostname().slice(0, 60)}:${process.pid}:`;
  const runner = `${processPrefix}${randomBytes(6).toString('hex')}`;
  const active = new Map<string, ActiveRun>();

  const recover = async (only?: Parameters<typeof recoverStaleRuns>[2]) => {
    const recovered = [
      ...(await recoverDeadRunners(adminDatabase, runnerIsDead)),
      ...(await recoverStaleRuns(adminDatabase, timing.staleAfterMs, only)),
    ];
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
      const orphans = await recoverOrphanedRuns(adminDatabase, processPrefix);
      if (orphans.length > 0)
        logger.warn({ count: orphans.length }, 'marked AI runs left running by an earlier process as failed');
    } else {
      await recover();
    }
  };

  /**
   * Refreshes the heartbeat of this process's runs. A run whose row is no longer running was settled
   * elsewhere (cancelled from another replica, or judged stale after a long pause): stop spending on it.
   */
  const keepAlive = async () => {
    const ids = [...active.keys()];
    if (ids.length === 0) return;
    try {
      const running = await beat(adminDatabase, ids);
      for (const id of ids) {
        if (!running.has(id)) active.get(id)?.controller.abort(new Error('settled elsewhere'));
      }
    } catch (error) {
      logger.warn({ err: error }, 'could not refresh the heartbeat of AI runs');
    }
  };
  const heartbeat = setInterval(() => void keepAlive(), timing.heartbeatIntervalMs);
  heartbeat.unref();
  const sweep = setInterval(
    () => void recover().catch((error) => logger.warn({ err: error }, 'could not recover stale AI runs')),
    timing.sweepIntervalMs,
  );
  sweep.unref();

  const status = engine.status();
  logger.info(
    {
      textEngine: status.textEngine,
      model: status.textModel,
      vectors: status.vectors,
      pgvector: database.capabilities.vector,
      runner,
    },
    TEXT_ENGINE_NOTE[status.textEngine],
  );

  return {
    engine,
    runPhase: (phase, input, phaseOptions) =>
      (inProcess
        ? callEngine(engine, phase, input, phaseOptions)
        : phasePool().runPhase(phase, input, phaseOptions)) as ReturnType<AiService['runPhase']>,
    chunkResume,
    events,
    relay,
    active,
    runner,
    timing,
    embeddings: new ResumeEmbeddings(database, engine, chunkResume, logger),
    recover,
    ready: Promise.all([
      startUp().catch((error) => logger.error({ err: error }, 'could not recover stale AI runs')),
      relay?.ready,
    ]).then(() => undefined),
    async shutdown() {
      clearInterval(heartbeat);
      clearInterval(sweep);
      // In-flight runs are cancelled; each marks its own row failed before the database closes.
      for (const run of active.values()) run.controller.abort(new Error('shutdown'));
      await Promise.race([
        Promise.allSettled([...active.values()].map((r) => r.done)),
        new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref()),
      ]);
      // Followers on other replicas hear how the interrupted runs ended.
      await relay?.flush(RELAY_FLUSH_MS);
      await relay?.close();
      await pool?.close();
    },
  };
}

function callEngine(engine: AiEngine, phase: Phase, input: CoverLetterInput, options: PhaseOptions) {
  if (phase === 'research') return engine.research(input, options);
  if (phase === 'resume') return engine.tailorResume(input, options);
  return engine.writeCoverLetter(input, options);
}
