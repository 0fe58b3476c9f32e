import { apiTokens, desc, eq } from '@jobforge/db';
import type { ProtectedContext } from '../context.js';

export async function listApiTokens({ ctx }: { ctx: ProtectedContext }) {
  return ctx.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      scope: apiTokens.scope,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, ctx.user.id))
    .orderBy(desc(apiTokens.createdAt));
}
