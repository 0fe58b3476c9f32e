import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;

/**
 * A Drizzle handle over either driver. Both drivers share the query builder; only `execute()`
 * results differ in shape, which `rowsOf()` smooths over.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

declare const userTransaction: unique symbol;
declare const bypassesRls: unique symbol;

/**
 * The handle a `withUser` callback receives: row-level security applies to everything it does.
 * Branded, so the privileged handle can never be passed where a user transaction is expected.
 */
export type UserTx = Db & { readonly [userTransaction]: true };

/** The privileged handle: it runs as the connecting role and BYPASSES row-level security. */
export type AdminDb = Db & { readonly [bypassesRls]: true };

export type DriverName = 'pglite' | 'postgres';

export interface Capabilities {
  /** pgvector is installed: embeddings are stored and semantic matching is on. */
  vector: boolean;
}

/**
 * PostgreSQL LISTEN/NOTIFY, for news that other app replicas on the same server must hear (e.g. AI
 * run progress). Payloads are text of at most 7,999 bytes; delivery is at most once and only to
 * sessions listening at the time.
 */
export interface Notifications {
  /** Calls `onPayload` for every notification on `channel` until the returned function is called. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
}

/**
 * What request handling gets: user transactions only (`withUser(database, userId, fn)`), with
 * row-level security in force. It holds no privileged handle.
 */
export interface UserDatabase {
  readonly driver: DriverName;
  readonly capabilities: Capabilities;
  /**
   * Present on the postgres driver only. PGlite has no other process to tell: one process owns its
   * data folder.
   */
  readonly notifications?: Notifications;
  /** @internal driver-specific transaction runner used by withUser. */
  readonly runAsUser: <T>(userId: string, fn: (tx: UserTx) => Promise<T>) => Promise<T>;
}

/**
 * What sign-in and maintenance get: the handle that BYPASSES row-level security, named for it.
 * Reserved for the auth module's narrow lookups (user by email, session by id, login attempts),
 * migrations, readiness and maintenance across users; an ESLint rule keeps it out of everything else.
 */
export interface AdminDatabase {
  readonly driver: DriverName;
  readonly bypassRls: AdminDb;
}

/** The whole database, held by whoever opened it (the API's start-up, tools, tests). */
export interface Database extends UserDatabase, AdminDatabase {
  /** Pool usage for metrics: `active` counts the transactions and statements running or waiting for a connection. */
  poolStats(): { size: number; max: number; active: number };
  close(): Promise<void>;
}
