import { TRPCError } from '@trpc/server';
import { loginWithPassword } from '@jobforge/auth';
import type { ApiContext, HandlerArgs } from '../context.js';
import type { LoginInput } from './login.schema.js';
import { startBrowserSession } from './session-cookie.js';
import { tooManyAttempts } from './too-many-attempts.js';

export const INVALID_CREDENTIALS_MESSAGE = 'Invalid email or password.';

export async function login({ ctx, input }: HandlerArgs<ApiContext, LoginInput>) {
  const result = await loginWithPassword(ctx.services.adminDatabase, input, {
    userAgent: ctx.userAgent,
    ipAddress: ctx.clientIp,
  });
  if (result.ok) return startBrowserSession(ctx, result);
  if (result.reason === 'throttled') throw tooManyAttempts(ctx, result.retryAfterSeconds);
  throw new TRPCError({ code: 'UNAUTHORIZED', message: INVALID_CREDENTIALS_MESSAGE });
}
