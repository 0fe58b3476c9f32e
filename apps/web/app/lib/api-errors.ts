/**
 * Turns what the API throws into something a page can show: the tRPC code, the HTTP status, a
 * message for a person, and per-field messages when an input was rejected. Duck-typed on purpose:
 * the API and the web app may load different copies of @trpc/server, so `instanceof` would lie.
 */
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { fieldErrorsOf, issuesOf } from '@jobforge/domain';

export interface ApiFailure {
  code: string;
  status: number;
  message: string;
  /** One message per rejected field, keyed by the input field's name. */
  fieldErrors: Record<string, string>;
}

export function isApiError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'TRPCError' && typeof (error as { code?: unknown }).code === 'string';
}

export function readApiFailure(error: unknown): ApiFailure | null {
  if (!isApiError(error)) return null;
  const status = getHTTPStatusCodeFromError(error as Parameters<typeof getHTTPStatusCodeFromError>[0]);
  const issues = error.code === 'BAD_REQUEST' ? issuesOf(error.cause) : null;
  if (!issues) {
    return {
      code: error.code,
      status,
      message: status === 500 ? unexpectedMessage(error) : error.message,
      fieldErrors: {},
    };
  }
  const { fieldErrors, unplaced } = fieldErrorsOf(issues);
  const message = unplaced[0] ?? 'Some fields need attention: see the messages next to them.';
  return { code: error.code, status, message, fieldErrors };
}

/** The API already replaced internals by a message naming the request id; keep that one. */
function unexpectedMessage(error: Error): string {
  return error.message.startsWith('Something went wrong')
    ? error.message
    : 'Something went wrong on our side; it has been logged.';
}
