/**
 * The outermost middleware: an error nobody anticipated (a driver error, a bug) is logged here with
 * the request id and the procedure, and replaced by a message that names only that id. This covers
 * server-side callers too, which never pass through the HTTP error formatter.
 * A database that cannot answer (down, unreachable, connection killed, too slow) is not a bug: the
 * client gets SERVICE_UNAVAILABLE (503) with Retry-After and tries again.
 */
import { TRPCError } from '@trpc/server';
import { isDatabaseUnavailable } from '@jobforge/db';
import { t } from '../init.js';
import { UNEXPECTED_MESSAGE } from '../errors.js';

/** Seconds a client should wait before trying again while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not answering right now; try again in a few seconds.';

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
  if (isDatabaseUnavailable(result.error.cause)) {
    ctx.services.logger.warn(
      { err: result.error.cause, requestId: ctx.requestId, path, type },
      'database unavailable: answered 503',
    );
    ctx.responseHeaders.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE });
  }
  ctx.services.logger.error(
    { err: result.error.cause ?? result.error, requestId: ctx.requestId, path, type },
    'unexpected error in API procedure',
  );
  throw new ReportedUnexpectedError(ctx.requestId);
});
