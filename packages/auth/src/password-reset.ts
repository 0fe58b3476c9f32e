/**
 * "Forgot password?": one-time links to set a new password. A link carries a token
 * `pwr_<id>.<secret>` (120 + 160 random bits); only SHA-256 of the secret is stored. It works for 30
 * minutes and once: using it deletes it (and every other link of the account) in the same
 * transaction that stores the new password and ends every session. Whether an email has an account
 * is never said to the asker: `requestPasswordReset` returns the link only to the caller, who sends it
 * to that address (or, for the operator command, prints it).
 */
import { and, eq, gt, lt, passwordResets, users, type AdminDatabase, type Db } from '@jobforge/db';
import { AccountError, normalizeEmail } from './accounts.js';
import { hashPassword, passwordProblem } from './password.js';
import { deleteUserSessions } from './sessions.js';
import { takePasswordResetSlot, type ThrottleVerdict } from './throttle.js';
import { generateToken, secretMatches } from './tokens.js';

export const PASSWORD_RESET_LIFETIME_MS = 30 * 60 * 1000;
export const PASSWORD_RESET_ID_PREFIX = 'pwr_';
const RESET_TOKEN_PATTERN = /^(pwr_[a-z2-7]{24})\.([a-z2-7]{32})$/;

export interface IssuedReset {
  token: string;
  email: string;
  fullName: string;
  expiresAt: Date;
}

/**
 * A new reset link for the active account with this email, or null when there is none. No
 * throttling: this is the operator command's path; requests from the web go through
 * `requestPasswordReset`.
 */
export async function issuePasswordReset(
  database: AdminDatabase,
  email: string,
  now = new Date(),
): Promise<IssuedReset | null> {
  const [account] = await database.bypassRls
    .select({ id: users.id, email: users.email, fullName: users.fullName })
    .from(users)
    .where(and(eq(users.email, normalizeEmail(email)), eq(users.isActive, true)))
    .limit(1);
  if (!account) return null;
  const { id, token, secretHash } = generateToken(PASSWORD_RESET_ID_PREFIX);
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS);
  await database.bypassRls
    .insert(passwordResets)
    .values({ id, userId: account.id, secretHash, createdAt: now, expiresAt });
  return { token, email: account.email, fullName: account.fullName, expiresAt };
}

export type ResetRequest =
  | { throttled: ThrottleVerdict & { limited: true } }
  | { throttled: null; issued: IssuedReset | null };

/** A reset asked for from the sign-in pages: throttled per email as typed and per address first. */
export async function requestPasswordReset(
  database: AdminDatabase,
  email: string,
  ipAddress: string | null,
  now = new Date(),
): Promise<ResetRequest> {
  const verdict = await takePasswordResetSlot(database, normalizeEmail(email), ipAddress, now);
  if (verdict.limited) return { throttled: verdict };
  return { throttled: null, issued: await issuePasswordReset(database, email, now) };
}

export const INVALID_RESET_MESSAGE =
  'This reset link is not valid: it was used already, has expired, or was mistyped. Ask for a new one.';

/**
 * Sets a new password with a reset link's token. The password is checked before the link is spent,
 * so a refused password leaves the link usable. The row is deleted by the statement that finds it
 * valid: two uses at once cannot both succeed.
 */
export async function resetPasswordWithToken(
  database: AdminDatabase,
  token: string,
  newPassword: string,
  now = new Date(),
): Promise<{ email: string }> {
  const match = RESET_TOKEN_PATTERN.exec(token.trim());
  if (!match) throw new AccountError('invalid_reset', INVALID_RESET_MESSAGE);
  const problem = passwordProblem(newPassword);
  if (problem) throw new AccountError('weak_password', `password ${problem}`);
  const [id, secret] = [match[1]!, match[2]!];
  const passwordHash = await hashPassword(newPassword);
  const email = await database.bypassRls.transaction(async (tx) => {
    const [link] = await tx
      .delete(passwordResets)
      .where(and(eq(passwordResets.id, id), gt(passwordResets.expiresAt, now)))
      .returning({ userId: passwordResets.userId, secretHash: passwordResets.secretHash });
    // A wrong secret rolls the delete back: knowing an id is not enough even to spend a link.
    if (!link || !secretMatches(secret, link.secretHash))
      throw new AccountError('invalid_reset', INVALID_RESET_MESSAGE);
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, link.userId), eq(users.isActive, true)))
      .returning({ email: users.email });
    if (!user) throw new AccountError('invalid_reset', INVALID_RESET_MESSAGE);
    await tx.delete(passwordResets).where(eq(passwordResets.userId, link.userId));
    await deleteUserSessions(tx as unknown as Db, link.userId);
    return user.email;
  });
  return { email };
}

/** Links past their 30 minutes are useless; housekeeping removes them. */
export async function deleteExpiredPasswordResets(database: AdminDatabase, now = new Date()): Promise<void> {
  await database.bypassRls.delete(passwordResets).where(lt(passwordResets.expiresAt, now));
}
