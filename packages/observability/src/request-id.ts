/**
 * Request ids tie a person's error message to the log lines of that request. An id that arrives in
 * X-Request-Id (from nginx or a client) is kept when it is safe to echo into logs and headers;
 * anything else is replaced, so a caller can never inject log lines or huge headers.
 */
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function isValidRequestId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_REQUEST_ID.test(value);
}

/** The incoming id when it is valid, otherwise a fresh UUID. */
export function requestIdFrom(incoming: string | string[] | null | undefined): string {
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  return isValidRequestId(candidate) ? candidate : randomUUID();
}
