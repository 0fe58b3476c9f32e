import { z } from 'zod';
import { input } from '@jobforge/domain';
import { documentKey } from './document-fields.js';

export const HISTORY_PAGE_SIZE = 20;
export const HISTORY_MAX_PAGE_SIZE = 100;

export const documentHistorySchema = input({
  ...documentKey,
  /** Versions per page (default 20, at most 100). */
  limit: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(HISTORY_MAX_PAGE_SIZE, `must be at most ${HISTORY_MAX_PAGE_SIZE}`)
    .optional(),
  /** The cursor: versions older than this version number (the previous page's `nextCursor`). */
  before: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').optional(),
});
export type DocumentHistoryInput = z.infer<typeof documentHistorySchema>;
