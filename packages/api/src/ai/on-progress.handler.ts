/**
 * ai.onProgress: the events of one run (started, steps, streamed text, then finished or failed),
 * from its beginning, each with an id so a reconnecting client resumes after the last one it got.
 * - a run this process executes: from memory;
 * - a run another replica executes (PostgreSQL server): relayed through LISTEN/NOTIFY;
 * - a run nobody holds any more: answered from its database row.
 * Ownership is checked under row-level security before anything is followed, and every event that
 * carries the run is read again the same way.
 */
import { tracked } from '@trpc/server';
import { aiRuns, and, eq, withUser } from '@jobforge/db';
import type { AuthedContext } from '../context.js';
import { notFound } from '../errors.js';
import { eventForRow, isTerminal } from './run-events.js';
import { runColumns, type RunSummary } from './run-summary.js';
import type { FollowRunInput } from './runs.schema.js';

export async function* followRun({
  ctx,
  input,
  signal,
}: {
  ctx: AuthedContext;
  input: FollowRunInput;
  signal: AbortSignal | undefined;
}) {
  const runtime = ctx.services.ai;
  const readRun = () =>
    withUser(ctx.services.database, ctx.user.id, async (db) => {
      const [row] = await db
        .select(runColumns)
        .from(aiRuns)
        .where(and(eq(aiRuns.id, input.runId), eq(aiRuns.userId, ctx.user.id)))
        .limit(1);
      return row as RunSummary | undefined;
    });
  const run = await readRun();
  if (!run) throw notFound('Run');
  const last = Number(input.lastEventId);
  const from = Number.isInteger(last) && last >= 0 ? last + 1 : 0;

  if (runtime.events.has(run.id)) {
    for await (const [index, event] of runtime.events.follow(run.id, signal, from)) yield tracked(String(index), event);
    return;
  }
  if (run.status === 'running' && runtime.relay) {
    await runtime.ready;
    for await (const item of runtime.relay.follow(run.id, from, signal)) {
      if (item.kind === 'event') {
        yield tracked(String(item.position), item.event);
        continue;
      }
      const row = await readRun();
      if (!row) return;
      if (item.kind === 'check') {
        // The run may have ended where no notification reached us, or on another replica.
        if (row.status === 'running') continue;
        yield tracked('final', eventForRow(row));
        return;
      }
      // A finished/failed notice arrives after its commit, so the row already says how the run ended.
      const event = item.ref === 'started' ? ({ type: 'started', run: row } as const) : eventForRow(row);
      yield tracked(String(item.position), event);
      if (isTerminal(event)) return;
    }
    return;
  }
  yield tracked('final', eventForRow(run));
}
