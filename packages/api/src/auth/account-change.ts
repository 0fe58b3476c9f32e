/**
 * What every account change (password, email, deletion) shares: it needs a signed-in session, not
 * an API token (a leaked script token must not take the account over), and the current password,
 * checked and throttled like a sign-in. A wrong password is a field error on the form, never
 * UNAUTHORIZED: the person is signed in and stays so.
 */
import { TRPCError } from '@trpc/server';
import { AccountError, checkCurrentPassword } from '@jobforge/auth';
import type { AuthedContext } from '../context.js';
import { fieldError } from '../errors.js';
import { tooManyAttempts } from './too-many-attempts.js';

export function requireSession(ctx: AuthedContext, what: string): string {
  if (ctx.credential.kind !== 'session') {
    throw new TRPCError({ code: 'FORBIDDEN', message: `${what} needs a signed-in session, not an API token.` });
  }
  return ctx.credential.id;
}

export async function confirmPassword(ctx: AuthedContext, field: string, password: string): Promise<void> {
  const check = await checkCurrentPassword(ctx.services.adminDatabase, ctx.user, password, ctx.clientIp);
  if (check.ok) return;
  if (check.reason === 'throttled') {
    throw tooManyAttempts(ctx, check.retryAfterSeconds ?? 60, 'Too many wrong passwords for this account.');
  }
  throw fieldError(field, 'is not your current password');
}

/** An AccountError from the auth package, as the API answers it. */
export function accountFailure(error: unknown, field: string): unknown {
  if (!(error instanceof AccountError)) return error;
  if (error.reason === 'email_taken') return fieldError(field, 'is used by another account');
  if (error.reason === 'weak_password') return fieldError(field, error.message.replace(/^password /, ''));
  return new TRPCError({ code: 'BAD_REQUEST', message: error.message });
}
