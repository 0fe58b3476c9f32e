/**
 * Resolves the presented session cookie or bearer token to a user; anything else is UNAUTHORIZED
 * with one message, whatever the reason (missing, malformed, unknown, expired, revoked).
 */
import { TRPCError } from '@trpc/server';
import { authenticateToken, serializeClearedSessionCookie, serializeSessionCookie } from '@jobforge/auth';
import { t } from '../init.js';

export const SIGN_IN_MESSAGE = 'Sign in to continue: no valid session or API token came with this request.';

export const authenticate = t.middleware(async ({ ctx, next }) => {
  const credentials = ctx.credentials;
  if (!credentials) throw new TRPCError({ code: 'UNAUTHORIZED', message: SIGN_IN_MESSAGE });
  const cookieOptions = { secure: ctx.services.secureCookies };
  const checked = (ctx as { bearerAuthenticated?: Awaited<ReturnType<typeof authenticateToken>> }).bearerAuthenticated;
  const authenticated =
    checked ?? (await authenticateToken(ctx.services.adminDatabase, credentials.token, ctx.services.credentialCache));
  if (!authenticated) {
    // A dead cookie would otherwise be sent, and refused, on every request until it expires.
    if (credentials.via === 'cookie')
      ctx.responseHeaders.append('Set-Cookie', serializeClearedSessionCookie(cookieOptions));
    throw new TRPCError({ code: 'UNAUTHORIZED', message: SIGN_IN_MESSAGE });
  }
  const { credential } = authenticated;
  if (credentials.via === 'cookie' && credential.kind === 'session' && credential.renewed) {
    ctx.responseHeaders.append(
      'Set-Cookie',
      serializeSessionCookie(credentials.token, credential.expiresAt, cookieOptions),
    );
  }
  return next({ ctx: { user: authenticated.user, credential } });
});
