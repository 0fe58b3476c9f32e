/**
 * The `ai` namespace: runPhase, runs, onProgress (subscription), status, cancelRun. Model calls and
 * the subscription use authedProcedure and open their own short withUser transactions, so no
 * transaction stays open across a model call.
 */
import { authedProcedure, protectedProcedure, router } from '../trpc.js';
import { input } from '@jobforge/domain';
import { cancelRun } from './cancel-run.handler.js';
import { followRun } from './on-progress.handler.js';
import { runPhaseHandler } from './run-phase.handler.js';
import { runPhaseSchema } from './run-phase.schema.js';
import { listRuns } from './runs.handler.js';
import { followRunSchema, runIdSchema, runsSchema } from './runs.schema.js';
import { aiStatus } from './status.handler.js';

export const aiRouter = router({
  runPhase: authedProcedure.input(runPhaseSchema).mutation(runPhaseHandler),
  runs: protectedProcedure.input(runsSchema).query(listRuns),
  onProgress: authedProcedure
    .input(followRunSchema)
    .subscription(({ ctx, input, signal }) => followRun({ ctx, input, signal })),
  status: protectedProcedure.input(input({}).optional()).query(aiStatus),
  cancelRun: protectedProcedure.input(runIdSchema).mutation(cancelRun),
});
