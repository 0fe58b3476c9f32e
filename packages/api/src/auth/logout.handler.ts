import { deleteSession, serializeClearedSessionCookie } from '@jobforge/auth';
import type { AuthedContext } from '../context.js';

/** Ends the session this request came with; an API token is revoked with auth.revokeApiToken instead. */
export async function logout({ ctx }: { ctx: AuthedContext }) {
  const { adminDatabase, credentialCache } = ctx.services;
  if (ctx.credential.kind === 'session') await deleteSession(adminDatabase, ctx.credential.id, credentialCache);
  if (ctx.credentials?.via === 'cookie') {
    ctx.responseHeaders.append('Set-Cookie', serializeClearedSessionCookie({ secure: ctx.services.secureCookies }));
  }
  return { ok: true as const };
}
