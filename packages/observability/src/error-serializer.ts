/**
 * How errors are logged. A database error carries the statement's bound parameters (postgres.js
 * `parameters`, Drizzle's "Failed query: … params: …" message and `params`): document text, emails,
 * password hashes, token ids. Logs keep what identifies the fault (SQLSTATE code, constraint, table,
 * column, the statement's first line) and never the values.
 */
import { pino } from 'pino';

const DATABASE_FIELDS = [
  'code',
  'constraint_name',
  'constraint',
  'table_name',
  'column_name',
  'severity',
  'routine',
] as const;

interface ErrorLike {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  cause?: unknown;
  query?: unknown;
  params?: unknown;
  parameters?: unknown;
}

function isDatabaseError(error: ErrorLike): boolean {
  return (
    'params' in error ||
    'parameters' in error ||
    error.name === 'PostgresError' ||
    error.name === 'DrizzleQueryError' ||
    (typeof error.message === 'string' && error.message.startsWith('Failed query:'))
  );
}

/** The statement without its values: Drizzle's message is "Failed query: <sql>\nparams: <values>". */
function statementOnly(message: string): string {
  const cut = message.indexOf('\nparams:');
  return (cut === -1 ? message : message.slice(0, cut)).slice(0, 500);
}

function databaseError(error: ErrorLike, depth: number): Record<string, unknown> {
  const safe: Record<string, unknown> = {
    type: error.name ?? 'Error',
    message: statementOnly(String(error.message ?? '')),
  };
  for (const field of DATABASE_FIELDS) {
    const value = (error as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') safe[field] = value;
  }
  if (error.cause && depth < 3) safe.cause = serializeError(error.cause, depth + 1);
  return safe;
}

export function serializeError(error: unknown, depth = 0): unknown {
  if (!error || typeof error !== 'object') return error;
  const candidate = error as ErrorLike;
  if (isDatabaseError(candidate)) return databaseError(candidate, depth);
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  // A wrapper's cause may be a database error: serialize it the same way.
  if (candidate.cause && depth < 3) serialized.cause = serializeError(candidate.cause, depth + 1);
  return serialized;
}
