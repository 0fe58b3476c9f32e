import { z } from 'zod';
import { AI_PHASES, input, LIMITS, oneOf, optionalText, uuid } from '@jobforge/domain';

export const runPhaseSchema = input({
  applicationId: uuid(),
  phase: oneOf(AI_PHASES),
  userContext: optionalText(LIMITS.additionalContext),
  /** Answer when the run has finished instead of right after it started. */
  wait: z.boolean({ error: 'must be true or false' }).optional(),
});
export type RunPhaseInput = z.infer<typeof runPhaseSchema>;
