/** An external PostgreSQL server through postgres.js. */
import postgres from 'postgres';
import { createTableRelationsHelpers, extractTablesRelationalConfig } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import { PostgresJsSession, PostgresJsTransaction } from 'drizzle-orm/postgres-js/session';
import { DatabaseStartError, describeConnectError } from './errors.js';
import * as schema from './schema/index.js';
import type { AdminDb, Database, Db, Notifications, UserTx } from './types.js';
import { APP_ROLE, assertUuid } from './with-user.js';
import { counted, pooledWithDeadline, type InFlight } from './deadline.js';
import { ConnectionWatch, TransactionScope } from './transaction-scope.js';

export interface PostgresOptions {
  url: string;
  poolSize?: number;
  timeouts?: Partial<DatabaseTimeouts>;
}

export interface DatabaseTimeouts {
  /** PostgreSQL ends a statement that runs longer (statement_timeout). */
  statementMs: number;
  /** Giving up on opening a connection. */
  connectMs: number;
  /** The server ends a session idle inside a transaction this long (no transaction waits on anything but SQL). */
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { statementMs: 5_000, connectMs: 5_000, idleInTransactionMs: 30_000 };
/** On a live server the server's statement_timeout answers first; past this, the network is gone. */
const DEADLINE_MARGIN_MS = 1_000;

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const max = options.poolSize ?? 10;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const deadlineMs = timeouts.statementMs + DEADLINE_MARGIN_MS;
  const watch = new ConnectionWatch();
  const client = postgres(options.url, {
    max,
    onclose: (connectionId: number) => watch.closed(connectionId),
    onnotice: () => {},
    connect_timeout: Math.max(1, Math.round(timeouts.connectMs / 1000)),
    connection: {
      application_name: 'jobforge',
      statement_timeout: timeouts.statementMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    } as Record<string, string | number>,
  });
  try {
    const [role] = await client<{ privileged: boolean }[]>`
      select (rolsuper or rolbypassrls) as privileged from pg_roles where rolname = current_user`;
    if (!role?.privileged) {
      throw new DatabaseStartError(
        'The DATABASE_URL role must be a superuser or have BYPASSRLS: sign-in looks users up before any user is known. ' +
          'Grant it with: ALTER ROLE <name> BYPASSRLS;',
      );
    }
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    if (error instanceof DatabaseStartError) throw error;
    throw describeConnectError(error, options.url);
  }

  /** User transactions, statements and transactions of the admin handle, and NOTIFYs now running. */
  const usage: InFlight = { active: 0 };
  // Drizzle sets the driver's type parsers through the proxy, on `client` itself.
  const db = drizzle({ client: pooledWithDeadline(client, deadlineMs, usage), schema }) as unknown as Db;
  const runAsUser = userTransactionRunner(client, watch, usage, deadlineMs);
  return {
    driver: 'postgres',
    capabilities: { vector: false }, // filled in by createDatabase after migrations
    bypassRls: db as AdminDb,
    poolStats: () => ({ size: max, max, active: usage.active }),
    runAsUser,
    notifications: notificationsOf(client, usage),
    // With nothing in flight there is nothing to wait for: a connection stuck reconnecting after an
    // outage would otherwise hold shutdown for the whole grace period. With anything in flight, its
    // connection may still be setting up: destroying it during postgres.js's connect-time type query
    // rejects that query where nothing handles it.
    close: () => client.end({ timeout: usage.active > 0 ? 5 : 0 }),
  };
}

/**
 * postgres.js keeps one extra connection for all LISTENs of a client and re-listens after it
 * reconnects; NOTIFY goes through the pool.
 */
function notificationsOf(client: postgres.Sql, usage: InFlight): Notifications {
  return {
    async listen(channel, onPayload) {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    async notify(channel, payload) {
      await counted(usage, client.notify(channel, payload));
    },
  };
}

/**
 * A user transaction costs the server little extra: BEGIN, then the user context as one
 * simple-protocol statement (no parse/bind/describe) that is not awaited, so the caller's first
 * query is pipelined behind it; then COMMIT. The user id is inlined only after it has been checked
 * to be a UUID. A TransactionScope guards the connection: one that dies mid-transaction fails this
 * transaction and nothing else, and never the process.
 */
function userTransactionRunner(client: postgres.Sql, watch: ConnectionWatch, usage: InFlight, deadlineMs: number) {
  const dialect = new PgDialect();
  const relations = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relationalSchema = { fullSchema: schema, schema: relations.tables, tableNamesMap: relations.tableNamesMap };
  /** Returned by the transaction function once the connection is lost: begin() must not go on. */
  const never = new Promise<never>(() => {});

  return async function runAsUser<T>(userId: string, fn: (tx: UserTx) => Promise<T>): Promise<T> {
    assertUuid(userId);
    const scope = new TransactionScope(watch, deadlineMs);
    usage.active++;
    try {
      const transaction = client.begin(async (sql) => {
        // Safe to pipeline: if the settings fail, the transaction is aborted and every later
        // statement on it fails too; nothing can run without the user context.
        const context = Promise.resolve(
          scope.first(
            sql,
            `select set_config('app.current_user_id', '${userId}', true), set_config('role', '${APP_ROLE}', true)`,
          ),
        );
        context.catch(() => {}); // awaited below; this only avoids an unhandled rejection if fn fails first
        // Nested tx.transaction() (savepoints) is not offered on this handle: keep user transactions flat.
        const session = new PostgresJsSession(scope.handle(sql) as never, dialect, relationalSchema);
        const tx = new PostgresJsTransaction(dialect, session as never, relationalSchema) as unknown as UserTx;
        try {
          const result = await fn(tx);
          await context;
          return scope.lost ? never : result;
        } catch (error) {
          if (scope.lost) return never;
          throw error;
        }
      });
      return (await Promise.race([transaction, scope.whenLost])) as T;
    } finally {
      usage.active--;
      scope.end();
    }
  };
}
