import { TRPCError } from '@trpc/server';
import { AccountError, registerUser } from '@jobforge/auth';
import type { ApiContext, HandlerArgs } from '../context.js';
import type { RegisterInput } from './register.schema.js';
import { startBrowserSession } from './session-cookie.js';
import { tooManyAttempts } from './too-many-attempts.js';

export async function register({ ctx, input }: HandlerArgs<ApiContext, RegisterInput>) {
  try {
    const signedIn = await registerUser(ctx.services.database, input, { userAgent: ctx.userAgent, ipAddress: ctx.clientIp });
    return await startBrowserSession(ctx, signedIn);
  } catch (error) {
    if (error instanceof AccountError) {
      if (error.reason === 'throttled') throw tooManyAttempts(ctx, error.retryAfterSeconds ?? 60);
      throw new TRPCError({ code: error.reason === 'email_taken' ? 'CONFLICT' : 'BAD_REQUEST', message: error.message });
    }
    throw error;
  }
}
