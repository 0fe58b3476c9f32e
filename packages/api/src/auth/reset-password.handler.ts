import { resetPasswordWithToken } from '@jobforge/auth';
import type { ApiContext, HandlerArgs } from '../context.js';
import { accountFailure } from './account-change.js';
import type { ResetPasswordInput } from './reset-password.schema.js';

/** Sets a new password with a one-time link; every session of the account ends, including this browser's. */
export async function resetPassword({ ctx, input }: HandlerArgs<ApiContext, ResetPasswordInput>) {
  try {
    const { email } = await resetPasswordWithToken(ctx.services.adminDatabase, input.token, input.password);
    return { email };
  } catch (error) {
    throw accountFailure(error, 'password');
  }
}
