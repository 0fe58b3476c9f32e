/**
 * Turns what the API throws into something a page can show: the tRPC code, the HTTP status, a
 * message for a person, and per-field messages when an input was rejected. Duck-typed on purpose:
 * the API and the web app may load different copies of @trpc/server, so `instanceof` would lie.
 */

export interface ApiFailure {
  code: string;
  status: number;
  message: string;
  /** One message per rejected field, keyed by the input field's name. */
  fieldErrors: Record<string, string>;
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_REQUEST: 400,
  PARSE_ERROR: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  TIMEOUT: 408,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
  CLIENT_CLOSED_REQUEST: 499,
  NOT_IMPLEMENTED: 501,
  SERVICE_UNAVAILABLE: 503,
};

interface Issue {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  message: string;
}

function issuesOf(cause: unknown): Issue[] | null {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) && issues.length > 0 ? (issues as Issue[]) : null;
}

function fieldOf(issue: Issue): string {
  const first = issue.path?.[0];
  if (first === undefined) return '';
  return String(typeof first === 'object' && first !== null && 'key' in first ? first.key : first);
}

/** "is required" under a field labelled "Company" reads best as "Required". */
export function fieldMessage(message: string): string {
  if (message === 'is required') return 'Required';
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export function isApiError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'TRPCError' && typeof (error as { code?: unknown }).code === 'string';
}

export function readApiFailure(error: unknown): ApiFailure | null {
  if (!isApiError(error)) return null;
  const status = STATUS_BY_CODE[error.code] ?? 500;
  const issues = error.code === 'BAD_REQUEST' ? issuesOf(error.cause) : null;
  if (!issues) {
    return {
      code: error.code,
      status,
      message: status === 500 ? unexpectedMessage(error) : error.message,
      fieldErrors: {},
    };
  }
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (field && !fieldErrors[field]) fieldErrors[field] = fieldMessage(issue.message);
    else if (!field) unplaced.push(fieldMessage(issue.message));
  }
  const message = unplaced[0] ?? 'Some fields need attention: see the messages next to them.';
  return { code: error.code, status, message, fieldErrors };
}

/** The API already replaced internals by a message naming the request id; keep that one. */
function unexpectedMessage(error: Error): string {
  return error.message.startsWith('Something went wrong')
    ? error.message
    : 'Something went wrong on our side; it has been logged.';
}
