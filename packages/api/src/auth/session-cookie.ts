import { endPresentedSession, serializeSessionCookie, type SignedIn } from '@jobforge/auth';
import type { ApiContext } from '../context.js';

/**
 * Browsers keep the token as an HttpOnly cookie; typed clients take it from the response body.
 * The session the browser's cookie named before (if any) ends: a login rotates the session.
 */
export async function startBrowserSession(ctx: ApiContext, signedIn: SignedIn) {
  const { adminDatabase, credentialCache } = ctx.services;
  if (ctx.credentials?.via === 'cookie')
    await endPresentedSession(adminDatabase, ctx.credentials.token, credentialCache);
  ctx.responseHeaders.append(
    'Set-Cookie',
    serializeSessionCookie(signedIn.token, signedIn.expiresAt, { secure: ctx.services.secureCookies }),
  );
  return { user: signedIn.user, token: signedIn.token, expiresAt: signedIn.expiresAt };
}
