/**
 * How loaders and actions reach the API: in process, through a caller authenticated by the
 * request's cookie. Whatever the API adds to the response (a renewed or cleared session cookie,
 * Retry-After) is collected in `headers` and must go out with the route's response.
 *
 * - `load(fn)`: for loaders. Not signed in -> redirect to /login?redirectTo=<this page>; any other
 *   failure -> an error response (404 for something that is not there or not yours) carrying the
 *   request id, which the nearest error boundary shows.
 * - `act(fn)`: for actions. Returns `{ ok: false, failure }` for problems the form should show
 *   (rejected fields, conflicts, throttling); only "not signed in" still redirects.
 */
import { data, redirect, type AppLoadContext } from '@remix-run/node';
import type { ApiCaller } from '@jobforge/api';
import { logger } from '@jobforge/observability';
import { readApiFailure, type ApiFailure } from './api-errors';
import { loginPathFor } from './safe-redirect';

export type { ApiCaller };

export interface ErrorPayload {
  message: string;
  requestId: string;
}

export type ActResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export interface ActOptions {
  /** For sign-in itself, where UNAUTHORIZED means "wrong password", not "go and sign in". */
  unauthorizedIsFailure?: boolean;
}

export interface ServerApi {
  caller: ApiCaller;
  headers: Headers;
  requestId: string;
  load<T>(fn: (caller: ApiCaller) => Promise<T>): Promise<T>;
  act<T>(fn: (caller: ApiCaller) => Promise<T>, options?: ActOptions): Promise<ActResult<T>>;
  /** An error response for the nearest error boundary, with this request's id. */
  fail(status: number, message: string): ReturnType<typeof data<ErrorPayload>>;
}

export function serverApi(request: Request, context: AppLoadContext): ServerApi {
  const headers = new Headers();
  const { requestId } = context;
  const caller = context.api.createCaller(request, {
    requestId,
    clientIp: context.clientIp ?? null,
    responseHeaders: headers,
  });

  const fail = (status: number, message: string) => data<ErrorPayload>({ message, requestId }, { status, headers });

  const toThrown = (error: unknown): unknown => {
    const failure = readApiFailure(error);
    if (!failure) {
      // Not an API error but a fault in this app: log it here, show only the reference.
      logger.error({ err: error, requestId }, 'unexpected error in a page loader or action');
      return fail(500, `Something went wrong on our side; it has been logged. Reference: ${requestId}`);
    }
    if (failure.code === 'UNAUTHORIZED') return redirect(loginPathFor(request.url), { headers });
    return fail(failure.status, failure.message);
  };

  return {
    caller,
    headers,
    requestId,
    fail,
    async load(fn) {
      try {
        return await fn(caller);
      } catch (error) {
        throw toThrown(error);
      }
    },
    async act(fn, options = {}) {
      try {
        return { ok: true, value: await fn(caller) };
      } catch (error) {
        const failure = readApiFailure(error);
        const signedOut = failure?.code === 'UNAUTHORIZED' && !options.unauthorizedIsFailure;
        if (!failure || signedOut || failure.status === 500) throw toThrown(error);
        return { ok: false, failure };
      }
    },
  };
}
