import { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const runsSchema = input({ applicationId: uuid() });
export type RunsInput = z.infer<typeof runsSchema>;

export const runIdSchema = input({ runId: uuid() });
export type RunIdInput = z.infer<typeof runIdSchema>;

export const followRunSchema = input({
  runId: uuid(),
  /** Sent back by httpSubscriptionLink on reconnect: the id of the last event received. */
  lastEventId: z.string().max(20).nullish(),
});
export type FollowRunInput = z.infer<typeof followRunSchema>;
