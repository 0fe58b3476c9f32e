/**
 * Registration and login. Login answers "invalid email or password" for an unknown email and for a
 * wrong password alike, after the same argon2 work, so neither the message nor the time says whether
 * an account exists.
 */
import { eq, users, type AdminDatabase } from '@jobforge/db';
import { isUniqueViolation } from '@jobforge/db';
import { hashPassword, passwordProblem, verifyAgainstDummyHash, verifyPassword } from './password.js';
import { authUserColumns } from './credential-lookup.js';
import { createSession, type AuthUser, type ClientMeta } from './sessions.js';
import { checkIpThrottle, recordRefusedSignUp, startLoginAttempt } from './throttle.js';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AccountError extends Error {
  override name = 'AccountError';
  constructor(
    readonly reason: 'email_taken' | 'weak_password' | 'throttled' | 'invalid_reset',
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface SignedIn {
  user: AuthUser;
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export async function registerUser(
  database: AdminDatabase,
  input: { email: string; password: string; fullName: string },
  meta: ClientMeta,
): Promise<SignedIn> {
  const problem = passwordProblem(input.password);
  if (problem) throw new AccountError('weak_password', `password ${problem}`);
  const throttle = await checkIpThrottle(database, meta.ipAddress);
  if (throttle.limited) {
    throw new AccountError('throttled', 'Too many failed attempts from this address.', throttle.retryAfterSeconds);
  }
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  let user: AuthUser;
  try {
    // A new account has no user context yet, and the app role may not insert users.
    const [created] = await database.bypassRls
      .insert(users)
      .values({ email, passwordHash, fullName: input.fullName.trim() })
      .returning(authUserColumns);
    user = created!;
  } catch (error) {
    if (isUniqueViolation(error)) {
      await recordRefusedSignUp(database, meta.ipAddress);
      throw new AccountError('email_taken', 'An account with this email already exists; sign in instead.');
    }
    throw error;
  }
  const session = await createSession(database, user.id, meta);
  return { user, ...session };
}

export type LoginResult =
  | ({ ok: true } & SignedIn)
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function loginWithPassword(
  database: AdminDatabase,
  input: { email: string; password: string },
  meta: ClientMeta,
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  // The attempt is recorded before the password is verified, so parallel guesses cannot all pass one check.
  const attempt = await startLoginAttempt(database, email, meta.ipAddress);
  if (attempt.limited) return { ok: false, reason: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };

  const [account] = await database.bypassRls
    .select({ user: authUserColumns, passwordHash: users.passwordHash, isActive: users.isActive })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const passwordOk = account
    ? await verifyPassword(account.passwordHash, input.password)
    : await verifyAgainstDummyHash(input.password);
  const succeeded = Boolean(account && passwordOk && account.isActive);
  await attempt.finish(succeeded);
  if (!succeeded || !account) return { ok: false, reason: 'invalid_credentials' };

  const session = await createSession(database, account.user.id, meta);
  return { ok: true, user: account.user, ...session };
}
