/**
 * The `ai` namespace: runPhase, runs, onProgress (subscription) and status live here, next to the
 * run orchestration in this folder. Subscriptions and model calls use authedProcedure and open their
 * own short withUser transactions, so no transaction stays open across a model call.
 */
import { router } from '../trpc.js';

export const aiRouter = router({});
