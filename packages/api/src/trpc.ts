/**
 * The building blocks every router uses:
 * Every procedure first passes shieldUnexpectedErrors (log with the request id, answer without internals).
 * - publicProcedure: anyone; mutations still pass the cross-site check (login CSRF).
 * - authedProcedure: a signed-in user, no transaction (for subscriptions and for work that must not
 *   hold a transaction open, such as model calls).
 * - protectedProcedure: a signed-in user and one row-level-secured transaction as `ctx.db`.
 */
import { t } from './init.js';
import { authenticate } from './middlewares/authenticate.js';
import { rejectCrossSiteMutation } from './middlewares/reject-cross-site.js';
import { shieldUnexpectedErrors } from './middlewares/shield-unexpected-errors.js';
import { userTransaction } from './middlewares/user-transaction.js';

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(shieldUnexpectedErrors).use(rejectCrossSiteMutation);
export const authedProcedure = publicProcedure.use(authenticate);
export const protectedProcedure = authedProcedure.use(userTransaction);
