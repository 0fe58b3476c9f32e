import { TRPCError } from '@trpc/server';
import { AccountError, registerUser, takeSignUpSlot } from '@jobforge/auth';
import type { ApiContext, HandlerArgs } from '../context.js';
import type { RegisterInput } from './register.schema.js';
import { startBrowserSession } from './session-cookie.js';

import { tooManyAttempts } from './too-many-attempts.js';

export async function register({ ctx, input }: HandlerArgs<ApiContext, RegisterInput>) {
  const slot = await takeSignUpSlot(ctx.services.adminDatabase, ctx.clientIp);
  if (!slot.granted) throw tooManyAttempts(ctx, slot.retryAfterSeconds, 'Too many new accounts from this address.');
  try {
    const signedIn = await registerUser(ctx.services.adminDatabase, input, {
      userAgent: ctx.userAgent,
      ipAddress: ctx.clientIp,
    });
    return await startBrowserSession(ctx, signedIn);
  } catch (error) {
    if (error instanceof AccountError) {
      // Refused before any password was hashed: the attempt does not use up a sign-up.
      if (error.reason === 'weak_password' || error.reason === 'throttled') await slot.release();
      if (error.reason === 'throttled') throw tooManyAttempts(ctx, error.retryAfterSeconds ?? 60);
      throw new TRPCError({
        code: error.reason === 'email_taken' ? 'CONFLICT' : 'BAD_REQUEST',
        message: error.message,
      });
    }
    throw error;
  }
}
