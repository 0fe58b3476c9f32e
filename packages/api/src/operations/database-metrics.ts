/** The database-backed metrics: pool usage, and AI usage stored in `ai_runs` (see stored-ai-metrics.ts). */
import type { Database } from '@jobforge/db';
import { observeDatabasePool } from '@jobforge/observability';
import { observeStoredAiRuns } from './stored-ai-metrics.js';

export function observeDatabase(database: Database, storedRefreshMs?: number): void {
  observeDatabasePool(database.driver, () => database.poolStats());
  observeStoredAiRuns(database, storedRefreshMs);
}
