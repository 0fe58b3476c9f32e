import { TRPCError } from '@trpc/server';
import { loginWithPassword } from '@jobforge/auth';
import type { ApiContext, HandlerArgs } from '../context.js';
import type { LoginInput } from './login.schema.js';
import { startBrowserSession } from './session-cookie.js';

export const INVALID_CREDENTIALS_MESSAGE = 'Invalid email or password.';

export async function login({ ctx, input }: HandlerArgs<ApiContext, LoginInput>) {
  const result = await loginWithPassword(ctx.services.database, input, { userAgent: ctx.userAgent, ipAddress: ctx.clientIp });
  if (result.ok) return startBrowserSession(ctx, result);
  if (result.reason === 'throttled') {
    ctx.responseHeaders.set('Retry-After', String(result.retryAfterSeconds));
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many failed sign-in attempts. Try again in ${describeWait(result.retryAfterSeconds)}.`,
    });
  }
  throw new TRPCError({ code: 'UNAUTHORIZED', message: INVALID_CREDENTIALS_MESSAGE });
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
