import { aiRuns, and, desc, eq, type UserTx } from '@jobforge/db';
import type { AiPhase } from '@jobforge/domain';

/**
 * The details of an application's newest succeeded run of `phase` (newest by when it started or
 * finished), where a phase keeps what its document was built from; undefined when there is none.
 */
export async function lastSucceededRun(
  db: UserTx,
  applicationId: string,
  phase: AiPhase,
  newestBy: 'startedAt' | 'finishedAt',
): Promise<{ details: unknown } | undefined> {
  const [run] = await db
    .select({ details: aiRuns.details })
    .from(aiRuns)
    .where(and(eq(aiRuns.applicationId, applicationId), eq(aiRuns.phase, phase), eq(aiRuns.status, 'succeeded')))
    .orderBy(desc(aiRuns[newestBy]))
    .limit(1);
  return run;
}
