import { TRPCError } from '@trpc/server';
import type { ApiContext } from '../context.js';

/** The answer to a throttled sign-in or sign-up: how long to wait, in words and in Retry-After. */
export function tooManyAttempts(
  ctx: ApiContext,
  retryAfterSeconds: number,
  reason = 'Too many failed sign-in attempts.',
): TRPCError {
  ctx.responseHeaders.set('Retry-After', String(retryAfterSeconds));
  return new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: `${reason} Try again in ${describeWait(retryAfterSeconds)}.`,
  });
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
