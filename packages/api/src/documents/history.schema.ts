import type { z } from 'zod';
import { input } from '@jobforge/domain';
import { pageLimit, positiveWhole } from '../shared/page-limit.js';
import { documentKey } from './document-fields.js';

export const HISTORY_PAGE_SIZE = 20;
export const HISTORY_MAX_PAGE_SIZE = 100;

export const documentHistorySchema = input({
  ...documentKey,
  /** Versions per page (default 20, at most 100). */
  limit: pageLimit(HISTORY_MAX_PAGE_SIZE),
  /** The cursor: versions older than this version number (the previous page's `nextCursor`). */
  before: positiveWhole().optional(),
});
export type DocumentHistoryInput = z.infer<typeof documentHistorySchema>;
