import { setPassword } from '@jobforge/auth';
import type { AuthedContext, HandlerArgs } from '../context.js';
import { accountFailure, confirmPassword, requireSession } from './account-change.js';
import type { ChangePasswordInput } from './change-password.schema.js';

/** A new password; every other session ends, the one making the change stays signed in. */
export async function changePassword({ ctx, input }: HandlerArgs<AuthedContext, ChangePasswordInput>) {
  const currentSession = requireSession(ctx, 'Changing the password');
  await confirmPassword(ctx, 'currentPassword', input.currentPassword);
  try {
    await setPassword(ctx.services.adminDatabase, ctx.user.id, input.newPassword, currentSession);
  } catch (error) {
    throw accountFailure(error, 'newPassword');
  }
  return { ok: true as const, otherSessionsEnded: true };
}
