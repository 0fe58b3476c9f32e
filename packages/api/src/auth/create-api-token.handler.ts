import { TRPCError } from '@trpc/server';
import { createApiToken as insertApiToken, DAY_MS } from '@jobforge/auth';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import type { CreateApiTokenInput } from './create-api-token.schema.js';

/**
 * The token is in this response and nowhere else: only its hash is stored. Only a signed-in session
 * may mint one, so a leaked API token cannot be used to create further, longer-lived ones.
 */
export async function createApiToken({ ctx, input }: HandlerArgs<ProtectedContext, CreateApiTokenInput>) {
  if (ctx.credential.kind !== 'session') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'API tokens are created from a signed-in session, not with another API token.',
    });
  }
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  return insertApiToken(ctx.db, ctx.user.id, input.name, expiresAt, input.scope ?? 'read_write');
}
