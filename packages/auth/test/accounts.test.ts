import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { eq, sessions } from '@jobforge/db';
import {
  AccountError,
  authenticateToken,
  checkLoginThrottle,
  DAY_MS,
  loginWithPassword,
  MAX_FAILED_LOGINS,
  recordLoginAttempt,
  registerUser,
  SESSION_LIFETIME_MS,
} from '../src/index.js';

let database: TestDatabase;
const meta = { userAgent: 'vitest', ipAddress: '203.0.113.9' };

/** Ada (registered in the first test) signs in with her password; the tests after it need her session. */
async function signInAda() {
  const signedIn = await loginWithPassword(database, { email: 'ada@example.com', password: 'analytical engine' }, meta);
  if (!signedIn.ok) throw new Error('login failed');
  return signedIn;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('accounts and sessions', () => {
  it('registers with a normalised email, refuses duplicates, and signs in with a fresh session each time', async () => {
    const registered = await registerUser(
      database,
      { email: '  Ada@Example.COM ', password: 'analytical engine', fullName: 'Ada' },
      meta,
    );
    expect(registered.user.email).toBe('ada@example.com');
    await expect(
      registerUser(database, { email: 'ada@example.com', password: 'analytical engine', fullName: 'Ada' }, meta),
    ).rejects.toBeInstanceOf(AccountError);

    const first = await loginWithPassword(database, { email: 'ADA@example.com', password: 'analytical engine' }, meta);
    const second = await loginWithPassword(database, { email: 'ada@example.com', password: 'analytical engine' }, meta);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.sessionId).not.toBe(second.sessionId);
    expect((await authenticateToken(database, first.token))?.user.id).toBe(registered.user.id);

    const wrong = await loginWithPassword(database, { email: 'ada@example.com', password: 'difference engine' }, meta);
    const unknown = await loginWithPassword(
      database,
      { email: 'nobody@example.com', password: 'difference engine' },
      meta,
    );
    expect(wrong).toEqual({ ok: false, reason: 'invalid_credentials' });
    expect(unknown).toEqual(wrong);
  });

  it('extends a session with less than half its life left, and forgets an expired one', async () => {
    const signedIn = await signInAda();
    const soon = new Date(Date.now() + 5 * DAY_MS);
    await database.bypassRls.update(sessions).set({ expiresAt: soon }).where(eq(sessions.id, signedIn.sessionId));
    const renewed = await authenticateToken(database, signedIn.token);
    expect(renewed?.credential.kind === 'session' && renewed.credential.renewed).toBe(true);
    if (renewed?.credential.kind !== 'session') return;
    expect(renewed.credential.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME_MS - 60_000);

    await database.bypassRls
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, signedIn.sessionId));
    expect(await authenticateToken(database, signedIn.token)).toBeNull();
    expect(await database.bypassRls.select().from(sessions).where(eq(sessions.id, signedIn.sessionId))).toHaveLength(0);
  });

  it('rejects a token whose secret was tampered with', async () => {
    const signedIn = await signInAda();
    const last = signedIn.token.at(-1) === 'a' ? 'b' : 'a';
    expect(await authenticateToken(database, signedIn.token.slice(0, -1) + last)).toBeNull();
  });
});

describe('throttling', () => {
  it('blocks an account after ten failures in fifteen minutes and says how long to wait', async () => {
    const now = new Date();
    for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) {
      await recordLoginAttempt(
        database,
        'victim@example.com',
        `198.51.100.${i}`,
        false,
        new Date(now.getTime() - (MAX_FAILED_LOGINS - i) * 1000),
      );
    }
    const verdict = await checkLoginThrottle(database, 'victim@example.com', '192.0.2.1', now);
    expect(verdict.limited).toBe(true);
    if (verdict.limited) expect(verdict.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(
      (await checkLoginThrottle(database, 'victim@example.com', null, new Date(now.getTime() + 15 * 60 * 1000)))
        .limited,
    ).toBe(false);
  });

  it('blocks an IP after ten failures across accounts', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) {
      await recordLoginAttempt(database, `guess${i}@example.com`, '192.0.2.77', false);
    }
    expect((await checkLoginThrottle(database, 'fresh@example.com', '192.0.2.77')).limited).toBe(true);
    expect((await checkLoginThrottle(database, 'fresh@example.com', '192.0.2.78')).limited).toBe(false);
  });
});
