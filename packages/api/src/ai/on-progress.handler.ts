/**
 * ai.onProgress: the events of one run (started, steps, streamed text, then finished or failed),
 * from its beginning, each with an id so a reconnecting client resumes after the last one it got.
 * A run this process no longer holds is answered from its database row.
 */
import { aiRuns, and, eq, withUser } from '@jobforge/db';
import type { AuthedContext } from '../context.js';
import { notFound } from '../errors.js';
import { aiRuntime } from './ai-runtime.js';
import type { RunEvent } from './run-events.js';
import { runColumns, type RunSummary } from './run-summary.js';
import type { FollowRunInput } from './runs.schema.js';
import { tracked } from '@trpc/server';

export async function* followRun({ ctx, input, signal }: { ctx: AuthedContext; input: FollowRunInput; signal: AbortSignal | undefined }) {
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
    const last = Number(input.lastEventId);
    const from = Number.isInteger(last) && last >= 0 ? last + 1 : 0;
    for await (const [index, event] of runtime.events.follow(run.id, signal, from)) yield tracked(String(index), event);
    return;
  }
  yield tracked('final', finalEvent(run));
}

function finalEvent(run: RunSummary): RunEvent {
  if (run.status === 'succeeded') return { type: 'finished', run };
  if (run.status === 'running') return { type: 'started', run };
  const details = run.details as { kind?: string; retryAfterSeconds?: number | null } | null;
  return { type: 'failed', run, error: { kind: details?.kind ?? run.status, message: run.error ?? 'The run failed.', retryAfterSeconds: details?.retryAfterSeconds ?? null } };
}
