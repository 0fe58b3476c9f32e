/**
 * When the database cannot answer (server down, network gone, connection killed, too slow), a
 * request should fail fast with "try again shortly" (503 + Retry-After), not hang and not read as a
 * bug. These tell such failures apart from errors in our own queries.
 */

/** The database did not answer in time, or the connection a transaction used is gone. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  readonly code = 'DATABASE_UNAVAILABLE';
}

/** A reserved connection was used after its transaction ended. */
export class ReleasedConnectionError extends Error {
  override name = 'ReleasedConnectionError';
  constructor() {
    super('This transaction has ended: its database handle cannot be used any more.');
  }
}

/**
 * postgres.js connection errors, socket errors, and PostgreSQL's own: admin/crash shutdown, cannot
 * connect now, too many connections, class 08 (connection exception) and statement timeouts.
 */
const UNAVAILABLE_CODES = new Set([
  'DATABASE_UNAVAILABLE',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
]);

/** Whether `error` (or an error it wraps, as Drizzle's "Failed query" does) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The connection itself is unusable (as opposed to a slow statement on a healthy connection). */
export function isConnectionLost(error: unknown): boolean {
  return isDatabaseUnavailable(error) && !hasCode(error, '57014') && !hasCode(error, '53300');
}

function hasCode(error: unknown, wanted: string): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === wanted) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
