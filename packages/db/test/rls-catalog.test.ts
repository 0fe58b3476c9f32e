/**
 * The catalog check: a table that holds user data cannot be added without forced row-level security,
 * a policy for every command, an index on its owner column, and an entry in the isolation fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';
import { rowsOf } from '../src/rows.js';
import { APP_ROLE } from '../src/with-user.js';
import { UPDATE_COLUMN } from './fixtures.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(() => database?.close());

/** Tables that belong to no user; only the privileged handle may touch them. */
const NOT_TENANT = new Set(['login_attempts']);

interface TableRow {
  table: string;
  owner_column: string | null;
  rls: boolean;
  forced: boolean;
}

async function publicTables(): Promise<TableRow[]> {
  return rowsOf<TableRow>(
    await database.bypassRls.execute(sql`
      select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
        (select a.attname from pg_attribute a
          where a.attrelid = c.oid and not a.attisdropped
            and a.attname in ('user_id', 'application_id')
          order by a.attname = 'user_id' desc limit 1) as owner_column
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
      order by c.relname`),
  ).map((row) => (row.table === 'users' ? { ...row, owner_column: 'id' } : row));
}

describe('row-level security catalog', () => {
  it('every table either has an owner column or is a declared non-tenant table', async () => {
    for (const row of await publicTables()) {
      if (NOT_TENANT.has(row.table)) continue;
      expect(row.owner_column, `${row.table} has no user_id/application_id owner column`).not.toBeNull();
    }
  });

  it('every table has row-level security enabled and forced', async () => {
    for (const row of await publicTables()) {
      expect({ table: row.table, rls: row.rls, forced: row.forced }).toEqual({
        table: row.table,
        rls: true,
        forced: true,
      });
    }
  });

  it('every tenant table has a policy for SELECT, INSERT, UPDATE and DELETE, writes with WITH CHECK', async () => {
    const policies = rowsOf<{ tablename: string; cmd: string; with_check: string | null; roles: string | string[] }>(
      await database.bypassRls.execute(
        sql`select tablename, cmd, with_check, roles from pg_policies where schemaname = 'public'`,
      ),
    );
    for (const row of await publicTables()) {
      if (NOT_TENANT.has(row.table)) continue;
      const mine = policies.filter((p) => p.tablename === row.table);
      for (const command of ['SELECT', 'INSERT', 'UPDATE', 'DELETE']) {
        const policy = mine.find((p) => p.cmd === command || p.cmd === 'ALL');
        expect(policy, `${row.table} has no ${command} policy`).toBeDefined();
        if (command === 'INSERT' || command === 'UPDATE') {
          expect(policy!.with_check, `${row.table} ${command} policy has no WITH CHECK`).toBeTruthy();
        }
      }
    }
  });

  it('every owner column is indexed', async () => {
    const indexed = rowsOf<{ table: string; column: string }>(
      await database.bypassRls.execute(sql`
        select c.relname as table, a.attname as column
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
        where n.nspname = 'public'`),
    );
    for (const row of await publicTables()) {
      if (NOT_TENANT.has(row.table)) continue;
      expect(
        indexed.some((ix) => ix.table === row.table && ix.column === row.owner_column),
        `${row.table}.${row.owner_column} has no index`,
      ).toBe(true);
    }
  });

  it('every tenant table is attacked by the isolation suite', async () => {
    for (const row of await publicTables()) {
      if (NOT_TENANT.has(row.table)) continue;
      expect(Object.keys(UPDATE_COLUMN), `${row.table} is missing from test/fixtures.ts`).toContain(row.table);
    }
  });

  it('the application role is not superuser, cannot bypass RLS, and owns nothing', async () => {
    const [role] = rowsOf<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      await database.bypassRls.execute(
        sql`select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = ${APP_ROLE}`,
      ),
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const owned = rowsOf(
      await database.bypassRls.execute(sql`
        select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${APP_ROLE}`),
    );
    expect(owned).toHaveLength(0);
  });
});
