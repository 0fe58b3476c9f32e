import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;

/**
 * A Drizzle handle over either driver. Both drivers share the query builder; only `execute()`
 * results differ in shape, which `rowsOf()` smooths over.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** The handle a `withUser` callback receives: row-level security applies to everything it does. */
export type UserTx = Db;

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

export interface Database {
  readonly driver: DriverName;
  readonly capabilities: Capabilities;
  /**
   * Runs as the connecting role, which BYPASSES row-level security. Reserved for the auth module's
   * narrow lookups (user by email, session by id, login attempts), migrations and maintenance.
   * Everything a user does goes through `withUser(database, userId, fn)`.
   */
  readonly bypassRls: Db;
  /**
   * Present on the postgres driver only. PGlite has no other process to tell: one process owns its
   * data folder.
   */
  readonly notifications?: Notifications;
  /** Pool usage for metrics: `active` counts user transactions holding a connection right now. */
  poolStats(): { size: number; max: number; active: number };
  close(): Promise<void>;
  /** @internal driver-specific transaction runner used by withUser. */
  readonly runAsUser: <T>(userId: string, fn: (tx: UserTx) => Promise<T>) => Promise<T>;
}
