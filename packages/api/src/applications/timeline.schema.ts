import { z } from 'zod';
import { input, uuid } from '@jobforge/domain';

export const TIMELINE_DEFAULT_LIMIT = 100;
export const TIMELINE_MAX_LIMIT = 500;

export const timelineSchema = input({
  id: uuid(),
  /** The newest entries to return (default 100, at most 500); `more` says whether older ones exist. */
  limit: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(TIMELINE_MAX_LIMIT, `must be at most ${TIMELINE_MAX_LIMIT}`)
    .optional(),
});
export type TimelineInput = z.infer<typeof timelineSchema>;
