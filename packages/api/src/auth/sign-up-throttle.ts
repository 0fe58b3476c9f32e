/**
 * Sign-ups per IP address: each one costs an argon2 hash, so one address may create at most
 * MAX_SIGN_UPS_PER_IP accounts an hour. Kept in the login-attempts table beside the login throttle
 * (held across restarts and instances, pruned by the same housekeeping).
 *
 * A slot is taken before the password is hashed, and the rows are ranked by id, so a burst of
 * parallel requests gets exactly the allowed number through rather than all passing one check.
 */
import { and, desc, eq, gt, loginAttempts, lt, type Database } from '@jobforge/db';

export const SIGN_UP_WINDOW_MS = 60 * 60 * 1000;
export const MAX_SIGN_UPS_PER_IP = 10;
/** Stored as the email: not an email address, so no sign-in attempt is ever counted as a sign-up. */
export const SIGN_UP_MARKER = '(sign-up)';

export type SignUpSlot = { granted: true; release(): Promise<void> } | { granted: false; retryAfterSeconds: number };

const NO_SLOT_NEEDED: SignUpSlot = { granted: true, release: async () => {} };

export async function takeSignUpSlot(
  database: Database,
  ipAddress: string | null,
  now = new Date(),
): Promise<SignUpSlot> {
  // Without a known address only the other limits apply, as for sign-in.
  if (!ipAddress) return NO_SLOT_NEEDED;
  const db = database.bypassRls;
  const ip = ipAddress.slice(0, 64);
  const [slot] = await db
    .insert(loginAttempts)
    .values({ email: SIGN_UP_MARKER, ipAddress: ip, succeeded: true, attemptedAt: now })
    .returning({ id: loginAttempts.id });
  const release = async () => {
    await db.delete(loginAttempts).where(eq(loginAttempts.id, slot!.id));
  };
  const since = new Date(now.getTime() - SIGN_UP_WINDOW_MS);
  // The MAX-th sign-up before this one, if it is inside the window, means the allowance is used up
  // until it ages out.
  const [limiting] = await db
    .select({ at: loginAttempts.attemptedAt })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, SIGN_UP_MARKER),
        eq(loginAttempts.ipAddress, ip),
        gt(loginAttempts.attemptedAt, since),
        lt(loginAttempts.id, slot!.id),
      ),
    )
    .orderBy(desc(loginAttempts.attemptedAt), desc(loginAttempts.id))
    .offset(MAX_SIGN_UPS_PER_IP - 1)
    .limit(1);
  if (!limiting) return { granted: true, release };
  await release();
  const until = limiting.at.getTime() + SIGN_UP_WINDOW_MS;
  return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}
