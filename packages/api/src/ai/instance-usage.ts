/**
 * The instance's AI spending today, across every user: maintenance, so it reads with the privileged
 * handle. Tokens recorded today plus a reservation for each running Claude run.
 */
import { aiRuns, eq, gte, or, sql, type AdminDatabase } from '@jobforge/db';
import { RESERVED_TOKENS_PER_RUN, startOfUtcDay } from './limits.js';

export async function instanceTokensToday(adminDatabase: AdminDatabase): Promise<number> {
  const dayStart = startOfUtcDay();
  const [row] = await adminDatabase.bypassRls
    .select({
      tokens: sql<string>`coalesce(sum(${aiRuns.inputTokens} + ${aiRuns.outputTokens} + ${
        aiRuns.cacheCreationTokens
      } + ceil(${aiRuns.cacheReadTokens} / 10.0)) filter (where ${aiRuns.startedAt} >= ${dayStart.toISOString()}), 0)`,
      reserved: sql<number>`count(*) filter (where ${aiRuns.status} = 'running' and ${aiRuns.engine} = 'claude')`,
    })
    .from(aiRuns)
    .where(or(gte(aiRuns.startedAt, dayStart), eq(aiRuns.status, 'running')));
  return Number(row?.tokens ?? 0) + Number(row?.reserved ?? 0) * RESERVED_TOKENS_PER_RUN;
}
