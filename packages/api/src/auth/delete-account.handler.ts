import { normalizeEmail, serializeClearedSessionCookie } from '@jobforge/auth';
import { eq, users, withUser } from '@jobforge/db';
import type { AuthedContext, HandlerArgs } from '../context.js';
import { fieldError } from '../errors.js';
import { confirmPassword, requireSession } from './account-change.js';
import type { DeleteAccountInput } from './delete-account.schema.js';

/**
 * Deletes the account and everything in it. The delete runs as the user, under row-level security,
 * so it can only ever reach that user's row; the foreign keys cascade to every table they own
 * (applications, documents and their history, resumes, runs, pipeline, sessions, tokens, feeds).
 */
export async function deleteAccount({ ctx, input }: HandlerArgs<AuthedContext, DeleteAccountInput>) {
  requireSession(ctx, 'Deleting the account');
  if (normalizeEmail(input.confirmEmail) !== ctx.user.email) {
    throw fieldError('confirmEmail', 'must be the email of this account, typed exactly');
  }
  await confirmPassword(ctx, 'password', input.password);
  const deleted = await withUser(ctx.services.database, ctx.user.id, (tx) =>
    tx.delete(users).where(eq(users.id, ctx.user.id)).returning({ id: users.id }),
  );
  if (ctx.credentials?.via === 'cookie') {
    ctx.responseHeaders.append('Set-Cookie', serializeClearedSessionCookie({ secure: ctx.services.secureCookies }));
  }
  ctx.services.logger.info({ requestId: ctx.requestId, userId: ctx.user.id }, 'account deleted by its owner');
  return { deleted: deleted.length === 1 };
}
