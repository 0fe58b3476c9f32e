import { serializeSessionCookie, type SignedIn } from '@jobforge/auth';
import type { ApiContext } from '../context.js';

/** Browsers keep the token as an HttpOnly cookie; typed clients take it from the response body. */
export function startBrowserSession(ctx: ApiContext, signedIn: SignedIn) {
  ctx.responseHeaders.append(
    'Set-Cookie',
    serializeSessionCookie(signedIn.token, signedIn.expiresAt, { secure: ctx.services.secureCookies }),
  );
  return { user: signedIn.user, token: signedIn.token, expiresAt: signedIn.expiresAt };
}
