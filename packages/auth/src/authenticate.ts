/**
 * Turns a presented token into a signed-in user, or null. Every failure mode (malformed, unknown id,
 * wrong secret, expired, deactivated account) is the same null, so callers cannot leak which it was.
 * The row may come from the credential cache the caller hands in (credential-cache.ts; without one,
 * the database is read every time); every check below runs either way.
 */
import type { ApiTokenScope, AdminDatabase } from '@jobforge/db';
import { findApiTokenWithUser, markApiTokenUsed } from './api-tokens.js';
import { noCredentialCache, type CredentialCache } from './credential-cache.js';
import {
  deleteSession,
  findSessionWithUser,
  SESSION_ABSOLUTE_LIFETIME_MS,
  touchSession,
  type AuthUser,
} from './sessions.js';
import { parseToken, secretMatches } from './tokens.js';

export type Credential =
  | { kind: 'session'; id: string; expiresAt: Date; renewed: boolean }
  | { kind: 'api_token'; id: string; scope: ApiTokenScope };

export interface Authenticated {
  user: AuthUser;
  credential: Credential;
}

export async function authenticateToken(
  database: AdminDatabase,
  token: string,
  cache: CredentialCache = noCredentialCache,
  now = new Date(),
): Promise<Authenticated | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;

  if (parsed.kind === 'session') {
    const row = await cache.read(parsed.id, () => findSessionWithUser(database, parsed.id));
    if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
    const absoluteEnd = row.createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_MS;
    if (row.expiresAt.getTime() <= now.getTime() || absoluteEnd <= now.getTime()) {
      await deleteSession(database, parsed.id, cache);
      return null;
    }
    if (!row.isActive) return null;
    const { expiresAt, renewed, written } = await touchSession(database, parsed.id, row, now);
    if (written) cache.forget(parsed.id); // the cached row's dates are out of date now
    return { user: row.user, credential: { kind: 'session', id: parsed.id, expiresAt, renewed } };
  }

  const row = await cache.read(parsed.id, () => findApiTokenWithUser(database, parsed.id));
  if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return null;
  if (!row.isActive) return null;
  if (await markApiTokenUsed(database, parsed.id, row.lastUsedAt, now)) cache.forget(parsed.id);
  return { user: row.user, credential: { kind: 'api_token', id: parsed.id, scope: row.scope } };
}
