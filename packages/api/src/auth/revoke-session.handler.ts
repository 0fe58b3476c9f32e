import { sessions } from '@jobforge/db';
import { serializeClearedSessionCookie } from '@jobforge/auth';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { deleteOwned } from '../shared/owned-rows.js';
import type { RevokeSessionInput } from './revoke-session.schema.js';

export async function revokeSession({ ctx, input }: HandlerArgs<ProtectedContext, RevokeSessionInput>) {
  await deleteOwned(ctx.db, sessions, input.id, ctx.user.id, 'Session');
  const endedCurrent = ctx.credential.kind === 'session' && ctx.credential.id === input.id;
  if (endedCurrent && ctx.credentials?.via === 'cookie') {
    ctx.responseHeaders.append('Set-Cookie', serializeClearedSessionCookie({ secure: ctx.services.secureCookies }));
  }
  return { id: input.id, endedCurrentSession: endedCurrent };
}
