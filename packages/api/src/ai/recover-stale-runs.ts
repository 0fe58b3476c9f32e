/**
 * A run that was "running" when its process died would block its phase forever (one running run per
 * application and phase). Maintenance across all users, so it uses the RLS-bypassing handle.
 */
import { aiRuns, and, eq, lt, type Database } from '@jobforge/db';

export const INTERRUPTED_MESSAGE = 'The server restarted while this run was in progress. Run the phase again.';

export async function recoverStaleRuns(database: Database, startedBefore: Date): Promise<number> {
  const rows = await database.bypassRls
    .update(aiRuns)
    .set({ status: 'failed', error: INTERRUPTED_MESSAGE, finishedAt: new Date() })
    .where(and(eq(aiRuns.status, 'running'), lt(aiRuns.startedAt, startedBefore)))
    .returning({ id: aiRuns.id });
  return rows.length;
}
