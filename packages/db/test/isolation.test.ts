/**
 * The tenant boundary, attacked table by table: user B, with user A's ids, can neither read, change,
 * delete nor forge A's rows; with no user set, every table reads as empty and refuses writes.
 * Runs on PGlite, or on the server named by DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';
import { rowsOf } from '../src/rows.js';
import { APP_ROLE, withUser } from '../src/with-user.js';
import type { Db } from '../src/types.js';
import { createUser, forgedInsert, seedOwnedRows, UPDATE_COLUMN, type OwnedRows } from './fixtures.js';

/** Tables owned through user_id that also name an application. */
const PIPELINE_TABLES = ['application_events', 'reminders', 'contacts', 'sent_documents'];

let database: TestDatabase;
let alice: OwnedRows;
let bob: OwnedRows;
let tables: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  alice = await seedOwnedRows(database, await createUser(database, 'alice'));
  bob = await seedOwnedRows(database, await createUser(database, 'bob'));
  tables = Object.keys(alice.ids);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

/** Drizzle wraps driver errors ("Failed query: ..."); the reason is in `cause`. */
async function expectRefused(promise: Promise<unknown>, reason = /row-level security|permission denied/) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, 'the statement should have been refused').toBeDefined();
  expect(`${error!.message} ${error!.cause?.message ?? ''}`).toMatch(reason);
}

const byId = (table: string, id: string) => sql`select id from ${sql.identifier(table)} where id = ${id}`;

async function rowExists(table: string, id: string, db: Db = database.bypassRls) {
  return rowsOf(await db.execute(byId(table, id))).length === 1;
}

async function columnValue(table: string, id: string): Promise<unknown> {
  const column = UPDATE_COLUMN[table]!;
  const rows = rowsOf<Record<string, unknown>>(
    await database.bypassRls.execute(
      sql`select ${sql.identifier(column)} as value from ${sql.identifier(table)} where id = ${id}`,
    ),
  );
  return rows[0]?.value;
}

/** A transaction as the application role but with no user id: what a forgotten withUser would be. */
function asAppRoleWithoutUser<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
  return database.bypassRls.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
    return fn(tx as unknown as Db);
  });
}

