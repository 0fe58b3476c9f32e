import { normalizeEmail, setEmail } from '@jobforge/auth';
import type { AuthedContext, HandlerArgs } from '../context.js';
import { fieldError } from '../errors.js';
import { accountFailure, confirmPassword, requireSession } from './account-change.js';
import type { ChangeEmailInput } from './change-email.schema.js';

/** The sign-in email, confirmed with the password; another account's email is refused by name. */
export async function changeEmail({ ctx, input }: HandlerArgs<AuthedContext, ChangeEmailInput>) {
  requireSession(ctx, 'Changing the email');
  if (normalizeEmail(input.email) === ctx.user.email) throw fieldError('email', 'is already your email');
  await confirmPassword(ctx, 'password', input.password);
  try {
    const email = await setEmail(ctx.services.adminDatabase, ctx.user.id, input.email);
    return { email };
  } catch (error) {
    throw accountFailure(error, 'email');
  }
}
