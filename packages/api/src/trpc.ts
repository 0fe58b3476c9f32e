/**
 * The building blocks every router uses. Every procedure first passes shieldUnexpectedErrors (log
 * with the request id, answer without internals); auth mutations then clear the credential cache
 * once they are done (forgetRevokedCredentials).
 * - publicProcedure: anyone; mutations still pass the cross-site check (login CSRF).
 * - authedProcedure: a signed-in user, no transaction (for subscriptions and for work that must not
 *   hold a transaction open, such as model calls).
 * - protectedProcedure: a signed-in user and one row-level-secured transaction as `ctx.db`
 *   (authenticate -> parse input -> transaction -> handler).
 */
import { t } from './init.js';
import { authenticate } from './middlewares/authenticate.js';
import { enforceTokenScope } from './middlewares/enforce-token-scope.js';
import { forgetRevokedCredentials } from './middlewares/forget-revoked-credentials.js';
import { rejectCrossSiteMutation } from './middlewares/reject-cross-site.js';
import { shieldUnexpectedErrors } from './middlewares/shield-unexpected-errors.js';
import { userTransaction } from './middlewares/user-transaction.js';

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure
  .use(shieldUnexpectedErrors)
  .use(forgetRevokedCredentials)
  .use(rejectCrossSiteMutation);
export const authedProcedure = publicProcedure.use(authenticate).use(enforceTokenScope);
const transactional = authedProcedure.use(userTransaction);

/**
 * `protectedProcedure.input(schema)` parses the input after authentication but before the transaction
 * opens, so a malformed request costs one session lookup and never a transaction. The builder is a
 * plain object; only `input` is replaced, and its result has the same type as the default order's.
 */
export const protectedProcedure: typeof transactional = {
  ...transactional,
  input: ((schema: Parameters<typeof authedProcedure.input>[0]) =>
    authedProcedure.input(schema).use(userTransaction)) as unknown as typeof transactional.input,
};
