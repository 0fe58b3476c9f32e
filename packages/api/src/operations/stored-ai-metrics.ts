/**
 * Feeds the jobforge_ai_*_stored metrics from the `ai_runs` table: runs by engine, phase and status,
 * tokens and cost. The aggregate runs at most once per `refreshMs`, whatever the scrape rate.
 */
import { rowsOf, sql, type AdminDatabase } from '@jobforge/db';
import { observeStoredAiUsage, type StoredAiUsage } from '@jobforge/observability';

export function observeStoredAiRuns(database: AdminDatabase, refreshMs = 30_000): void {
  let cached: { at: number; rows: Promise<StoredAiUsage[]> } | undefined;
  observeStoredAiUsage(() => {
    if (!cached || Date.now() - cached.at >= refreshMs) {
      const rows = aggregate(database);
      cached = { at: Date.now(), rows };
      rows.catch(() => {
        cached = undefined; // try again at the next scrape
      });
    }
    return cached.rows;
  });
}

async function aggregate(database: AdminDatabase): Promise<StoredAiUsage[]> {
  // Totals across all users (no row content leaves the database), hence the RLS-bypassing handle.
  const result = await database.bypassRls.execute(
    sql`select engine, model, phase, status, count(*) as runs,
          coalesce(sum(input_tokens), 0) as input_tokens, coalesce(sum(output_tokens), 0) as output_tokens,
          coalesce(sum(cache_creation_tokens), 0) as cache_creation_tokens,
          coalesce(sum(cache_read_tokens), 0) as cache_read_tokens, coalesce(sum(cost_usd), 0) as cost_usd
        from ai_runs group by engine, model, phase, status`,
  );
  return rowsOf<Record<string, string | number>>(result).map((row) => ({
    engine: String(row.engine),
    model: String(row.model),
    phase: String(row.phase),
    status: String(row.status),
    runs: Number(row.runs),
    inputTokens: Number(row.input_tokens),
    outputTokens: Number(row.output_tokens),
    cacheCreationTokens: Number(row.cache_creation_tokens),
    cacheReadTokens: Number(row.cache_read_tokens),
    costUsd: Number(row.cost_usd),
  }));
}
