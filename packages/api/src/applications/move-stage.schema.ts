import type { z } from 'zod';
import { APPLICATION_STAGES } from '@jobforge/domain';
import { input, LIMITS, moment, oneOf, optionalText, uuid } from '@jobforge/domain';

export const applicationStage = () => oneOf(APPLICATION_STAGES);

export const moveStageSchema = input({
  id: uuid(),
  stage: applicationStage(),
  /** When it happened; now when left out. Never in the future, never before the previous stage change. */
  at: moment().optional(),
  note: optionalText(LIMITS.note),
});
export type MoveStageInput = z.infer<typeof moveStageSchema>;
