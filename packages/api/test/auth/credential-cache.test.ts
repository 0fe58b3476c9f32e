/**
 * The credential cache (decision 016) must never outlive a revocation made through the app: each
 * credential here is used first, so its row sits in the cache, and must be refused by the very next
 * request after the revoking one answers. With DATABASE_URL, a second replica (its own database
 * handle and cache, on the same server) must refuse it too, through LISTEN/NOTIFY, well before the
 * cache's lifetime would have dropped it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@jobforge/config';
import { createDatabase, type Database } from '@jobforge/db';
import { CREDENTIAL_CACHE_TTL_MS, issuePasswordReset, SESSION_COOKIE_NAME } from '@jobforge/auth';
import { createApi, type JobForgeApi } from '../../src/index.js';
import { call, createHarness, registerUser, type Harness } from '../support/harness.js';

let harness: Harness;
let ipCounter = 0;
const clientIp = () => `203.0.113.${(ipCounter += 1)}`;

beforeAll(async () => {
  harness = await createHarness();
}, 60_000);
afterAll(() => harness?.close());

const mutate = (api: JobForgeApi, path: string, input: unknown, token?: string) =>
  call<any>(api, path, input, { token, type: 'mutation', clientIp: clientIp() });
/** A revoking mutation that must succeed (its answer is shown when it does not). */
async function revoke(api: JobForgeApi, path: string, input: unknown, token?: string) {
  const result = await mutate(api, path, input, token);
  expect(result.status, result.text).toBe(200);
}
const status = async (api: JobForgeApi, token: string) =>
  (await call(api, 'applications.list', {}, { token, clientIp: '127.0.0.1' })).status;
const login = async (api: JobForgeApi, user: { email: string; password: string }) =>
  (await mutate(api, 'auth.login', { email: user.email, password: user.password })).data.token as string;

/** Uses the token twice, so the second request is answered from the cache. */
async function warm(api: JobForgeApi, token: string) {
  expect(await status(api, token)).toBe(200);
  expect(await status(api, token)).toBe(200);
}
/** A new user signed in a second time: `user.token` from registering, and `session` from the sign-in. */
async function signedInTwice(name: string) {
  const user = await registerUser(harness.api, name);
  return { user, session: await login(harness.api, user) };
}
/** An API token the signed-in user creates for a script. */
const createScriptToken = async (token: string) =>
  (await mutate(harness.api, 'auth.createApiToken', { name: 'script' }, token)).data as { id: string; token: string };

describe('revocation through the app takes effect on the next request', () => {
  it('sign-out', async () => {
    const user = await registerUser(harness.api, 'leaving');
    await warm(harness.api, user.token);
    await revoke(harness.api, 'auth.logout', undefined, user.token);
    expect(await status(harness.api, user.token)).toBe(401);
  });

  it('revoking another session and an API token', async () => {
    const { user, session: phone } = await signedInTwice('careful');
    const script = await createScriptToken(user.token);
    await warm(harness.api, phone);
    await warm(harness.api, script.token);
    await revoke(harness.api, 'auth.revokeSession', { id: phone.split('.')[0] }, user.token);
    expect(await status(harness.api, phone)).toBe(401);
    await revoke(harness.api, 'auth.revokeApiToken', { id: script.id }, user.token);
    expect(await status(harness.api, script.token)).toBe(401);
    expect(await status(harness.api, user.token)).toBe(200);
  });

  it('a password change ends the other sessions; a reset ends all of them', async () => {
    const { user, session: other } = await signedInTwice('rotating');
    await warm(harness.api, other);
    const newPassword = 'a brand new passphrase';
    await revoke(harness.api, 'auth.changePassword', { currentPassword: user.password, newPassword }, user.token);
    expect(await status(harness.api, other)).toBe(401);
    await warm(harness.api, user.token);

    const reset = await issuePasswordReset(harness.database, user.email);
    await revoke(harness.api, 'auth.resetPassword', { token: reset!.token, password: 'reset once more' });
    expect(await status(harness.api, user.token)).toBe(401);
  });

  it('account deletion', async () => {
    const user = await registerUser(harness.api, 'departing');
    const script = await createScriptToken(user.token);
    await warm(harness.api, script.token);
    await warm(harness.api, user.token);
    await revoke(harness.api, 'auth.deleteAccount', { confirmEmail: user.email, password: user.password }, user.token);
    expect(await status(harness.api, user.token)).toBe(401);
    expect(await status(harness.api, script.token)).toBe(401);
  });

  it('signing in again ends the session the browser presented (rotation)', async () => {
    const { user, session: first } = await signedInTwice('returning');
    await warm(harness.api, first);
    const again = await call<any>(
      harness.api,
      'auth.login',
      { email: user.email, password: user.password },
      {
        type: 'mutation',
        clientIp: clientIp(),
        cookie: `${SESSION_COOKIE_NAME}=${first}`,
        headers: { origin: 'http://localhost:3000' },
      },
    );
    expect(again.status, again.text).toBe(200);
    expect(await status(harness.api, first)).toBe(401);
  });
});

describe.runIf(process.env.DATABASE_URL)('another replica on the same PostgreSQL server', () => {
  let other: { api: JobForgeApi; database: Database };

  beforeAll(async () => {
    const database = await createDatabase({ url: harness.database.url!, migrate: false, poolSize: 2 });
    const api = await createApi({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database });
    other = { api, database };
  }, 60_000);
  afterAll(async () => {
    await other?.api.shutdown();
    await other?.database.close();
  });

  /** Milliseconds from `since` (the revoking answer) until the other replica refuses `token`. */
  async function refusedAfter(token: string, since: number) {
    while ((await status(other.api, token)) !== 401) {
      if (performance.now() - since > CREDENTIAL_CACHE_TTL_MS) throw new Error('still accepted after the TTL');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return performance.now() - since;
  }

  it('hears sign-out, token revocation and password changes at once, not after the TTL', async () => {
    const { user, session: phone } = await signedInTwice('roaming');
    const script = await createScriptToken(user.token);
    for (const token of [user.token, phone, script.token]) await warm(other.api, token);

    await revoke(harness.api, 'auth.logout', undefined, phone);
    expect(await refusedAfter(phone, performance.now())).toBeLessThan(1_000);

    await revoke(harness.api, 'auth.revokeApiToken', { id: script.id }, user.token);
    expect(await refusedAfter(script.token, performance.now())).toBeLessThan(1_000);

    const second = await login(harness.api, user);
    await warm(other.api, second);
    const newPassword = 'changed on one replica';
    await revoke(harness.api, 'auth.changePassword', { currentPassword: user.password, newPassword }, user.token);
    expect(await refusedAfter(second, performance.now())).toBeLessThan(1_000);
    expect(await status(other.api, user.token)).toBe(200);
  });
});
