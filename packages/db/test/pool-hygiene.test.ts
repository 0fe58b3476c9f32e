/**
 * Nothing of one user's transaction may linger on a pooled connection, and under heavy interleaving
 * every transaction sees exactly its own user's rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../src/create-database.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';
import { rowsOf } from '../src/rows.js';
import { applications } from '../src/schema/index.js';
import type { Database } from '../src/types.js';
import { withUser } from '../src/with-user.js';
import { createUser } from './fixtures.js';

let database: TestDatabase;
/** On a server, a one-connection pool, so "the same pooled connection" is certain. */
let singleConnection: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  singleConnection = database.url ? await createDatabase({ url: database.url, poolSize: 1, migrate: false }) : database;
}, 60_000);

afterAll(async () => {
  if (singleConnection !== database) await singleConnection?.close();
  await database?.close();
});

async function bareContext(db: Database) {
  const [row] = rowsOf<{ user_id: string | null; role: string }>(
    await db.bypassRls.execute(
      sql`select current_setting('app.current_user_id', true) as user_id, current_user as role`,
    ),
  );
  return row!;
}

describe('pool hygiene', () => {
  it('after a committed withUser, a bare query on the same connection sees no user and the original role', async () => {
    const before = await bareContext(singleConnection);
    const userId = await createUser(database, 'hygiene');
    await withUser(singleConnection, userId, async (tx) => {
      const [inside] = rowsOf<{ user_id: string; role: string }>(
        await tx.execute(sql`select current_setting('app.current_user_id', true) as user_id, current_user as role`),
      );
      expect(inside).toEqual({ user_id: userId, role: 'jobforge_app' });
    });
    const after = await bareContext(singleConnection);
    expect(after.user_id ?? '').toBe('');
    expect(after.role).toBe(before.role);
  });

  it('after a withUser that throws, the same holds', async () => {
    const before = await bareContext(singleConnection);
    const userId = await createUser(database, 'hygiene-throw');
    await expect(
      withUser(singleConnection, userId, async () => {
        throw new Error('fails mid-transaction');
      }),
    ).rejects.toThrow('fails mid-transaction');
    const after = await bareContext(singleConnection);
    expect(after.user_id ?? '').toBe('');
    expect(after.role).toBe(before.role);
  });
});

describe('concurrency', () => {
  it('10 users x 1,000 interleaved concurrent transactions each see only their own rows', async () => {
    const users: { id: string; applicationIds: Set<string> }[] = [];
    for (let u = 0; u < 10; u++) {
      const id = await createUser(database, `concurrent-${u}`);
      const rows = await withUser(database, id, (tx) =>
        tx
          .insert(applications)
          .values(
            Array.from({ length: u + 1 }, (_, i) => ({
              userId: id,
              name: `app_${u}_${i}`,
              companyName: `Company ${u}`,
              roleTitle: 'Role',
              jobDescription: 'Description',
            })),
          )
          .returning({ id: applications.id }),
      );
      users.push({ id, applicationIds: new Set(rows.map((r) => r.id)) });
    }

    let violations = 0;
    let checked = 0;
    const rounds = 1_000;
    const batch = 50; // rounds in flight at once: 500 transactions queued against the pool
    for (let start = 0; start < rounds; start += batch) {
      const work: Promise<void>[] = [];
      for (let round = start; round < Math.min(rounds, start + batch); round++) {
        for (const user of users) {
          work.push(
            withUser(database, user.id, (tx) =>
              tx.select({ id: applications.id, userId: applications.userId }).from(applications),
            ).then((rows) => {
              checked++;
              const ok =
                rows.length === user.applicationIds.size &&
                rows.every((r) => r.userId === user.id && user.applicationIds.has(r.id));
              if (!ok) violations++;
            }),
          );
        }
      }
      await Promise.all(work);
    }
    expect(checked).toBe(10 * rounds);
    expect(violations).toBe(0);
  }, 120_000);
});
