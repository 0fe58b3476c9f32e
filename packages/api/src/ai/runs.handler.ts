import { aiRuns, and, desc, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { requireOwnedApplication } from '../applications/find-owned.js';
import { runColumns, type RunSummary } from './run-summary.js';
import type { RunsInput } from './runs.schema.js';

const RUNS_SHOWN = 50;

/** The application's runs, newest first, with its token and cost totals. */
export async function listRuns({ ctx, input }: HandlerArgs<ProtectedContext, RunsInput>) {
  await requireOwnedApplication(ctx.db, ctx.user.id, input.applicationId);
  const runs = (await ctx.db
    .select(runColumns)
    .from(aiRuns)
    .where(and(eq(aiRuns.applicationId, input.applicationId), eq(aiRuns.userId, ctx.user.id)))
    .orderBy(desc(aiRuns.startedAt))
    .limit(RUNS_SHOWN)) as RunSummary[];
  const totals = runs.reduce(
    (sum, run) => ({
      inputTokens: sum.inputTokens + run.inputTokens,
      outputTokens: sum.outputTokens + run.outputTokens,
      cacheCreationTokens: sum.cacheCreationTokens + run.cacheCreationTokens,
      cacheReadTokens: sum.cacheReadTokens + run.cacheReadTokens,
      costUsd: sum.costUsd + Number(run.costUsd),
    }),
    { inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, costUsd: 0 },
  );
  return { runs, totals: { ...totals, costUsd: totals.costUsd.toFixed(6) } };
}
