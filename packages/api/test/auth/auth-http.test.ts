/**
 * Sessions, cookies, API token scopes and cross-site requests, exercised over tRPC's HTTP format
 * through the real fetch handler, the way a browser or a typed client meets them.
 */
import { describe, expect, it } from 'vitest';
import { eq, sessions } from '@jobforge/db';
import { DAY_MS, SESSION_COOKIE_NAME } from '@jobforge/auth';
import {
  call,
  cookieHeader,
  createHarness,
  registerUser,
  sampleApplication,
  sessionCookieFrom,
  signedInHarness,
} from '../support/harness.js';
import { loginOver } from './login.js';

const { session } = signedInHarness('grace');
const { login, freshIp } = loginOver(session, '198.51.100.');

describe('cookies', () => {
  it('sets an HttpOnly, SameSite=Lax, Path=/ session cookie, without Secure over http', async () => {
    const result = await login();
    const cookie = sessionCookieFrom(result.headers)!;
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=${result.data.token.replace('.', '\\.')};`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=1209\d{3}/); // 14 days without use (30 at most after sign-in)
    expect(cookie).not.toMatch(/Secure/);
  });

  it('adds Secure when PUBLIC_URL is https', async () => {
    const secure = await createHarness({ PUBLIC_URL: 'https://jobs.example.com' });
    try {
      const registered = await registerUser(secure.api, 'secure');
      expect(registered.setCookie).toMatch(/; Secure/);
      // Over https the name carries the __Host- prefix (Secure, Path=/, no Domain: this host only).
      expect(registered.setCookie).toMatch(/^__Host-jobforge_session=[^;]+; Path=\//);
      expect(registered.setCookie).not.toMatch(/Domain=/i);
      const token = registered.setCookie!.split(';')[0]!.split('=')[1]!;
      const me = (cookie: string) => call(secure.api, 'auth.me', undefined, { cookie });
      expect((await me(`__Host-jobforge_session=${token}`)).status).toBe(200);
      // The unprefixed name could have been planted by a sibling host or over plain http: ignored.
      expect((await me(`jobforge_session=${token}`)).status).toBe(401);
    } finally {
      await secure.close();
    }
  });

  it('authenticates by cookie and clears a cookie that no longer names a session', async () => {
    const result = await login();
    const cookie = cookieHeader(sessionCookieFrom(result.headers)!);
    expect((await call(session.harness.api, 'auth.me', undefined, { cookie })).status).toBe(200);
    await session.harness.database.bypassRls.delete(sessions).where(eq(sessions.id, result.data.token.split('.')[0]));
    // Deleted behind the app's back, the row may stay cached for CREDENTIAL_CACHE_TTL_MS (decision 016);
    // forgetting stands for that time passing.
    await session.harness.api.services.credentialCache.forgetAll();
    const refused = await call(session.harness.api, 'auth.me', undefined, { cookie });
    expect(refused.status).toBe(401);
    expect(sessionCookieFrom(refused.headers)).toMatch(/Max-Age=0/);
  });
});

describe('sessions', () => {
  it('creates a new session on every login, and lists them with the current one marked', async () => {
    const first = await login();
    const second = await login();
    expect(first.data.token).not.toBe(second.data.token);
    const listed = await call<any[]>(session.harness.api, 'auth.sessions', undefined, { token: second.data.token });
    const ids = listed.data.map((s) => s.id);
    expect(ids).toContain(first.data.token.split('.')[0]);
    expect(listed.data.find((s) => s.current)?.id).toBe(second.data.token.split('.')[0]);
    expect(listed.data[0]).toHaveProperty('userAgent');
    expect(JSON.stringify(listed.data)).not.toContain(first.data.token.split('.')[1]);
  });

  it('rotates: signing in from a browser that has a session ends that session', async () => {
    const first = await login();
    const firstCookie = cookieHeader(sessionCookieFrom(first.headers)!);
    const second = await login(session.user.email, session.user.password, freshIp(), {
      cookie: firstCookie,
      origin: 'http://localhost:3000',
    });
    expect(second.status).toBe(200);
    expect(second.data.token).not.toBe(first.data.token);
    expect((await call(session.harness.api, 'auth.me', undefined, { cookie: firstCookie })).status).toBe(401);
    expect((await call(session.harness.api, 'auth.me', undefined, { token: second.data.token })).status).toBe(200);
  });

  it('pushes the expiry out, and re-sends the cookie, once less than half of the 14 idle days remains', async () => {
    const result = await login();
    const sessionId = result.data.token.split('.')[0];
    await session.harness.database.bypassRls
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + 5 * DAY_MS) })
      .where(eq(sessions.id, sessionId));
    const cookie = cookieHeader(sessionCookieFrom(result.headers)!);
    const renewed = await call(session.harness.api, 'auth.me', undefined, { cookie });
    expect(renewed.status).toBe(200);
    expect(sessionCookieFrom(renewed.headers)).toMatch(/Max-Age=1209\d{3}/);
    const [row] = await session.harness.database.bypassRls.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * DAY_MS);
  });

  it('ends a session 30 days after sign-in however much it is used', async () => {
    const result = await login();
    const sessionId = result.data.token.split('.')[0];
    const cookie = cookieHeader(sessionCookieFrom(result.headers)!);
    // Signed in 25 days ago and used since: renewal stops at day 30, not 14 days from now.
    await session.harness.database.bypassRls
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 25 * DAY_MS), expiresAt: new Date(Date.now() + 2 * DAY_MS) })
      .where(eq(sessions.id, sessionId));
    expect((await call(session.harness.api, 'auth.me', undefined, { cookie })).status).toBe(200);
    const [row] = await session.harness.database.bypassRls.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(row!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 5 * DAY_MS + 1_000);
    // Past day 30 it is refused even though its idle expiry lies ahead.
    await session.harness.database.bypassRls
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 31 * DAY_MS), expiresAt: new Date(Date.now() + 7 * DAY_MS) })
      .where(eq(sessions.id, sessionId));
    expect((await call(session.harness.api, 'auth.me', undefined, { cookie })).status).toBe(401);
  });

  it('logout deletes the session and clears the cookie', async () => {
    const result = await login();
    const cookie = cookieHeader(sessionCookieFrom(result.headers)!);
    const out = await call(session.harness.api, 'auth.logout', undefined, {
      cookie,
      type: 'mutation',
      headers: { origin: 'http://localhost:3000' },
    });
    expect(out.status).toBe(200);
    expect(sessionCookieFrom(out.headers)).toMatch(/Max-Age=0/);
    expect((await call(session.harness.api, 'auth.me', undefined, { cookie })).status).toBe(401);
    expect((await call(session.harness.api, 'auth.me', undefined, { token: result.data.token })).status).toBe(401);
    expect(
      await session.harness.database.bypassRls
        .select()
        .from(sessions)
        .where(eq(sessions.id, result.data.token.split('.')[0])),
    ).toHaveLength(0);
  });

  it('revokes another session, which then stops working at once', async () => {
    const laptop = await login();
    const phone = await login();
    const revoked = await call(
      session.harness.api,
      'auth.revokeSession',
      { id: phone.data.token.split('.')[0] },
      { token: laptop.data.token, type: 'mutation' },
    );
    expect(revoked.status).toBe(200);
    expect((await call(session.harness.api, 'auth.me', undefined, { token: phone.data.token })).status).toBe(401);
    expect((await call(session.harness.api, 'auth.me', undefined, { token: laptop.data.token })).status).toBe(200);
  });

  it('issues personal API tokens that are shown once, listed without the secret, and revocable', async () => {
    const created = await call<any>(
      session.harness.api,
      'auth.createApiToken',
      { name: 'CI script' },
      { token: session.user.token, type: 'mutation' },
    );
    expect(created.data.token).toMatch(/^pat_[a-z2-7]{24}\.[a-z2-7]{32}$/);
    const me = await call<any>(session.harness.api, 'auth.me', undefined, { token: created.data.token });
    expect(me.data).toMatchObject({ id: session.user.id, authenticatedWith: 'api_token', scope: 'read_write' });
    const minted = await call<any>(
      session.harness.api,
      'auth.createApiToken',
      { name: 'from a token' },
      { token: created.data.token, type: 'mutation' },
    );
    expect(minted.status).toBe(403);
    const listed = await call<any[]>(session.harness.api, 'auth.listApiTokens', undefined, {
      token: session.user.token,
    });
    expect(listed.data.find((t) => t.id === created.data.id)).toMatchObject({ name: 'CI script' });
    expect(listed.text).not.toContain(created.data.token.split('.')[1]);
    await call(
      session.harness.api,
      'auth.revokeApiToken',
      { id: created.data.id },
      { token: session.user.token, type: 'mutation' },
    );
    expect((await call(session.harness.api, 'auth.me', undefined, { token: created.data.token })).status).toBe(401);
  });
});

describe('API token scopes', () => {
  it('a read-only token reads but is refused every mutation; a read-write token may change things', async () => {
    const sessionToken = (await login()).data.token;
    const mint = (scope?: 'read' | 'read_write') =>
      call<any>(
        session.harness.api,
        'auth.createApiToken',
        { name: `token ${scope ?? 'default'}`, scope },
        { token: sessionToken, type: 'mutation' },
      );
    const readOnly = await mint('read');
    expect(readOnly.data).toMatchObject({ scope: 'read' });
    // auth.me tells a client (the MCP server) what the token may do; a session has no scope.
    expect(
      (await call<any>(session.harness.api, 'auth.me', undefined, { token: readOnly.data.token })).data.scope,
    ).toBe('read');
    expect((await call<any>(session.harness.api, 'auth.me', undefined, { token: sessionToken })).data.scope).toBeNull();
    expect((await call(session.harness.api, 'applications.list', {}, { token: readOnly.data.token })).status).toBe(200);
    const refused = await call(session.harness.api, 'applications.create', sampleApplication, {
      token: readOnly.data.token,
      type: 'mutation',
    });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toMatch(/read-only/);
    const readWrite = await mint();
    expect(readWrite.data).toMatchObject({ scope: 'read_write' });
    expect(
      (
        await call(session.harness.api, 'applications.create', sampleApplication, {
          token: readWrite.data.token,
          type: 'mutation',
        })
      ).status,
    ).toBe(200);
    const listed = await call<any>(session.harness.api, 'auth.listApiTokens', {}, { token: sessionToken });
    expect(listed.data.map((token: { scope: string }) => token.scope)).toEqual(
      expect.arrayContaining(['read', 'read_write']),
    );
  });
});

describe('cross-site requests', () => {
  it('refuses cookie-authenticated mutations from other origins, allows our own and bearer clients', async () => {
    const cookie = cookieHeader(session.user.setCookie);
    const create = (headers: Record<string, string>, auth: { cookie?: string; token?: string } = { cookie }) =>
      call<any>(session.harness.api, 'applications.create', sampleApplication, { type: 'mutation', headers, ...auth });

    const evil = await create({ origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.error?.data.code).toBe('FORBIDDEN');
    expect(evil.error?.message).toMatch(/cross-site/);
    expect((await create({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await create({ origin: 'null' })).status).toBe(403);
    expect((await create({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await create({ origin: 'https://evil.example' }, { token: session.user.token })).status).toBe(200);
    // Only a bearer token that authenticates skips the check: a malformed or Basic header does not.
    for (const authorization of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer not-a-token',
      `Bearer ${session.user.token}x`,
    ]) {
      const forged = await create({ origin: 'https://evil.example', authorization });
      expect(forged.status, authorization).toBe(403);
    }
    // Queries change nothing, so a cross-site read with the cookie is allowed (the browser keeps the answer from the other site).
    expect(
      (
        await call(
          session.harness.api,
          'applications.list',
          {},
          { cookie, headers: { origin: 'https://evil.example' } },
        )
      ).status,
    ).toBe(200);
    // Nor can another site sign a visitor in.
    expect(
      (await login(session.user.email, session.user.password, freshIp(), { origin: 'https://evil.example' })).status,
    ).toBe(403);
  });
});
