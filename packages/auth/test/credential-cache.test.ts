/**
 * The credential cache's own rules (decision 016): every check still runs on a cached row, a read in
 * flight during a revocation is not kept, and a change made behind the app's back (no forgetAll) is
 * seen within the cache's lifetime.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { eq, users } from '@jobforge/db';
import { authenticateToken, createCredentialCache, registerUser, type CredentialCache } from '../src/index.js';

let database: TestDatabase;
let cache: CredentialCache;
const TTL_MS = 200;
let now = Date.now();
const meta = { userAgent: 'vitest', ipAddress: '203.0.113.10' };

beforeAll(async () => {
  database = await createTestDatabase();
  cache = createCredentialCache(database, { ttlMs: TTL_MS, clock: () => now });
  await cache.enable();
});
afterAll(async () => {
  await cache?.close();
  await database?.close();
});

const authenticate = (token: string) => authenticateToken(database, token, cache);

/** A new account whose session is in the cache. */
async function signedInAndCached(email: string) {
  const registered = await registerUser(database, { email, password: 'cached secrets', fullName: 'C' }, meta);
  expect(await authenticate(registered.token)).not.toBeNull();
  return registered;
}

/** Deactivated with SQL, not through the app: nothing tells the cache. */
const deactivateBehindTheCache = (userId: string) =>
  database.bypassRls.update(users).set({ isActive: false }).where(eq(users.id, userId));

describe('credential cache', () => {
  it('still compares the secret on a cached row', async () => {
    const { token } = await signedInAndCached('c1@example.com');
    const last = token.at(-1) === 'a' ? 'b' : 'a';
    expect(await authenticate(token.slice(0, -1) + last)).toBeNull();
    expect(await authenticate(token)).not.toBeNull();
  });

  it('serves from memory within the lifetime, and sees a change behind its back after it', async () => {
    const registered = await signedInAndCached('c2@example.com');
    await deactivateBehindTheCache(registered.user.id);
    expect(await authenticate(registered.token)).not.toBeNull(); // the stated bound, not 0
    now += TTL_MS;
    expect(await authenticate(registered.token)).toBeNull();
  });

  it('forgetAll makes the next request read the database', async () => {
    const registered = await signedInAndCached('c3@example.com');
    await deactivateBehindTheCache(registered.user.id);
    await cache.forgetAll();
    expect(await authenticate(registered.token)).toBeNull();
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
    const inFlight = cache.read('race', load);
    await cache.forgetAll(); // the revocation commits while the first read is out
    release();
    expect(await inFlight).toEqual({ stale: true }); // that request began before the revocation
    expect(await cache.read('race', load)).toEqual({ stale: false });
    expect(loads).toBe(2);
  });
});
