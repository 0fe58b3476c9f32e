/**
 * A run that was "running" when its process stopped would block its phase forever (one running run
 * per application and phase). The process executing a run refreshes its heartbeat every few seconds,
 * so a running run whose heartbeat is stale belongs to a process that is gone, whichever replica
 * notices. Staleness is judged on the database clock, so replicas with drifting clocks agree.
 * Maintenance across all users, so it uses the RLS-bypassing handle.
 */
import { aiRuns, and, eq, inArray, isNull, lt, or, sql, type AdminDatabase, type SQL } from '@jobforge/db';
import type { AiPhase } from '@jobforge/domain';

export const INTERRUPTED_MESSAGE =
  'Interrupted: the server running this run stopped before it finished. Run the phase again.';

export interface RecoveredRun {
  id: string;
  userId: string;
}

/** Heartbeats older than this mean the process running the run has stopped. */
export function staleHeartbeat(staleAfterMs: number): SQL {
  return lt(aiRuns.heartbeatAt, sql`now() - make_interval(secs => ${staleAfterMs / 1000}::float8)`);
}

/** Marks failed the running runs that match `which`, with the interrupted message. */
async function failRunning(database: AdminDatabase, which: SQL | undefined): Promise<RecoveredRun[]> {
  return database.bypassRls
    .update(aiRuns)
    .set({
      status: 'failed',
      error: INTERRUPTED_MESSAGE,
      details: { kind: 'interrupted', retryAfterSeconds: null },
      finishedAt: sql`now()`,
    })
    .where(and(eq(aiRuns.status, 'running'), which))
    .returning({ id: aiRuns.id, userId: aiRuns.userId });
}

/** Every running run whose heartbeat is older than `staleAfterMs` (optionally one application's phase). */
export function recoverStaleRuns(
  database: AdminDatabase,
  staleAfterMs: number,
  only?: { applicationId: string; phase: AiPhase },
): Promise<RecoveredRun[]> {
  return failRunning(
    database,
    and(
      staleHeartbeat(staleAfterMs),
      only ? and(eq(aiRuns.applicationId, only.applicationId), eq(aiRuns.phase, only.phase)) : undefined,
    ),
  );
}

/**
 * The embedded database belongs to this one process (the data folder is locked), so at start-up every
 * running run not claimed by this process (its runner names start with `processPrefix`) is an orphan,
 * however fresh its heartbeat: a quick restart does not have to wait for it to go stale.
 */
export function recoverOrphanedRuns(database: AdminDatabase, processPrefix: string): Promise<RecoveredRun[]> {
  return failRunning(
    database,
    or(isNull(aiRuns.runner), sql`left(${aiRuns.runner}, ${processPrefix.length}) <> ${processPrefix}`),
  );
}

/** `host:pid:random`, as ai-runtime records it; null for anything else. */
export function parseRunner(runner: string): { host: string; pid: number } | null {
  const last = runner.lastIndexOf(':');
  const second = runner.lastIndexOf(':', last - 1);
  if (last === -1 || second === -1) return null;
  const pid = Number(runner.slice(second + 1, last));
  return Number.isInteger(pid) && pid > 0 ? { host: runner.slice(0, second), pid } : null;
}

/**
 * Running runs whose runner is known dead (`isDead`, e.g. a process id that no longer exists on this
 * host) are failed at once, without waiting for their heartbeat to go stale.
 */
export async function recoverDeadRunners(
  database: AdminDatabase,
  isDead: (runner: string) => boolean,
): Promise<RecoveredRun[]> {
  const rows = await database.bypassRls
    .selectDistinct({ runner: aiRuns.runner })
    .from(aiRuns)
    .where(eq(aiRuns.status, 'running'));
  const dead = rows.map((row) => row.runner).filter((runner): runner is string => runner !== null && isDead(runner));
  return dead.length ? failRunning(database, inArray(aiRuns.runner, dead)) : [];
}

/**
 * Refreshes the heartbeat of the runs this process is executing. Returns the ids still running; a
 * missing id was settled elsewhere (cancelled from another replica, or judged stale).
 */
export async function beat(database: AdminDatabase, runIds: string[]): Promise<Set<string>> {
  if (runIds.length === 0) return new Set();
  const rows = await database.bypassRls
    .update(aiRuns)
    .set({ heartbeatAt: sql`now()` })
    .where(and(inArray(aiRuns.id, runIds), eq(aiRuns.status, 'running')))
    .returning({ id: aiRuns.id });
  return new Set(rows.map((row) => row.id));
}
