/**
 * Applies the committed migrations (packages/db/migrations). Idempotent: a second run applies nothing.
 * On a server, an advisory lock makes concurrent starts (several replicas) apply them once.
 */
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PGlite } from '@electric-sql/pglite';
import { describeConnectError, isConnectError } from './errors.js';
import type { Db } from './types.js';
import { rowsOf } from './rows.js';

/** Set by the production server's bundler (apps/web/scripts/bundle-server.ts), which copies the migrations beside the bundle. */
declare const __JOBFORGE_BUNDLED__: boolean | undefined;

export const MIGRATIONS_FOLDER = fileURLToPath(
  new URL(typeof __JOBFORGE_BUNDLED__ !== 'undefined' ? './migrations' : '../migrations', import.meta.url),
);

/** An arbitrary constant naming "Job Forge migrations" among advisory locks. */
const MIGRATION_LOCK_KEY = 4_712_093_311;

export async function migratePgliteClient(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
}

export async function migratePostgresUrl(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      if (!(await appliedAlready(client))) {
        await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
      }
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } catch (error) {
    // A SQL error inside a migration keeps its full text for the operator; a failure to connect
    // becomes the one-line explanation.
    if (isConnectError(error)) throw describeConnectError(error, url);
    throw error;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * Whether every committed migration is recorded already. Checked before the migrator runs, because
 * the migrator's first statements are DDL (`CREATE SCHEMA IF NOT EXISTS drizzle`), which a deployment's
 * app role may not run even when there is nothing to do: migrations belong to the owner role there.
 */
async function appliedAlready(client: postgres.Sql): Promise<boolean> {
  const [table] = await client<{ present: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as present`;
  if (!table?.present) return false;
  const rows = await client<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations`;
  const applied = new Set(rows.map((row) => row.hash));
  return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).every((migration) => applied.has(migration.hash));
}

export interface MigrationStatus {
  applied: number;
  expected: number;
  current: boolean;
}

/** Whether every committed migration has been applied (used by the readiness check). */
export async function migrationStatus(db: Db): Promise<MigrationStatus> {
  const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const result = await db.execute(sql`
    select hash from drizzle.__drizzle_migrations order by created_at`);
  const appliedHashes = new Set(rowsOf<{ hash: string }>(result).map((row) => row.hash));
  const applied = expected.filter((m) => appliedHashes.has(m.hash)).length;
  return { applied, expected: expected.length, current: applied === expected.length };
}

export async function detectVector(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select to_regclass('public.resume_chunk_embeddings') is not null as vector`);
  return rowsOf<{ vector: boolean }>(result)[0]?.vector === true;
}