describe.each(Object.keys(UPDATE_COLUMN))('row-level security on %s', (table) => {
  const present = () => tables.includes(table);

  it("B cannot select A's row, and sees only its own", async () => {
    if (!present()) return expect(database.capabilities.vector).toBe(false);
    const seenById = await withUser(database, bob.userId, async (tx) =>
      rowsOf(await tx.execute(byId(table, alice.ids[table]!))),
    );
    expect(seenById).toHaveLength(0);
    const all = await withUser(database, bob.userId, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`select id from ${sql.identifier(table)}`)),
    );
    expect(all.map((r) => r.id)).toEqual([bob.ids[table]]);
  });

  it("B cannot update A's row", async () => {
    if (!present()) return;
    const column = UPDATE_COLUMN[table]!;
    const before = await columnValue(table, alice.ids[table]!);
    const changed = await withUser(database, bob.userId, async (tx) =>
      rowsOf(
        await tx.execute(
          sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = 'hacked' where id = ${alice.ids[
            table
          ]!} returning id`,
        ),
      ),
    );
    expect(changed).toHaveLength(0);
    expect(await columnValue(table, alice.ids[table]!)).toEqual(before);
  });

  it('B cannot move its own row over to A', async () => {
    if (
      !present() ||
      ![
        'applications',
        'user_resumes',
        'sessions',
        'api_tokens',
        'ai_runs',
        'resume_chunk_embeddings',
        ...PIPELINE_TABLES,
        'calendar_feeds',
      ].includes(table)
    )
      return;
    await expectRefused(
      withUser(database, bob.userId, (tx) =>
        tx.execute(sql`update ${sql.identifier(table)} set user_id = ${alice.userId} where id = ${bob.ids[table]!}`),
      ),
    );
    expect(await rowExists(table, bob.ids[table]!)).toBe(true);
  });

  it("B cannot hang its own row on A's application", async () => {
    if (!present() || !['ai_runs', ...PIPELINE_TABLES].includes(table)) return;
    await expectRefused(
      withUser(database, bob.userId, (tx) =>
        tx.execute(
          sql`update ${sql.identifier(table)} set application_id = ${alice.applicationId} where id = ${bob.ids[
            table
          ]!}`,
        ),
      ),
    );
  });

  it("B cannot delete A's row", async () => {
    if (!present()) return;
    const deleted = await withUser(database, bob.userId, async (tx) =>
      rowsOf(await tx.execute(sql`delete from ${sql.identifier(table)} where id = ${alice.ids[table]!} returning id`)),
    );
    expect(deleted).toHaveLength(0);
    expect(await rowExists(table, alice.ids[table]!)).toBe(true);
  });

  it('B cannot insert a row owned by A (WITH CHECK)', async () => {
    if (!present()) return;
    await expectRefused(withUser(database, bob.userId, (tx) => forgedInsert(table, alice, tx)));
  });

  it('with no user set, the table reads as empty and refuses writes', async () => {
    if (!present()) return;
    const rows = await asAppRoleWithoutUser(async (tx) =>
      rowsOf(await tx.execute(sql`select id from ${sql.identifier(table)}`)),
    );
    expect(rows).toHaveLength(0);
    await expectRefused(asAppRoleWithoutUser((tx) => forgedInsert(table, alice, tx)));
    const deleted = await asAppRoleWithoutUser(async (tx) =>
      rowsOf(await tx.execute(sql`delete from ${sql.identifier(table)} where id = ${alice.ids[table]!} returning id`)),
    );
    expect(deleted).toHaveLength(0);
  });
});

describe('tables with no owner', () => {
  it('login_attempts is out of reach of the application role', async () => {
    await expectRefused(
      withUser(database, alice.userId, (tx) => tx.execute(sql`select * from login_attempts`)),
      /permission denied/,
    );
  });
});

describe('rules beyond ownership', () => {
  it("a version cannot be moved under A's document by an update (same check as an insert)", async () => {
    await expectRefused(
      withUser(database, bob.userId, (tx) =>
        tx.execute(
          sql`update document_versions set document_id = ${alice.documentId} where id = ${bob.ids.document_versions!}`,
        ),
      ),
    );
  });

  it('the application role may change only the name of its own user, and never read the password hash', async () => {
    for (const column of ['email', 'password_hash', 'is_active']) {
      await expectRefused(
        withUser(database, alice.userId, (tx) =>
          tx.execute(
            sql`update users set ${sql.identifier(column)} = ${
              column === 'is_active' ? sql`false` : sql`'x'`
            } where id = ${alice.userId}`,
          ),
        ),
        /permission denied/,
      );
    }
    await expectRefused(
      withUser(database, alice.userId, (tx) =>
        tx.execute(sql`select password_hash from users where id = ${alice.userId}`),
      ),
      /permission denied/,
    );
    const renamed = await withUser(database, alice.userId, async (tx) =>
      rowsOf(await tx.execute(sql`update users set full_name = 'Alice A.' where id = ${alice.userId} returning id`)),
    );
    expect(renamed).toHaveLength(1);
  });
});

describe('withUser', () => {
  it('refuses a user id that is not a UUID', async () => {
    await expect(withUser(database, "' or 1=1 --", async () => 1)).rejects.toThrow(/UUID/);
  });

  it('rolls back everything when the callback throws', async () => {
    await expect(
      withUser(database, alice.userId, async (tx) => {
        await tx.execute(sql`update applications set company_name = 'Rolled back' where id = ${alice.applicationId}`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await columnValue('applications', alice.applicationId)).not.toBe('Rolled back');
  });
});
