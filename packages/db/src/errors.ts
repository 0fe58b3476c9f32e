/** One-line, actionable start-up errors: the message is meant to be printed as is. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

interface PgLikeError {
  code?: string;
  errno?: string;
  message?: string;
}

/** Turns a driver error met while connecting into a message that says what to do. */
export function describeConnectError(error: unknown, url: string): DatabaseStartError {
  const target = safeTarget(url);
  const e = (error ?? {}) as PgLikeError;
  switch (e.code) {
    case 'ECONNREFUSED':
      return new DatabaseStartError(
        `Cannot reach PostgreSQL at ${target.hostPort}: connection refused. Is the server running? (DATABASE_URL)`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseStartError(`Cannot resolve the PostgreSQL host ${target.host} (DATABASE_URL).`);
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
      return new DatabaseStartError(`Timed out connecting to PostgreSQL at ${target.hostPort} (DATABASE_URL).`);
    case '28P01':
    case '28000':
      return new DatabaseStartError(
        `PostgreSQL rejected the credentials for user "${target.user}" at ${target.hostPort} (DATABASE_URL).`,
      );
    case '3D000':
      return new DatabaseStartError(
        `The database "${target.database}" does not exist on ${target.hostPort}; create it first (DATABASE_URL).`,
      );
    default:
      return new DatabaseStartError(
        `Cannot connect to PostgreSQL at ${target.hostPort}: ${
          firstLine(e.message) ?? 'unknown error'
        } (DATABASE_URL).`,
      );
  }
}

function firstLine(message: string | undefined): string | undefined {
  return message?.split('\n')[0];
}

/** Host, port, user and database of a URL, never its password. */
export function safeTarget(url: string) {
  try {
    const u = new URL(url);
    const host = u.hostname || 'localhost';
    const port = u.port || '5432';
    return {
      host,
      hostPort: `${host}:${port}`,
      user: decodeURIComponent(u.username || 'postgres'),
      database: u.pathname.slice(1) || u.username || 'postgres',
    };
  } catch {
    return { host: '?', hostPort: '(unparseable DATABASE_URL)', user: '?', database: '?' };
  }
}

const CONNECT_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'CONNECT_TIMEOUT',
  'ECONNRESET',
  '28P01',
  '28000',
  '3D000',
]);

export function isConnectError(error: unknown): boolean {
  return CONNECT_ERROR_CODES.has((error as PgLikeError | undefined)?.code ?? '');
}
