import { apiTokens, desc, eq } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';

/** What a person may see of an API token (never the secret or its hash): here and in their data export. */
export const apiTokenColumns = {
  name: apiTokens.name,
  scope: apiTokens.scope,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  expiresAt: apiTokens.expiresAt,
};

export async function listApiTokens({ ctx }: { ctx: ProtectedContext }) {
  return ctx.db
    .select({ id: apiTokens.id, ...apiTokenColumns })
    .from(apiTokens)
    .where(eq(apiTokens.userId, ctx.user.id))
    .orderBy(desc(apiTokens.createdAt));
}
