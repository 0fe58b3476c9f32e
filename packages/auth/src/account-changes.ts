/**
 * What a signed-in person changes about their own account: the password and the email, each
 * confirmed with the current password. These columns are written only here, through the privileged
 * handle (the app role may change nothing but the name). Every check of the current password is a
 * sign-in attempt for the account (`startLoginAttempt`): someone holding a stolen session cannot
 * guess the password faster than someone at the sign-in form.
 */
import { eq, isUniqueViolation, passwordResets, users, type AdminDatabase, type Db } from '@jobforge/db';
import { AccountError, normalizeEmail } from './accounts.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { deleteUserSessions } from './sessions.js';
import { startLoginAttempt } from './throttle.js';

export type PasswordCheck =
  | { ok: true }
  | { ok: false; reason: 'wrong_password' | 'throttled'; retryAfterSeconds?: number };

/** Verifies the password of a signed-in user, counted and throttled like a sign-in to that account. */
export async function checkCurrentPassword(
  database: AdminDatabase,
  user: { id: string; email: string },
  password: string,
  ipAddress: string | null,
): Promise<PasswordCheck> {
  const attempt = await startLoginAttempt(database, user.email, ipAddress);
  if (attempt.limited) return { ok: false, reason: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
  const [row] = await database.bypassRls
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.id))
    .limit(1);
  const ok = Boolean(row) && (await verifyPassword(row!.passwordHash, password));
  await attempt.finish(ok);
  return ok ? { ok: true } : { ok: false, reason: 'wrong_password' };
}

/**
 * Stores a new password hash and ends every session but `keepSessionId` (null: all of them) and
 * every reset link: whoever knew the old password, or held a link, is out. API tokens stay: they
 * are separate credentials the person created and revokes on their own.
 */
export async function setPassword(
  database: AdminDatabase,
  userId: string,
  newPassword: string,
  keepSessionId: string | null,
): Promise<void> {
  const problem = passwordProblem(newPassword);
  if (problem) throw new AccountError('weak_password', `password ${problem}`);
  const passwordHash = await hashPassword(newPassword);
  await database.bypassRls.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await deleteUserSessions(tx as unknown as Db, userId, keepSessionId);
    await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
  });
}

/** Changes the sign-in email; refused with a clear reason when another account has it. */
export async function setEmail(database: AdminDatabase, userId: string, newEmail: string): Promise<string> {
  const email = normalizeEmail(newEmail);
  try {
    await database.bypassRls.transaction(async (tx) => {
      await tx.update(users).set({ email }).where(eq(users.id, userId));
      // Links sent to the old address stop working: the account is now reached through the new one.
      await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AccountError('email_taken', 'Another account already uses this email.');
    }
    throw error;
  }
  return email;
}
