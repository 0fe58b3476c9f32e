import { apiTokens } from '@jobforge/db';
import type { HandlerArgs, ProtectedContext } from '../context.js';
import { deleteOwned } from '../shared/owned-rows.js';
import type { RevokeApiTokenInput } from './revoke-api-token.schema.js';

export function revokeApiToken({ ctx, input }: HandlerArgs<ProtectedContext, RevokeApiTokenInput>) {
  return deleteOwned(ctx.db, apiTokens, input.id, ctx.user.id, 'API token');
}
