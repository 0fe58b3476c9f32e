import { and, eq, sessions } from '@jobforge/db';
import { serializeClearedSessionCookie } from '@jobforge/auth';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { RevokeSessionInput } from './revoke-session.schema.js';

export async function revokeSession({ ctx, input }: HandlerArgs<ProtectedContext, RevokeSessionInput>) {
  const deleted = await ctx.db
    .delete(sessions)
    .where(and(eq(sessions.id, input.id), eq(sessions.userId, ctx.user.id)))
    .returning({ id: sessions.id });
  if (deleted.length === 0) throw notFound('Session');
  const endedCurrent = ctx.credential.kind === 'session' && ctx.credential.id === input.id;
  if (endedCurrent && ctx.credentials?.via === 'cookie') {
    ctx.responseHeaders.append('Set-Cookie', serializeClearedSessionCookie({ secure: ctx.services.secureCookies }));
  }
  return { id: input.id, endedCurrentSession: endedCurrent };
}
