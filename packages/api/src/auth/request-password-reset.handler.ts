import { passwordResetLink, requestPasswordReset as issueIfKnown } from '@jobforge/auth';
import type { ApiContext, HandlerArgs } from '../context.js';
import type { RequestPasswordResetInput } from './request-password-reset.schema.js';
import { tooManyAttempts } from './too-many-attempts.js';

/**
 * "Forgot password?". The answer is the same whether or not the email has an account, and comes
 * before any email is sent (sending happens after the response), so neither its words nor its
 * timing say which. Without SMTP_URL nothing is issued: the operator command hands out links.
 */
export async function requestPasswordReset({ ctx, input }: HandlerArgs<ApiContext, RequestPasswordResetInput>) {
  const { mailer, logger } = ctx.services;
  if (!mailer) {
    logger.info({ requestId: ctx.requestId }, 'password reset asked for, but SMTP_URL is not set: no email sent');
    return { emailed: false as const };
  }
  const request = await issueIfKnown(ctx.services.adminDatabase, input.email, ctx.clientIp);
  if (request.throttled) {
    throw tooManyAttempts(ctx, request.throttled.retryAfterSeconds, 'Too many reset requests.');
  }
  const issued = request.issued;
  if (issued) {
    const link = passwordResetLink(ctx.services.publicBaseUrl, issued.token);
    void mailer.sendPasswordReset(issued, link, issued.expiresAt).catch((error: unknown) => {
      logger.error({ err: error, requestId: ctx.requestId }, 'could not send a password-reset email');
    });
  }
  return { emailed: true as const };
}
