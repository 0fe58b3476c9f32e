/**
 * What a client learns from an error: the tRPC code, a message meant for a person, the field errors of
 * a rejected input, and the request id. Never a stack trace, SQL text or an internal message: an
 * unexpected error is replaced by a message that carries the request id under which it was logged.
 */
import { TRPCError } from '@trpc/server';
import type { DefaultErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { describeIssues, issuePath, issuesOf, type Issue } from '@jobforge/domain';
import type { ApiContext } from './context.js';

export interface FieldErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
}

/** Like zod's flattenError, keyed by the first path segment, but for any standard-schema issue list. */
export function flattenIssues(issues: Issue[]): FieldErrors {
  const result: FieldErrors = { formErrors: [], fieldErrors: {} };
  for (const issue of issues) {
    const [first] = issuePath(issue).split('.');
    if (!first) {
      result.formErrors.push(issue.message);
      continue;
    }
    (result.fieldErrors[first] ??= []).push(issue.message);
  }
  return result;
}

export const UNEXPECTED_MESSAGE = 'Something went wrong on our side; it has been logged.';

export interface JobForgeErrorData {
  code: DefaultErrorShape['data']['code'];
  httpStatus: number;
  path?: string;
  requestId: string | null;
  /** Present when the input was rejected: messages per input field. */
  fieldErrors: FieldErrors | null;
}

export function formatError({
  shape,
  error,
  ctx,
}: {
  shape: DefaultErrorShape;
  error: TRPCError;
  ctx: ApiContext | undefined;
}) {
  const requestId = ctx?.requestId ?? null;
  const issues = error.code === 'BAD_REQUEST' ? issuesOf(error.cause) : null;
  let message = shape.message;
  if (issues) message = describeIssues(issues);
  else if (error.code === 'INTERNAL_SERVER_ERROR') {
    message = requestId ? `${UNEXPECTED_MESSAGE} Reference: ${requestId}` : UNEXPECTED_MESSAGE;
  }
  const data: JobForgeErrorData = {
    code: shape.data.code,
    httpStatus: shape.data.httpStatus,
    ...(shape.data.path ? { path: shape.data.path } : {}),
    requestId,
    fieldErrors: issues ? flattenIssues(issues) : null,
  };
  return { code: shape.code, message, data };
}

/**
 * Logs internal errors that happened outside any procedure (building the context, reading the body);
 * errors inside procedures were logged by shieldUnexpectedErrors already.
 */
export function reportUnexpectedError(
  { error, path, ctx }: { error: TRPCError; path: string | undefined; ctx: ApiContext | undefined },
  alreadyReported: (error: TRPCError) => boolean,
) {
  if (error.code !== 'INTERNAL_SERVER_ERROR' || alreadyReported(error)) return;
  ctx?.services.logger.error(
    { err: error.cause ?? error, requestId: ctx.requestId, path },
    'unexpected error in API request',
  );
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} not found` });
}

/**
 * A rule about one field that the schema cannot check alone (it needs the stored data): answered like
 * a schema issue, `BAD_REQUEST` naming the field, with the field's message in `fieldErrors`.
 */
export function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: { issues: [{ path: [field], message }] } });
}
