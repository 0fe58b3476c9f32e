import type { AuthedContext, HandlerArgs } from '../context.js';
import { runPhase } from './run-phase.js';
import type { RunPhaseInput } from './run-phase.schema.js';

export function runPhaseHandler({ ctx, input }: HandlerArgs<AuthedContext, RunPhaseInput>) {
  return runPhase(ctx, input);
}
