/**
 * The ends of a run: how a finished run is counted in the metrics,
 * what a run settled elsewhere looks like, and the tRPC error a failed run answers with.
 */
import { TRPCError } from '@trpc/server';
import { aiRuns, eq, withUser } from '@jobforge/db';
import type { AuthedContext } from '../context.js';
import { runColumns, type RunSummary } from './run-summary.js';

/** How a finished run is counted in the metrics. */
export function outcomeOf(run: RunSummary): 'succeeded' | 'cancelled' | 'interrupted' | 'failed' {
  if (run.status === 'succeeded' || run.status === 'cancelled') return run.status;
  return (run.details as { kind?: string } | null)?.kind === 'interrupted' ? 'interrupted' : 'failed';
}

/**
 * The run's row as another replica or the recovery left it. A row still running means recording
 * the outcome failed (the database was unreachable): followers are told it failed, as `fallback`.
 */
export async function settledElsewhere(
  ctx: AuthedContext,
  run: RunSummary,
  fallback: { error: string; details: unknown },
): Promise<RunSummary> {
  const [row] = await withUser(ctx.services.database, ctx.user.id, (db) =>
    db.select(runColumns).from(aiRuns).where(eq(aiRuns.id, run.id)).limit(1),
  );
  const settled = row as RunSummary | undefined;
  return settled && settled.status !== 'running' ? settled : { ...run, status: 'failed', ...fallback };
}

export function toTrpcError(run: RunSummary): TRPCError {
  const kind = (run.details as { kind?: string } | null)?.kind;
  const code =
    kind === 'rate_limited' || kind === 'spend_limit'
      ? 'TOO_MANY_REQUESTS'
      : kind === 'bad_output'
      ? 'UNPROCESSABLE_CONTENT'
      : kind === 'timeout'
      ? 'TIMEOUT'
      : kind === 'cancelled'
      ? 'CLIENT_CLOSED_REQUEST'
      : kind === 'invalid_input'
      ? 'BAD_REQUEST'
      : kind === 'overloaded' || kind === 'interrupted'
      ? 'SERVICE_UNAVAILABLE'
      : kind === 'provider'
      ? 'BAD_GATEWAY'
      : 'INTERNAL_SERVER_ERROR';
  return new TRPCError({ code, message: run.error ?? 'The run failed.' });
}
