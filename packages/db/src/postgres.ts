/** An external PostgreSQL server through postgres.js. */
import postgres from 'postgres';
import { createTableRelationsHelpers, extractTablesRelationalConfig } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import { PostgresJsSession, PostgresJsTransaction } from 'drizzle-orm/postgres-js/session';
import { DatabaseStartError, describeConnectError } from './errors.js';
import * as schema from './schema/index.js';
import type { Database, Db, Notifications } from './types.js';
import { APP_ROLE, assertUuid } from './with-user.js';

export interface PostgresOptions {
  url: string;
  poolSize?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const max = options.poolSize ?? 10;
  const client = postgres(options.url, {
    max,
    onnotice: () => {},
    connect_timeout: 10,
    connection: { application_name: 'jobforge' },
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

  const db = drizzle({ client, schema }) as unknown as Db;
  const usage = { active: 0 };
  const runAsUser = userTransactionRunner(client, usage);
  return {
    driver: 'postgres',
    capabilities: { vector: false }, // filled in by createDatabase after migrations
    bypassRls: db,
    poolStats: () => ({ size: max, max, active: usage.active }),
    runAsUser,
    notifications: notificationsOf(client),
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * postgres.js keeps one extra connection for all LISTENs of a client and re-listens after it
 * reconnects; NOTIFY goes through the pool.
 */
function notificationsOf(client: postgres.Sql): Notifications {
  return {
    async listen(channel, onPayload) {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    async notify(channel, payload) {
      await client.notify(channel, payload);
    },
  };
}

/**
 * A user transaction costs the server as little extra as possible: BEGIN and both settings travel as
 * ONE simple-protocol message (no parse/bind/describe, one round trip), then the caller's queries,
 * then COMMIT. Drizzle's own `transaction()` would spend a round trip on BEGIN and a prepared
 * statement on the settings; on a 2-core server that overhead is what halves throughput.
 * The user id is inlined only after it has been checked to be a UUID.
 */
function userTransactionRunner(client: postgres.Sql, usage: { active: number }) {
  const dialect = new PgDialect();
  const relations = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relationalSchema = { fullSchema: schema, schema: relations.tables, tableNamesMap: relations.tableNamesMap };

  return async function runAsUser<T>(userId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
    assertUuid(userId);
    const connection = await client.reserve();
    usage.active++;
    try {
      // Not awaited: the caller's first query is pipelined behind it on the same connection. That is
      // safe because BEGIN travels in the same message: if the settings fail, the transaction is
      // aborted and every later statement on it fails too; nothing can run without the user context.
      const context = connection.unsafe(
        `begin; select set_config('app.current_user_id', '${userId}', true), set_config('role', '${APP_ROLE}', true)`,
      );
      context.catch(() => {}); // awaited below; this only avoids an unhandled rejection if fn fails first
      // Nested tx.transaction() (savepoints) is not offered on this handle: keep user transactions flat.
      const session = new PostgresJsSession(connection as never, dialect, relationalSchema);
      const tx = new PostgresJsTransaction(dialect, session as never, relationalSchema) as unknown as Db;
      let result: T;
      try {
        result = await fn(tx);
        await context;
      } catch (error) {
        await connection.unsafe('rollback').catch(() => {});
        throw error;
      }
      await connection.unsafe('commit');
      return result;
    } finally {
      usage.active--;
      connection.release();
    }
  };
}
