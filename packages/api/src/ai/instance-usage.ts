/**
 * The instance's AI spending today, across every user, checked where a model run (Claude or an OpenAI-compatible server) is claimed.
 *
 * Atomic under parallel claims: an instance-wide advisory lock serializes model-run claims until the
 * claiming transaction commits (and with it the new run's reservation), and the figure is read in that
 * same transaction, through a SECURITY DEFINER function (migration 0008) because the transaction
 * sees only its own user's runs. Reading through another connection while holding the lock could
 * wait forever on a pool whose connections all wait for that lock.
 */
import { rowsOf, sql, type UserTx } from '@jobforge/db';
import { RESERVED_TOKENS_PER_RUN, startOfUtcDay } from './limits.js';

export async function lockInstanceClaims(db: UserTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('jobforge.ai-claim:instance'))`);
}

/** Tokens recorded today by everyone, plus a reservation for each running model run. */
export async function instanceTokensToday(db: UserTx): Promise<number> {
  const result = await db.execute(
    sql`select jobforge_instance_ai_tokens(${startOfUtcDay().toISOString()}::timestamptz, ${RESERVED_TOKENS_PER_RUN}::integer) as tokens`,
  );
  const [row] = rowsOf<{ tokens: string | number }>(result);
  return Number(row?.tokens ?? 0);
}
