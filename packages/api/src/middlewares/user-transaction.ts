/**
 * Runs the rest of the procedure in one `withUser` transaction, handed on as `ctx.db`, so row-level
 * security bounds everything the handler reads or writes and a failure undoes all of it.
 * tRPC reports a failed `next()` as `{ ok: false }` instead of throwing; rethrowing is what makes the
 * transaction roll back.
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
  if (!authed.user) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'userTransaction needs authenticate first' });
  return withUser(ctx.services.database, authed.user.id, async (db) => {
    const result = await next({ ctx: { db } });
    if (!result.ok) throw result.error;
    return result;
  });
});
