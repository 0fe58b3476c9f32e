/**
 * The credential cache's own rules (decision 016): every check still runs on a cached row, a read in
 * flight during a revocation is not kept, and a change made behind the app's back (no
 * forgetCredentials) is seen within the cache's lifetime.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { eq, users } from '@jobforge/db';
import {
  authenticateToken,
  cachedCredential,
  enableCredentialCache,
  forgetCredentials,
  registerUser,
} from '../src/index.js';

let database: TestDatabase;
let disable: () => Promise<void>;
const TTL_MS = 200;
const meta = { userAgent: 'vitest', ipAddress: '203.0.113.10' };

beforeAll(async () => {
  database = await createTestDatabase();
  disable = await enableCredentialCache(database, { ttlMs: TTL_MS });
});
afterAll(async () => {
  await disable?.();
  await database?.close();
});

describe('credential cache', () => {
  it('still compares the secret on a cached row', async () => {
    const { token } = await registerUser(
      database,
      { email: 'c1@example.com', password: 'cached secrets', fullName: 'C' },
      meta,
    );
    expect(await authenticateToken(database, token)).not.toBeNull();
    const last = token.at(-1) === 'a' ? 'b' : 'a';
    expect(await authenticateToken(database, token.slice(0, -1) + last)).toBeNull();
    expect(await authenticateToken(database, token)).not.toBeNull();
  });

  it('serves from memory within the lifetime, and sees a change behind its back after it', async () => {
    const registered = await registerUser(
      database,
      { email: 'c2@example.com', password: 'cached secrets', fullName: 'C' },
      meta,
    );
    expect(await authenticateToken(database, registered.token)).not.toBeNull();
    // Deactivated with SQL, not through the app: nothing tells the cache.
    await database.bypassRls.update(users).set({ isActive: false }).where(eq(users.id, registered.user.id));
    expect(await authenticateToken(database, registered.token)).not.toBeNull(); // the stated bound, not 0
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 20));
    expect(await authenticateToken(database, registered.token)).toBeNull();
  });

  it('forgetCredentials makes the next request read the database', async () => {
    const registered = await registerUser(
      database,
      { email: 'c3@example.com', password: 'cached secrets', fullName: 'C' },
      meta,
    );
    expect(await authenticateToken(database, registered.token)).not.toBeNull();
    await database.bypassRls.update(users).set({ isActive: false }).where(eq(users.id, registered.user.id));
    await forgetCredentials(database);
    expect(await authenticateToken(database, registered.token)).toBeNull();
  });

  it('does not keep a row read before a revocation that finished while the read was in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const load = async () => {
      loads += 1;
      if (loads === 1) await gate;
      return { stale: loads === 1 };
    };
    const inFlight = cachedCredential(database, 'race', load);
    await forgetCredentials(database); // the revocation commits while the first read is out
    release();
    expect(await inFlight).toEqual({ stale: true }); // that request began before the revocation
    expect(await cachedCredential(database, 'race', load)).toEqual({ stale: false });
    expect(loads).toBe(2);
  });
});
