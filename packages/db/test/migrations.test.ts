/** Migrations apply from empty, and a second start applies nothing and changes nothing. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../src/create-database.js';
import { DatabaseStartError } from '../src/errors.js';
import { migrationStatus } from '../src/migrate.js';
import { rowsOf } from '../src/rows.js';
import { createTestDatabase } from '../src/testing.js';
import { users } from '../src/schema/index.js';

const serverUrl = process.env.DATABASE_URL;

async function tableCount(db: Awaited<ReturnType<typeof createDatabase>>) {
  const [row] = rowsOf<{ n: number | string }>(
    await db.bypassRls.execute(sql`select count(*)::int as n from pg_tables where schemaname = 'public'`),
  );
  return Number(row!.n);
}

describe.runIf(!serverUrl)('embedded PGlite', () => {
  it('creates a data folder from empty, then reopens it twice with the data intact', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-migrate-'));
    try {
      const first = await createDatabase({ dataDir: dir });
      expect((await migrationStatus(first.bypassRls)).current).toBe(true);
      expect(first.capabilities.vector).toBe(true);
      await first.bypassRls.insert(users).values({ email: 'keep@example.test', passwordHash: 'x', fullName: 'Keep' });
      const tables = await tableCount(first);
      await first.close();
      for (let i = 0; i < 2; i++) {
        const again = await createDatabase({ dataDir: dir });
        expect(await tableCount(again)).toBe(tables);
        expect(await again.bypassRls.select().from(users)).toHaveLength(1);
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a data folder that another live process holds, with one clear line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-lock-'));
    const holder = await createDatabase({ dataDir: dir });
    try {
      const error = await createDatabase({ dataDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseStartError);
      expect((error as Error).message).toMatch(/in use by another Job Forge process/);
      expect((error as Error).message).not.toContain('\n');
    } finally {
      await holder.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a data folder that cannot be created or written', async () => {
    // Root may write anywhere, so use a path whose parent is a file.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jobforge-file-'));
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const error = await createDatabase({ dataDir: path.join(file, 'data') }).catch((e: unknown) => e);
    rmSync(dir, { recursive: true, force: true });
    expect(error).toBeInstanceOf(DatabaseStartError);
    expect((error as Error).message).toMatch(/not writable/);
  });
});

describe.runIf(serverUrl)('PostgreSQL server', () => {
  it('applies from empty, then twice more without change', async () => {
    const database = await createTestDatabase();
    try {
      const tables = await tableCount(database);
      expect((await migrationStatus(database.bypassRls)).current).toBe(true);
      for (let i = 0; i < 2; i++) {
        const again = await createDatabase({ url: database.url });
        expect(await tableCount(again)).toBe(tables);
        expect((await migrationStatus(again.bypassRls)).current).toBe(true);
        await again.close();
      }
      // Without pgvector the optional tables are absent, and the capability says so.
      expect(database.capabilities.vector).toBe(false);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('says in one line when the server cannot be reached', async () => {
    const error = await createDatabase({ url: 'postgres://postgres@127.0.0.1:1/nowhere' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseStartError);
    expect((error as Error).message).toMatch(/Cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused/);
  });

  it('says in one line when the credentials are refused or the database is missing', async () => {
    const missing = new URL(serverUrl!);
    missing.pathname = '/jobforge_database_that_does_not_exist';
    const error = await createDatabase({ url: missing.toString() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseStartError);
    expect((error as Error).message).toMatch(/does not exist/);
    const badUser = new URL(serverUrl!);
    badUser.username = 'jobforge_no_such_role';
    const refused = await createDatabase({ url: badUser.toString() }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatabaseStartError);
    expect((refused as Error).message).toMatch(/rejected the credentials|does not exist/);
  });
});
