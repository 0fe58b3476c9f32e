/**
 * CSRF: a browser attaches our cookie to requests that other sites trigger, so a mutation that is not
 * authenticated by an explicit bearer token must come from our own pages. Login and registration are
 * included, so another site cannot sign a visitor into the attacker's account either.
 */
import { TRPCError } from '@trpc/server';
import { checkSameOrigin } from '@jobforge/auth';
import { t } from '../init.js';

export const rejectCrossSiteMutation = t.middleware(({ ctx, type, next }) => {
  if (type !== 'mutation' || ctx.credentials?.via === 'bearer') return next();
  const verdict = checkSameOrigin(ctx.request, { allowedOrigins: ctx.services.allowedOrigins });
  if (!verdict.ok) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `Refused a cross-site request (${verdict.reason}). Use Job Forge from its own address, or send an API token.`,
    });
  }
  return next();
});
