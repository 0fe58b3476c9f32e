/**
 * Keeps the credential cache (decision 016) honest: after an auth mutation that may end sessions or
 * tokens (sign-out, revoking a session or token, password change or reset, email change, account
 * deletion, and a sign-in, which ends the browser's previous session), the cache is cleared here and
 * on the other replicas before the answer leaves. This wraps the transaction, so it runs after the
 * commit: a lookup can no longer read the old rows. Auth mutations that end nothing are listed, so a
 * new one is treated as revoking until someone says otherwise.
 */
import { t } from '../init.js';

const ENDS_NOTHING = new Set(['auth.register', 'auth.createApiToken', 'auth.requestPasswordReset']);

export const forgetRevokedCredentials = t.middleware(async ({ ctx, path, type, next }) => {
  if (type !== 'mutation' || !path.startsWith('auth.') || ENDS_NOTHING.has(path)) return next();
  const result = await next();
  // A failed sign-in ended nothing; clearing on it would let wrong passwords empty the cache.
  if (result.ok || path !== 'auth.login') {
    await ctx.services.credentialCache.forgetAll();
  }
  return result;
});
