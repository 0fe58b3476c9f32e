/**
 * Throttling of everything that costs an argon2 hash or can probe for accounts, kept in the database
 * (it holds across restarts and instances) in one table, `login_attempts`, one kind per row:
 * - `login`: a sign-in attempt. 10 failures in 15 minutes for one account (the email as typed,
 *   known or not; a success resets it) or from one address block further attempts until the oldest
 *   of those failures leaves the window.
 * - `sign_up`: an account created; at most 10 an hour per address.
 * - `sign_up_refused`: a sign-up refused because the email is taken (registration must say so); it
 *   counts as a failure of the address, so probing for accounts is throttled like guessing passwords.
 * - `password_reset`: a reset link asked for; 5 in 15 minutes per email as typed (known or not, so
 *   the limit says nothing about accounts) and 10 per address, since each one may send an email.
 *
 * Checking the current password of a signed-in user (changing the password or email, deleting the
 * account) is a sign-in attempt for that account: `startLoginAttempt` throttles it the same way.
 *
 * Sign-in and sign-up take their place before the password is hashed or verified, under a
 * transaction-scoped advisory lock per account and per address: however the attempts arrive
 * (parallel requests, one batch), exactly the allowed number is judged.
 */
import { and, desc, eq, gt, inArray, loginAttempts, lt, sql, type AdminDatabase, type Db } from '@jobforge/db';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_LOGINS = 10;
export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;
export const MAX_SIGN_UPS_PER_IP = 10;
export const MAX_RESET_REQUESTS_PER_EMAIL = 5;
export const MAX_RESET_REQUESTS_PER_IP = 10;
/** Stored when the client address is unknown; such attempts are throttled per account only. */
const UNKNOWN_IP = 'unknown';

export type ThrottleVerdict = { limited: false } | { limited: true; retryAfterSeconds: number };

const ip64 = (ipAddress: string | null) => (ipAddress ?? UNKNOWN_IP).slice(0, 64);
const waitUntil = (until: number, now: Date) => Math.max(1, Math.ceil((until - now.getTime()) / 1000));

/** Serializes attempts on the same account and the same address (always in this order: no deadlock). */
async function lockFor(tx: Db, email: string | null, ipAddress: string | null): Promise<void> {
  const keys = [email === null ? null : `login:${email}`, ipAddress ? `ip:${ipAddress}` : null].filter(
    (key): key is string => key !== null,
  );
  for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/**
 * Until when the attempts matching `where` since `since` block further ones: the `max`-th most recent
 * (before row `beforeId`, when given) decides, until it is `windowMs` old. Null when there are fewer.
 */
async function limitedUntil(
  db: Db,
  limit: { where: ReturnType<typeof and>; since: Date; max: number; windowMs: number; beforeId?: number },
) {
  const { where, since, max, windowMs, beforeId } = limit;
  const [limiting] = await db
    .select({ at: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(and(where, gt(loginAttempts.attemptedAt, since), beforeId ? lt(loginAttempts.id, beforeId) : undefined))
    .orderBy(desc(loginAttempts.attemptedAt), desc(loginAttempts.id))
    .offset(max - 1)
    .limit(1);
  return limiting ? limiting.at.getTime() + windowMs : null;
}

/** When the failed sign-ins counted by `where` block further attempts (MAX_FAILED_LOGINS in the window). */
const blockedUntil = (db: Db, where: ReturnType<typeof and>, since: Date, beforeId?: number) =>
  limitedUntil(db, { where, since, max: MAX_FAILED_LOGINS, windowMs: LOGIN_WINDOW_MS, beforeId });

const failedLogins = and(eq(loginAttempts.kind, 'login'), eq(loginAttempts.succeeded, false));
const addressFailures = (ipAddress: string) =>
  and(
    eq(loginAttempts.ipAddress, ipAddress),
    sql`(${loginAttempts.kind} = 'sign_up_refused' or (${loginAttempts.kind} = 'login' and ${loginAttempts.succeeded} = false))`,
  );

async function verdict(db: Db, email: string | null, ipAddress: string | null, now: Date, beforeId?: number) {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  let accountUntil: number | null = null;
  if (email !== null) {
    const [lastSuccess] = await db
      .select({ at: loginAttempts.attemptedAt })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.kind, 'login'),
          eq(loginAttempts.email, email),
          eq(loginAttempts.succeeded, true),
          gt(loginAttempts.attemptedAt, since),
        ),
      )
      .orderBy(desc(loginAttempts.attemptedAt))
      .limit(1);
    accountUntil = await blockedUntil(
      db,
      and(failedLogins, eq(loginAttempts.email, email)),
      lastSuccess?.at ?? since,
      beforeId,
    );
  }
  const addressUntil = ipAddress ? await blockedUntil(db, addressFailures(ipAddress), since, beforeId) : null;
  const until = Math.max(accountUntil ?? 0, addressUntil ?? 0);
  return until > now.getTime()
    ? { limited: true as const, retryAfterSeconds: waitUntil(until, now) }
    : { limited: false as const };
}

