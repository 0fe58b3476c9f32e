/**
 * Personal API tokens for typed clients and scripts: named, shown once, stored as a hash, listable and
 * revocable. Their ids carry a prefix so a bearer token is looked up in the right table at once.
 */
import { and, apiTokens, eq, lt, or, isNull, type ApiTokenScope, type AdminDatabase, type UserTx } from '@jobforge/db';
import { credentialLookup } from './credential-lookup.js';
import { LAST_SEEN_RESOLUTION_MS } from './sessions.js';
import { API_TOKEN_ID_PREFIX, generateToken } from './tokens.js';

export async function createApiToken(
  tx: UserTx,
  userId: string,
  name: string,
  expiresAt: Date | null,
  scope: ApiTokenScope = 'read_write',
) {
  const { id, token, secretHash } = generateToken(API_TOKEN_ID_PREFIX);
  const [record] = await tx.insert(apiTokens).values({ id, userId, name, secretHash, expiresAt, scope }).returning({
    id: apiTokens.id,
    name: apiTokens.name,
    scope: apiTokens.scope,
    createdAt: apiTokens.createdAt,
    expiresAt: apiTokens.expiresAt,
  });
  return { token, ...record! };
}

/** An API token with its account, expiry, last use and scope. */
export const findApiTokenWithUser = credentialLookup('jobforge_find_api_token', apiTokens, {
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  scope: apiTokens.scope,
});

export async function markApiTokenUsed(
  database: AdminDatabase,
  tokenId: string,
  lastUsedAt: Date | null,
  now = new Date(),
): Promise<boolean> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() <= LAST_SEEN_RESOLUTION_MS) return false;
  await database.bypassRls
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, now))));
  return true;
}
