/**
 * The AI side of one API instance: the engine, the runs this process is executing (so they can be
 * cancelled and settled on shutdown), their progress events, and the one-time recovery of runs a
 * crashed process left "running".
 */
import { createAiEngine, type AiEngine } from '@jobforge/ai';
import type { ApiServices } from '../context.js';
import { RunEvents } from './run-events.js';
import { recoverStaleRuns } from './recover-stale-runs.js';

export interface ActiveRun {
  runId: string;
  userId: string;
  applicationId: string;
  controller: AbortController;
  done: Promise<void>;
}

export interface AiRuntime {
  engine: AiEngine;
  events: RunEvents;
  active: Map<string, ActiveRun>;
  /** Runs started before this moment and still "running" in the database belong to a dead process. */
  startedAt: Date;
  /** Settles once stale runs from an earlier process are marked failed. */
  ready: Promise<void>;
}

const runtimes = new WeakMap<ApiServices, AiRuntime>();
const SHUTDOWN_GRACE_MS = 5_000;

/** Lets tests (and tools) run the pipeline on an engine of their choice. */
export function setAiEngine(services: ApiServices, engine: AiEngine): void {
  aiRuntime(services).engine = engine;
}

export function aiRuntime(services: ApiServices): AiRuntime {
  let runtime = runtimes.get(services);
  if (runtime) return runtime;
  const { config } = services;
  const startedAt = new Date();
  runtime = {
    engine: createAiEngine({ anthropic: config.anthropic, openai: config.openai, limits: config.limits }),
    events: new RunEvents(),
    active: new Map(),
    startedAt,
    ready: recoverStaleRuns(services.database, startedAt).then(
      (count) => {
        if (count > 0) services.logger.warn({ count }, 'marked AI runs left running by an earlier process as failed');
      },
      (error) => services.logger.error({ err: error }, 'could not recover stale AI runs'),
    ),
  };
  runtimes.set(services, runtime);
  const status = runtime.engine.status();
  services.logger.info(
    { textEngine: status.textEngine, model: status.textEngine === 'claude' ? status.claude.model : 'offline', vectors: status.vectors, pgvector: services.database.capabilities.vector },
    status.textEngine === 'claude' ? 'AI runs use Claude' : 'AI runs use the offline engine (no Anthropic key set)',
  );
  const current = runtime;
  services.shutdownHooks.push(async () => {
    // In-flight runs are cancelled; each marks its own row failed before the database closes.
    for (const run of current.active.values()) run.controller.abort(new Error('shutdown'));
    await Promise.race([Promise.allSettled([...current.active.values()].map((r) => r.done)), new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref())]);
  });
  return runtime;
}
