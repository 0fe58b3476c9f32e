/**
 * ai.onProgress: the events of one run (started, steps, streamed text, then finished or failed),
 * from its beginning. A run this process no longer holds is answered from its database row.
 */
import { aiRuns, and, eq, withUser } from '@jobforge/db';
import type { AuthedContext } from '../context.js';
import { notFound } from '../errors.js';
import { aiRuntime } from './ai-runtime.js';
import type { RunEvent } from './run-events.js';
import { runColumns, type RunSummary } from './run-summary.js';
import type { RunIdInput } from './runs.schema.js';

export async function* followRun({ ctx, input, signal }: { ctx: AuthedContext; input: RunIdInput; signal: AbortSignal | undefined }): AsyncGenerator<RunEvent> {
  const runtime = aiRuntime(ctx.services);
  const run = await withUser(ctx.services.database, ctx.user.id, async (db) => {
    const [row] = await db
      .select(runColumns)
      .from(aiRuns)
      .where(and(eq(aiRuns.id, input.runId), eq(aiRuns.userId, ctx.user.id)))
      .limit(1);
    return row as RunSummary | undefined;
  });
  if (!run) throw notFound('Run');
  if (runtime.events.has(run.id)) {
    yield* runtime.events.follow(run.id, signal);
    return;
  }
  if (run.status === 'succeeded') yield { type: 'finished', run };
  else if (run.status === 'running') yield { type: 'started', run };
  else {
    const details = run.details as { kind?: string; retryAfterSeconds?: number | null } | null;
    yield { type: 'failed', run, error: { kind: details?.kind ?? run.status, message: run.error ?? 'The run failed.', retryAfterSeconds: details?.retryAfterSeconds ?? null } };
  }
}
