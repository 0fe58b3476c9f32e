/**
 * Runs the rest of the procedure in one `withUser` transaction, handed on as `ctx.db`, so row-level
 * security bounds everything the handler reads or writes and a failure undoes all of it.
 * tRPC reports a failed `next()` as `{ ok: false }` instead of throwing; rethrowing is what makes the
 * transaction roll back. `ctx.afterCommit(task)` defers work that needs the committed rows.
 */
import { TRPCError } from '@trpc/server';
import { withUser } from '@jobforge/db';
import { t } from '../init.js';

export const userTransaction = t.middleware(async ({ ctx, type, next }) => {
  if (type === 'subscription') {
    // A stream must not hold a transaction open; subscriptions use authedProcedure and their own short ones.
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'subscriptions cannot run in a user transaction' });
  }
  const authed = ctx as typeof ctx & { user?: { id: string } };
  if (!authed.user)
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'userTransaction needs authenticate first' });
  const committed: Array<() => void> = [];
  const afterCommit = (task: () => void) => void committed.push(task);
  const outcome = await withUser(ctx.services.database, authed.user.id, async (db) => {
    const result = await next({ ctx: { db, afterCommit } });
    if (!result.ok) throw result.error;
    return result;
  });
  // Background work (embeddings) must see the committed rows, and never rows that were rolled back.
  for (const task of committed) {
    try {
      task();
    } catch (error) {
      ctx.services.logger.warn({ err: error }, 'a task after commit failed');
    }
  }
  return outcome;
});
