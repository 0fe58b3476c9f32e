/**
 * Login throttling kept in the database, so it holds across restarts and across instances:
 * after 10 failed logins within 15 minutes for one account (email as typed, known or not) or from
 * one IP address, further attempts are refused until the oldest of those failures leaves the window.
 * A successful login clears the account's count, not the IP's.
 */
import { and, desc, eq, gt, loginAttempts, lt, type Database } from '@jobforge/db';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_LOGINS = 10;
/** Stored when the client address is unknown; such attempts are throttled per account only. */
const UNKNOWN_IP = 'unknown';

export type ThrottleVerdict = { limited: false } | { limited: true; retryAfterSeconds: number };

export async function checkLoginThrottle(
  database: Database,
  email: string,
  ipAddress: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [accountBlockedUntil, ipBlockedUntil] = await Promise.all([
    blockedUntil(database, 'email', email, since),
    ipAddress ? blockedUntil(database, 'ip', ipAddress, since) : Promise.resolve(null),
  ]);
  const until = Math.max(accountBlockedUntil ?? 0, ipBlockedUntil ?? 0);
  if (until <= now.getTime()) return { limited: false };
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

/**
 * The tenth most recent failure in the window decides: while it is inside the window there have been
 * ten failures in fifteen minutes, and the block lifts when it ages out.
 */
async function blockedUntil(
  database: Database,
  by: 'email' | 'ip',
  value: string,
  since: Date,
): Promise<number | null> {
  const db = database.bypassRls;
  const column = by === 'email' ? loginAttempts.email : loginAttempts.ipAddress;
  let windowStart = since;
  if (by === 'email') {
    const [lastSuccess] = await db
      .select({ at: loginAttempts.attemptedAt })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, true), gt(loginAttempts.attemptedAt, since)))
      .orderBy(desc(loginAttempts.attemptedAt))
      .limit(1);
    if (lastSuccess) windowStart = lastSuccess.at;
  }
  const [tenth] = await db
    .select({ at: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, windowStart)))
    .orderBy(desc(loginAttempts.attemptedAt))
    .offset(MAX_FAILED_LOGINS - 1)
    .limit(1);
  return tenth ? tenth.at.getTime() + LOGIN_WINDOW_MS : null;
}

export async function recordLoginAttempt(
  database: Database,
  email: string,
  ipAddress: string | null,
  succeeded: boolean,
  now = new Date(),
): Promise<void> {
  await database.bypassRls.insert(loginAttempts).values({
    email: email.slice(0, 255),
    ipAddress: (ipAddress ?? UNKNOWN_IP).slice(0, 64),
    succeeded,
    attemptedAt: now,
  });
}

/**
 * Registration reveals whether an email is taken (it must say so), so refused registrations count as
 * failures of the client's IP: probing for accounts through the sign-up form is throttled like
 * guessing passwords. They are stored without an email, so no account is charged for them.
 */
export const REGISTRATION_FAILURE_EMAIL = '';

export async function checkIpThrottle(
  database: Database,
  ipAddress: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  if (!ipAddress) return { limited: false };
  const until = await blockedUntil(database, 'ip', ipAddress, new Date(now.getTime() - LOGIN_WINDOW_MS));
  if (!until || until <= now.getTime()) return { limited: false };
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

/** Attempts older than a day no longer matter to any window. */
export async function pruneLoginAttempts(database: Database, now = new Date()): Promise<void> {
  await database.bypassRls
    .delete(loginAttempts)
    .where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
