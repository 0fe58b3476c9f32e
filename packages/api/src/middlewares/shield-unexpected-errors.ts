/**
 * The outermost middleware: an error nobody anticipated (a driver error, a bug) is logged here with
 * the request id and the procedure, and replaced by a message that names only that id. This covers
 * server-side callers too, which never pass through the HTTP error formatter.
 */
import { TRPCError } from '@trpc/server';
import { t } from '../init.js';
import { UNEXPECTED_MESSAGE } from '../errors.js';

export class ReportedUnexpectedError extends TRPCError {
  constructor(requestId: string) {
    super({ code: 'INTERNAL_SERVER_ERROR', message: `${UNEXPECTED_MESSAGE} Reference: ${requestId}` });
  }
}

export const shieldUnexpectedErrors = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (result.ok || result.error.code !== 'INTERNAL_SERVER_ERROR' || result.error instanceof ReportedUnexpectedError) {
    return result;
  }
  ctx.services.logger.error(
    { err: result.error.cause ?? result.error, requestId: ctx.requestId, path, type },
    'unexpected error in API procedure',
  );
  throw new ReportedUnexpectedError(ctx.requestId);
});
