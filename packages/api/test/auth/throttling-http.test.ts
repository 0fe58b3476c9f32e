/**
 * Throttling of sign-in and sign-up (per account, per IP, under parallel bursts) and answers that do
 * not tell whether an account exists, over tRPC's HTTP format through the real fetch handler.
 */
import superjson from 'superjson';
import { describe, expect, it, vi } from 'vitest';
import { and, eq, loginAttempts } from '@jobforge/db';
import type * as Argon2 from '@node-rs/argon2';
import { call, registerUser, signedInHarness } from '../support/harness.js';
import { loginOver } from './login.js';

// Every argon2 call the server makes, recorded around the real implementation.
const argon2Calls = vi.hoisted(() => [] as { kind: 'hash' | 'verify'; hash: string }[]);
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  return {
    ...real,
    hash: async (...args: Parameters<typeof real.hash>) => {
      const hashed = await real.hash(...args);
      argon2Calls.push({ kind: 'hash', hash: hashed });
      return hashed;
    },
    verify: (...args: Parameters<typeof real.verify>) => {
      argon2Calls.push({ kind: 'verify', hash: String(args[0]) });
      return real.verify(...args);
    },
  };
});
/** "$argon2id$v=19$m=19456,t=2,p=1" of a PHC string: the algorithm and cost, without salt and hash. */
const phcParameters = (phc: string) => phc.split('$').slice(0, 4).join('$');

const { session } = signedInHarness('grace');
const { login, freshIp } = loginOver(session, '192.0.2.');

describe('login throttling', () => {
  it('after 10 failures for an account, refuses even the right password with the wait time', async () => {
    const victim = await registerUser(session.harness.api, 'victim');
    for (let i = 0; i < 10; i += 1) {
      expect((await login(victim.email, 'wrong password!', freshIp())).status).toBe(401);
    }
    const blocked = await login(victim.email, victim.password, freshIp());
    expect(blocked.status).toBe(429);
    expect(blocked.error?.data.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.error?.message).toMatch(/Try again in 15 minutes/);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);

    // Held in the database: when the failures age out of the window, the account opens again.
    await session.harness.database.bypassRls
      .update(loginAttempts)
      .set({ attemptedAt: new Date(Date.now() - 16 * 60 * 1000) })
      .where(eq(loginAttempts.email, victim.email));
    expect((await login(victim.email, victim.password, freshIp())).status).toBe(200);
  }, 30_000);

  it('after 10 failures from one IP, refuses that IP for any account', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < 10; i += 1) {
      expect((await login(`nobody${i}@example.com`, 'wrong password!', ip)).status).toBe(401);
    }
    expect((await login(session.user.email, session.user.password, ip)).status).toBe(429);
    expect((await login(session.user.email, session.user.password, '203.0.113.51')).status).toBe(200);
  }, 30_000);
});