export type LoginAttempt =
  | { limited: true; retryAfterSeconds: number }
  | { limited: false; finish(succeeded: boolean): Promise<void> };

/**
 * Takes a place for one sign-in attempt before the password is verified: recorded as a failure now,
 * turned into a success by `finish(true)`. Refused (and not recorded) when the account or the
 * address is blocked by the attempts before it.
 */
export async function startLoginAttempt(
  database: AdminDatabase,
  email: string,
  ipAddress: string | null,
  now = new Date(),
): Promise<LoginAttempt> {
  const account = email.slice(0, 255);
  const address = ipAddress ? ip64(ipAddress) : null;
  const taken = await database.bypassRls.transaction(async (tx) => {
    await lockFor(tx as unknown as Db, account, address);
    const [row] = await tx
      .insert(loginAttempts)
      .values({ kind: 'login', email: account, ipAddress: ip64(ipAddress), succeeded: false, attemptedAt: now })
      .returning({ id: loginAttempts.id });
    const judged = await verdict(tx as unknown as Db, account, address, now, row!.id);
    if (judged.limited) await tx.delete(loginAttempts).where(eq(loginAttempts.id, row!.id));
    return { id: row!.id, judged };
  });
  if (taken.judged.limited) return taken.judged;
  return {
    limited: false,
    async finish(succeeded) {
      if (succeeded)
        await database.bypassRls.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, taken.id));
    },
  };
}

/** Whether sign-in is blocked for this account or address right now (read only). */
export async function checkLoginThrottle(
  database: AdminDatabase,
  email: string,
  ipAddress: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  return verdict(database.bypassRls, email.slice(0, 255), ipAddress ? ip64(ipAddress) : null, now);
}

/** Whether an address is blocked by failed sign-ins and refused sign-ups (read only). */
export async function checkIpThrottle(
  database: AdminDatabase,
  ipAddress: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  if (!ipAddress) return { limited: false };
  return verdict(database.bypassRls, null, ip64(ipAddress), now);
}

/** Records a finished sign-in attempt as it was (tools and tests; the API uses startLoginAttempt). */
export async function recordLoginAttempt(
  database: AdminDatabase,
  email: string,
  ipAddress: string | null,
  succeeded: boolean,
  now = new Date(),
): Promise<void> {
  await database.bypassRls
    .insert(loginAttempts)
    .values({ kind: 'login', email: email.slice(0, 255), ipAddress: ip64(ipAddress), succeeded, attemptedAt: now });
}

/** A sign-up refused because the email is taken: a failure of the address, charged to no account. */
export async function recordRefusedSignUp(
  database: AdminDatabase,
  ipAddress: string | null,
  now = new Date(),
): Promise<void> {
  await database.bypassRls
    .insert(loginAttempts)
    .values({ kind: 'sign_up_refused', email: null, ipAddress: ip64(ipAddress), succeeded: false, attemptedAt: now });
}

