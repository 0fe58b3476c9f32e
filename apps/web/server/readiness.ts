/**
 * What the server adds to the API: readiness beyond "the database answers" (the schema must be the
 * one this build expects, or a replica started before `db:migrate` finished would serve errors),
 * and the database-backed metrics (pool, stored AI usage).
 */
import type { JobForgeApi } from '@jobforge/api';
import { migrationStatus } from '@jobforge/db';
import { observeDatabasePool } from '@jobforge/observability';
import { observeStoredAiRuns } from './stored-ai-metrics.js';

export function addServerChecks(api: Pick<JobForgeApi, 'addReadinessCheck' | 'database'>): void {
  api.addReadinessCheck('migrations', async () => {
    const status = await migrationStatus(api.database.bypassRls);
    return { ok: status.current, detail: `${status.applied}/${status.expected} applied` };
  });
  observeDatabasePool(api.database.driver, () => api.database.poolStats());
  observeStoredAiRuns(api.database);
}