describe('login throttling under concurrency', () => {
  it('judges exactly 10 of 30 parallel wrong passwords for one account', async () => {
    const target = await registerUser(session.harness.api, 'parallel');
    const results = await Promise.all(
      Array.from({ length: 30 }, () => login(target.email, 'wrong password!', freshIp())),
    );
    expect(results.filter((r) => r.status === 401)).toHaveLength(10);
    expect(results.filter((r) => r.status === 429)).toHaveLength(20);
  }, 60_000);

  it('refuses a batch with more than one auth mutation, so a batch cannot carry a burst of guesses', async () => {
    const paths = Array.from({ length: 5 }, () => 'auth.login').join(',');
    const body = JSON.stringify(
      Object.fromEntries(
        Array.from({ length: 5 }, (_, i) => [i, superjson.serialize({ email: session.user.email, password: 'x' })]),
      ),
    );
    const response = await session.harness.api.handleTrpcRequest(
      new Request(`http://localhost:3000/api/trpc/${paths}?batch=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
      { requestId: 'batch-guess', clientIp: freshIp() },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/one sign-in, sign-up or other account change per request/);
  });
});

describe('registration probing', () => {
  it('counts refused sign-ups (email taken) against the IP, like failed logins', async () => {
    const ip = '203.0.113.90';
    const register = (email: string) =>
      call<any>(
        session.harness.api,
        'auth.register',
        { email, password: 'a fine long password', fullName: 'Probe' },
        { type: 'mutation', clientIp: ip },
      );
    for (let i = 0; i < 10; i += 1) expect((await register(session.user.email)).status).toBe(409);
    const blocked = await register('brand-new@example.com');
    expect(blocked.status).toBe(429);
    expect(blocked.error?.message).toMatch(/Try again in/);
    // Other addresses are unaffected, and nobody's account was charged.
    expect(
      (
        await call(
          session.harness.api,
          'auth.register',
          { email: 'other-ip@example.com', password: 'a fine long password', fullName: 'Other' },
          { type: 'mutation', clientIp: '203.0.113.91' },
        )
      ).status,
    ).toBe(200);
    expect((await login(session.user.email, session.user.password, '203.0.113.92')).status).toBe(200);
  }, 60_000);
});

describe('sign-ups per IP', () => {
  const signUp = (clientIp: string, password = 'a fine long password') =>
    call<any>(
      session.harness.api,
      'auth.register',
      { email: `new-${Math.random().toString(36).slice(2, 10)}@example.com`, password, fullName: 'New' },
      { type: 'mutation', clientIp },
    );

  it('allows 10 accounts an hour from one address, then refuses with the wait; held in the database', async () => {
    const ip = '198.51.100.20';
    // Refused before hashing (weak password): these do not use up the allowance.
    for (let i = 0; i < 3; i += 1) expect((await signUp(ip, 'short')).status).toBe(400);
    for (let i = 0; i < 10; i += 1) expect((await signUp(ip)).status).toBe(200);
    const blocked = await signUp(ip);
    expect(blocked.status).toBe(429);
    expect(blocked.error?.data.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.error?.message).toMatch(/Too many new accounts from this address\. Try again in 60 minutes\./);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(59 * 60);
    // Other addresses sign up, and sign-in from this one is not affected.
    expect((await signUp('198.51.100.21')).status).toBe(200);
    expect((await login(session.user.email, session.user.password, ip)).status).toBe(200);

    // When the sign-ups age out of the hour, the address may sign up again.
    await session.harness.database.bypassRls
      .update(loginAttempts)
      .set({ attemptedAt: new Date(Date.now() - 61 * 60 * 1000) })
      .where(and(eq(loginAttempts.kind, 'sign_up'), eq(loginAttempts.ipAddress, ip)));
    expect((await signUp(ip)).status).toBe(200);
  }, 120_000);

  it('lets exactly 10 of a parallel burst through', async () => {
    const results = await Promise.all(Array.from({ length: 14 }, () => signUp('198.51.100.30')));
    expect(results.filter((r) => r.status === 200)).toHaveLength(10);
    expect(results.filter((r) => r.status === 429)).toHaveLength(4);
  }, 120_000);
});

describe('no account enumeration', () => {
  // Deterministic, not timed: both paths must do the same argon2 work (one verification against a
  // hash with the same parameters, no hashing), which is what makes their times alike. Timing
  // itself is printed by the auth benchmark, never asserted on a shared machine.
  const attempt = async (email: string) => {
    argon2Calls.length = 0;
    const result = await login(email, 'definitely wrong', freshIp());
    return {
      answer: { status: result.status, message: result.error?.message, code: result.error?.data.code },
      calls: argon2Calls.map((call) => ({ kind: call.kind, parameters: phcParameters(call.hash) })),
    };
  };

  it('answers an unknown email and a wrong password alike, after the same password-hash work', async () => {
    await attempt('warm-up@example.com'); // the dummy hash is made once per process, on first use
    const unknown = await attempt('ghost@example.com');
    const wrong = await attempt(session.user.email);
    expect(unknown.answer).toEqual({ status: 401, message: 'Invalid email or password.', code: 'UNAUTHORIZED' });
    expect(wrong.answer).toEqual(unknown.answer);
    expect(wrong.calls).toEqual([{ kind: 'verify', parameters: '$argon2id$v=19$m=19456,t=2,p=1' }]);
    expect(unknown.calls).toEqual(wrong.calls);
  });
});
