/**
 * Private calendar feed addresses: `/calendar/<id>.<secret>.ics`, read by calendar apps that cannot
 * sign in. The address is the only credential, so it is treated like a token: ≥120 bits of id and 160
 * of secret, only SHA-256 of the secret stored, compared in constant time, shown once, and rotated
 * by replacing the row (the old address stops working at once). It grants one thing: reading the
 * user's reminders as a calendar. Like sign-in lookups, finding the owner of an address happens
 * before any user is known, so it is the one read here that uses the privileged handle.
 */
import { and, calendarFeeds, eq, isNull, lt, or, users, type AdminDatabase, type UserTx } from '@jobforge/db';
import { LAST_SEEN_RESOLUTION_MS } from './sessions.js';
import { generateToken, secretMatches } from './tokens.js';

export const CALENDAR_FEED_ID_PREFIX = 'cal_';
const FEED_TOKEN_PATTERN = /^(cal_[a-z2-7]{24})\.([a-z2-7]{32})$/;

/**
 * Replaces the user's feed address with a new one and returns its token (never stored in clear). One
 * statement, so two rotations at once leave exactly one address: the later one.
 */
export async function rotateCalendarFeed(tx: UserTx, userId: string) {
  const { id, token, secretHash } = generateToken(CALENDAR_FEED_ID_PREFIX);
  const createdAt = new Date();
  await tx
    .insert(calendarFeeds)
    .values({ id, userId, secretHash, createdAt })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { id, secretHash, createdAt, lastUsedAt: null },
    });
  return { token, createdAt };
}

export async function disableCalendarFeed(tx: UserTx, userId: string) {
  const removed = await tx
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .returning({ id: calendarFeeds.id });
  return removed.length > 0;
}

export async function calendarFeedStatus(tx: UserTx, userId: string) {
  const [feed] = await tx
    .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return feed ?? null;
}

/**
 * The user a feed token belongs to, or null for anything else (malformed, unknown, wrong secret,
 * deactivated account) — all alike to the caller. A malformed token never reaches the database.
 */
export async function findCalendarFeedOwner(database: AdminDatabase, token: string): Promise<string | null> {
  const match = FEED_TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const [feedId, secret] = [match[1]!, match[2]!];
  const [row] = await database.bypassRls
    .select({
      userId: calendarFeeds.userId,
      secretHash: calendarFeeds.secretHash,
      lastUsedAt: calendarFeeds.lastUsedAt,
    })
    .from(calendarFeeds)
    .innerJoin(users, and(eq(users.id, calendarFeeds.userId), eq(users.isActive, true)))
    .where(eq(calendarFeeds.id, feedId))
    .limit(1);
  if (!row || !secretMatches(secret, row.secretHash)) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await database.bypassRls
      .update(calendarFeeds)
      .set({ lastUsedAt: now })
      .where(
        and(eq(calendarFeeds.id, feedId), or(isNull(calendarFeeds.lastUsedAt), lt(calendarFeeds.lastUsedAt, now))),
      );
  }
  return row.userId;
}
