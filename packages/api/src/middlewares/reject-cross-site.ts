/**
 * CSRF: a browser attaches our cookie to requests that other sites trigger, so a mutation that is not
 * authenticated by an explicit bearer token must come from our own pages. Login and registration are
 * included, so another site cannot sign a visitor into the attacker's account either.
 * Only a bearer token that authenticates skips the check: any other Authorization header (Basic, a
 * malformed or unknown token) is checked like a cookie. The lookup is handed on to `authenticate`.
 */
import { TRPCError } from '@trpc/server';
import { authenticateToken, checkSameOrigin } from '@jobforge/auth';
import { t } from '../init.js';

export const rejectCrossSiteMutation = t.middleware(async ({ ctx, type, next }) => {
  if (type !== 'mutation') return next();
  if (ctx.credentials?.via === 'bearer' && ctx.credentials.token !== '') {
    const { adminDatabase, credentialCache } = ctx.services;
    const authenticated = await authenticateToken(adminDatabase, ctx.credentials.token, credentialCache);
    if (authenticated) return next({ ctx: { bearerAuthenticated: authenticated } });
  }
  const verdict = checkSameOrigin(ctx.request, { allowedOrigins: ctx.services.allowedOrigins });
  if (!verdict.ok) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `Refused a cross-site request (${verdict.reason}). Use Job Forge from its own address, or send an API token.`,
    });
  }
  return next();
});
