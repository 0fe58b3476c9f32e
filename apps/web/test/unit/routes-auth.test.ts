import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { action as loginAction, loader as loginLoader } from '~/routes/_auth.login';
import { action as registerAction } from '~/routes/_auth.register';
import { loader as shellLoader } from '~/routes/_app';
import { action as logoutAction } from '~/routes/logout';
import { call, createTestApp, get, post, register, type TestApp } from './harness';

let app: TestApp;
let ada: string;

beforeAll(async () => {
  app = await createTestApp();
  ada = await register(app, 'Ada');
});
afterAll(async () => app?.close());

const signUp = (fields: Record<string, string>) => call(registerAction, post('/register', fields), app.context());
const signIn = (fields: Record<string, string>, ip?: string) =>
  call(loginAction, post('/login', fields), app.context(ip));

describe('signing in', () => {
  it('refuses bad fields before calling the API, naming each field', async () => {
    const answer = await signUp({ fullName: '', email: 'not-an-email', password: 'short' });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.data.fieldErrors).sort()).toEqual(['email', 'fullName', 'password']);
    expect(answer.data.values).toEqual({ email: 'not-an-email', fullName: '' });
  });

  it('puts the API’s own refusals next to the field', async () => {
    const common = await signUp({ fullName: 'Eve', email: 'eve@example.com', password: 'password123' });
    expect(common.status).toBe(400);
    expect(common.data.fieldErrors.password).toMatch(/common/);
    const email = `taken-${Date.now()}@example.com`;
    await signUp({ fullName: 'First', email, password: 'a very long passphrase' });
    const taken = await signUp({ fullName: 'Second', email, password: 'another long passphrase' });
    expect(taken.status).toBe(409);
    expect(taken.data.fieldErrors.email).toMatch(/already exists/);
  });

  it('says "invalid email or password" on a wrong password and never redirects off-site', async () => {
    const email = `walk-${Date.now()}@example.com`;
    await signUp({ fullName: 'Walker', email, password: 'long walks on the beach' });
    const wrong = await signIn({ email, password: 'nope nope nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.data).toMatchObject({ formError: 'Invalid email or password.', throttled: false, email });
    const offSite = await signIn({ email, password: 'long walks on the beach', redirectTo: '//evil.example/x' });
    expect(offSite.kind).toBe('redirect');
    expect(offSite.location).toBe('/');
    const back = await signIn({ email, password: 'long walks on the beach', redirectTo: '/resumes' });
    expect(back.location).toBe('/resumes');
    expect(back.headers.getSetCookie().join()).toMatch(/jobforge_session=.+HttpOnly/);
  });

  it('pauses sign-in after repeated failures and says how long to wait', async () => {
    const email = `guessed-${Date.now()}@example.com`;
    const guesser = '203.0.113.7';
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const answer = await signIn({ email, password: `guess number ${attempt}` }, guesser);
      expect(answer.status).toBe(401);
    }
    const paused = await signIn({ email, password: 'one more guess' }, guesser);
    expect(paused.status).toBe(429);
    expect(paused.data).toMatchObject({ throttled: true, fieldErrors: {} });
    expect(paused.data.formError).toMatch(/Try again in \d+ minutes?\./);
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000);

  it('sends a signed-in visitor of /login on to where they were going', async () => {
    const answer = await call(loginLoader, get('/login?redirectTo=%2Fsettings', ada), app.context());
    expect(answer).toMatchObject({ kind: 'redirect', location: '/settings' });
  });

  it('logs out by POST only and clears the cookie', async () => {
    const session = await register(app, 'Leaving');
    const answer = await call(logoutAction, post('/logout', {}, session), app.context());
    expect(answer.location).toBe('/login');
    expect(answer.headers.getSetCookie().join()).toMatch(/jobforge_session=;.*Max-Age=0/);
    const after = await call(shellLoader, get('/', session), app.context());
    expect(after.location).toBe('/login');
  });
});
