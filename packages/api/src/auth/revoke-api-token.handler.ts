import { and, apiTokens, eq } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { notFound } from '../errors.js';
import type { RevokeApiTokenInput } from './revoke-api-token.schema.js';

export async function revokeApiToken({ ctx, input }: HandlerArgs<ProtectedContext, RevokeApiTokenInput>) {
  const deleted = await ctx.db
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, input.id), eq(apiTokens.userId, ctx.user.id)))
    .returning({ id: apiTokens.id });
  if (deleted.length === 0) throw notFound('API token');
  return { id: input.id };
}
