import { createApiToken as insertApiToken, DAY_MS } from '@jobforge/auth';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import type { CreateApiTokenInput } from './create-api-token.schema.js';

/** The token is in this response and nowhere else: only its hash is stored. */
export async function createApiToken({ ctx, input }: HandlerArgs<ProtectedContext, CreateApiTokenInput>) {
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  return insertApiToken(ctx.db, ctx.user.id, input.name, expiresAt);
}
