import type { z } from 'zod';
import { input, uuid } from '@jobforge/domain';
import { pageLimit } from '../shared/page-limit.js';

export const TIMELINE_DEFAULT_LIMIT = 100;
export const TIMELINE_MAX_LIMIT = 500;

export const timelineSchema = input({
  id: uuid(),
  /** The newest entries to return (default 100, at most 500); `more` says whether older ones exist. */
  limit: pageLimit(TIMELINE_MAX_LIMIT),
});
export type TimelineInput = z.infer<typeof timelineSchema>;
