/**
 * JobForgeCalls inside the web server: the API's server-side caller, created per MCP request with the
 * request's bearer token, so each call runs the same procedure (authentication, token scope, one
 * row-level-secured transaction, rate limits, AI budgets) as the HTTP API would.
 */
import type { ApiCaller } from '@jobforge/api';
import { describeIssues } from '@jobforge/domain';
import { JobForgeFailure, type JobForgeCalls } from './calls.js';

export function callsFromCaller(caller: ApiCaller): JobForgeCalls {
  return {
    me: () => translate(caller.auth.me()),
    listApplications: () => translate(caller.applications.list({})),
    getApplication: (input) => translate(caller.applications.get(input)),
    createApplication: (input) => translate(caller.applications.create(input)),
    moveStage: (input) => translate(caller.applications.moveStage(input)),
    runPhase: (input) => translate(caller.ai.runPhase(input)),
    getDocument: (input) => translate(caller.documents.get(input)),
    updateDocument: (input) => translate(caller.documents.update(input)),
    listReminders: (input) => translate(caller.reminders.list(input)),
  };
}

const translate = <T>(call: Promise<T>): Promise<T> =>
  call.catch((error: unknown) => {
    throw failureFromCallerError(error);
  });

/**
 * A server-side caller's errors skip the HTTP error formatter: rejected input carries its schema
 * issues in `cause`, worded here as the formatter would. Unexpected errors were already logged and
 * replaced by a message naming only the request id (shieldUnexpectedErrors).
 */
export function failureFromCallerError(error: unknown): JobForgeFailure {
  const { code, message, cause } = (error ?? {}) as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') {
    return new JobForgeFailure('INTERNAL_SERVER_ERROR', 'Something went wrong on our side; it has been logged.');
  }
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (code === 'BAD_REQUEST' && Array.isArray(issues) && issues.length > 0) {
    return new JobForgeFailure(code, describeIssues(issues));
  }
  return new JobForgeFailure(code, message);
}