export type SignUpSlot = { granted: true; release(): Promise<void> } | { granted: false; retryAfterSeconds: number };

/**
 * One of an address's MAX_SIGN_UPS_PER_IP sign-ups an hour, taken before the password is hashed;
 * `release()` gives it back when the sign-up is refused before any hashing.
 */
export async function takeSignUpSlot(
  database: AdminDatabase,
  ipAddress: string | null,
  now = new Date(),
): Promise<SignUpSlot> {
  // Without a known address only the other limits apply, as for sign-in.
  if (!ipAddress) return { granted: true, release: async () => {} };
  const address = ip64(ipAddress);
  const since = new Date(now.getTime() - SIGN_UP_WINDOW_MS);
  const taken = await database.bypassRls.transaction(async (tx) => {
    await lockFor(tx as unknown as Db, null, address);
    const until = await limitedUntil(tx as unknown as Db, {
      where: and(eq(loginAttempts.kind, 'sign_up'), eq(loginAttempts.ipAddress, address)),
      since,
      max: MAX_SIGN_UPS_PER_IP,
      windowMs: SIGN_UP_WINDOW_MS,
    });
    if (until !== null) return { limitedUntil: until };
    const [slot] = await tx
      .insert(loginAttempts)
      .values({ kind: 'sign_up', email: null, ipAddress: address, succeeded: true, attemptedAt: now })
      .returning({ id: loginAttempts.id });
    return { id: slot!.id };
  });
  if ('limitedUntil' in taken) return { granted: false, retryAfterSeconds: waitUntil(taken.limitedUntil!, now) };
  return {
    granted: true,
    release: async () => {
      await database.bypassRls.delete(loginAttempts).where(eq(loginAttempts.id, taken.id));
    },
  };
}

/** When the recent `password_reset` rows matching `where` block further requests (`max` in the window). */
async function resetBlockedUntil(db: Db, where: ReturnType<typeof and>, max: number, since: Date) {
  const kind = eq(loginAttempts.kind, 'password_reset');
  return (await limitedUntil(db, { where: and(kind, where), since, max, windowMs: LOGIN_WINDOW_MS })) ?? 0;
}

/**
 * Takes a place for one password-reset request (recorded whether or not the email has an account),
 * or says how long to wait. Serialized like sign-in attempts, so a burst is counted exactly.
 */
export async function takePasswordResetSlot(
  database: AdminDatabase,
  email: string,
  ipAddress: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  const account = email.slice(0, 255);
  const address = ipAddress ? ip64(ipAddress) : null;
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const until = await database.bypassRls.transaction(async (tx) => {
    await lockFor(tx as unknown as Db, `reset:${account}`, address);
    const db = tx as unknown as Db;
    const blocked = Math.max(
      await resetBlockedUntil(db, eq(loginAttempts.email, account), MAX_RESET_REQUESTS_PER_EMAIL, since),
      address ? await resetBlockedUntil(db, eq(loginAttempts.ipAddress, address), MAX_RESET_REQUESTS_PER_IP, since) : 0,
    );
    if (blocked > now.getTime()) return blocked;
    await tx.insert(loginAttempts).values({
      kind: 'password_reset',
      email: account,
      ipAddress: ip64(ipAddress),
      succeeded: true,
      attemptedAt: now,
    });
    return 0;
  });
  return until > now.getTime() ? { limited: true, retryAfterSeconds: waitUntil(until, now) } : { limited: false };
}

/** Attempts older than a day no longer matter to any window. */
export async function pruneLoginAttempts(database: AdminDatabase, now = new Date()): Promise<void> {
  await database.bypassRls
    .delete(loginAttempts)
    .where(
      and(
        lt(loginAttempts.attemptedAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)),
        inArray(loginAttempts.kind, ['login', 'sign_up', 'sign_up_refused', 'password_reset']),
      ),
    );
}
