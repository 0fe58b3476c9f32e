/**
 * Personal API tokens for typed clients and scripts: named, shown once, stored as a hash, listable and
 * revocable. Their ids carry a prefix so a bearer token is looked up in the right table at once.
 */
import {
  and,
  apiTokens,
  eq,
  lt,
  or,
  isNull,
  sql,
  users,
  type ApiTokenScope,
  type AdminDatabase,
  type UserTx,
} from '@jobforge/db';
import { LAST_SEEN_RESOLUTION_MS, authUserColumns } from './sessions.js';
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

function buildTokenLookup(database: AdminDatabase) {
  return database.bypassRls
    .select({
      user: authUserColumns,
      isActive: users.isActive,
      secretHash: apiTokens.secretHash,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      scope: apiTokens.scope,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, sql.placeholder('tokenId')))
    .limit(1)
    .prepare('jobforge_find_api_token');
}

/** Runs on every request a script makes, so it is built and prepared once per database. */
const tokenLookups = new WeakMap<AdminDatabase, ReturnType<typeof buildTokenLookup>>();

export async function findApiTokenWithUser(database: AdminDatabase, tokenId: string) {
  let lookup = tokenLookups.get(database);
  if (!lookup) {
    lookup = buildTokenLookup(database);
    tokenLookups.set(database, lookup);
  }
  const [row] = await lookup.execute({ tokenId });
  return row;
}

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
