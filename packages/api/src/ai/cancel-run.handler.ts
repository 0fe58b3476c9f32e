import { TRPCError } from '@trpc/server';
import { aiRuns, and, eq } from '@jobforge/db';
import { ownedRow } from '../shared/owned-rows.js';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { RunIdInput } from './runs.schema.js';

/** Stops a running run; nothing it produced is saved and the existing document stays as it was. */
export async function cancelRun({ ctx, input }: HandlerArgs<ProtectedContext, RunIdInput>) {
  const [run] = await ctx.db
    .select({ id: aiRuns.id, status: aiRuns.status })
    .from(aiRuns)
    .where(ownedRow(aiRuns, input.runId, ctx.user.id))
    .limit(1);
  if (!run) throw notFound('Run');
  if (run.status !== 'running') {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `This run has already ${
        run.status === 'succeeded' ? 'finished' : run.status === 'cancelled' ? 'been cancelled' : 'failed'
      }.`,
    });
  }
  const active = ctx.services.ai.active.get(run.id);
  if (active) {
    active.controller.abort(new Error('cancelled'));
    return { runId: run.id, cancelled: true };
  }
  // Running in the database but not in this process: another replica executes it (its heartbeat sees
  // the row settled and stops the model call) or nothing does any more. Either way the row decides.
  await ctx.db
    .update(aiRuns)
    .set({ status: 'cancelled', error: 'The run was cancelled.', finishedAt: new Date() })
    .where(and(eq(aiRuns.id, run.id), eq(aiRuns.status, 'running')));
  return { runId: run.id, cancelled: true };
}
