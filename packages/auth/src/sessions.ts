/**
 * Server-side sessions (the Lucia guide's design): 14 days without use end a session (pushed out
 * again when less than half remains, so an active user stays signed in), and 30 days after sign-in
 * it ends whatever the use: a stolen cookie cannot be kept alive forever.
 * Lookups by token id go through the privileged handle: at that point nobody is signed in yet.
 */
import { and, eq, lt, ne, sessions, type AdminDatabase, type Db } from '@jobforge/db';
import { noCredentialCache, type CredentialCache } from './credential-cache.js';
import { credentialLookup } from './credential-lookup.js';
import { generateToken, parseToken, secretMatches } from './tokens.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Idle lifetime: a session unused this long has expired. */
export const SESSION_LIFETIME_MS = 14 * DAY_MS;
/** Absolute lifetime: no session outlives its sign-in by more than this. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * DAY_MS;
export const SESSION_RENEW_WHEN_REMAINING_MS = SESSION_LIFETIME_MS / 2;
/** lastSeenAt is only written when it is this stale, so reading pages does not write on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
}

export interface ClientMeta {
  userAgent: string | null;
  ipAddress: string | null;
}

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export async function createSession(
  database: AdminDatabase,
  userId: string,
  meta: ClientMeta,
  now = new Date(),
): Promise<NewSession> {
  const { id, token, secretHash } = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await database.bypassRls.insert(sessions).values({
    id,
    userId,
    secretHash,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
    userAgent: meta.userAgent?.slice(0, 512) ?? null,
    ipAddress: meta.ipAddress?.slice(0, 64) ?? null,
  });
  return { token, sessionId: id, expiresAt };
}

export async function deleteSession(
  database: AdminDatabase,
  sessionId: string,
  cache: CredentialCache = noCredentialCache,
): Promise<void> {
  await database.bypassRls.delete(sessions).where(eq(sessions.id, sessionId));
  cache.forget(sessionId);
}

/** Signs the user out everywhere, or everywhere but `exceptSessionId` (the browser making the change). */
export async function deleteUserSessions(db: Db, userId: string, exceptSessionId: string | null = null): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}

export async function deleteExpiredSessions(database: AdminDatabase, now = new Date()): Promise<void> {
  await database.bypassRls.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** A session with its account and the dates its expiry is judged by. */
export const findSessionWithUser = credentialLookup('jobforge_find_session', sessions, {
  expiresAt: sessions.expiresAt,
  lastSeenAt: sessions.lastSeenAt,
  createdAt: sessions.createdAt,
});

/** Extends the session when less than half its life remains; refreshes lastSeenAt when stale. */
export async function touchSession(
  database: AdminDatabase,
  sessionId: string,
  current: { expiresAt: Date; lastSeenAt: Date; createdAt: Date },
  now = new Date(),
): Promise<{ expiresAt: Date; renewed: boolean; written: boolean }> {
  const cap = current.createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_MS;
  const extended = Math.min(now.getTime() + SESSION_LIFETIME_MS, cap);
  const renew =
    current.expiresAt.getTime() - now.getTime() < SESSION_RENEW_WHEN_REMAINING_MS &&
    extended > current.expiresAt.getTime();
  if (renew) {
    const expiresAt = new Date(extended);
    await database.bypassRls.update(sessions).set({ expiresAt, lastSeenAt: now }).where(eq(sessions.id, sessionId));
    return { expiresAt, renewed: true, written: true };
  }
  if (now.getTime() - current.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await database.bypassRls
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, now)));
    return { expiresAt: current.expiresAt, renewed: false, written: true };
  }
  return { expiresAt: current.expiresAt, renewed: false, written: false };
}

/**
 * Ends the session a browser presented when it signs in again, so a login always leaves exactly one
 * live session for that browser (rotation). The secret must match: knowing an id is not enough.
 */
export async function endPresentedSession(
  database: AdminDatabase,
  token: string,
  cache: CredentialCache = noCredentialCache,
): Promise<void> {
  const parsed = parseToken(token);
  if (!parsed || parsed.kind !== 'session') return;
  const row = await findSessionWithUser(database, parsed.id);
  if (row && secretMatches(parsed.secret, row.secretHash)) await deleteSession(database, parsed.id, cache);
}
