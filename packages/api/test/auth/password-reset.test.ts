/**
 * "Forgot password?": one-time links that expire in 30 minutes, store only a hash, end every session
 * when used, and never say whether an address has an account. The email path runs against an SMTP
 * server started here on loopback (smtp-server), never a remote one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, passwordResets } from '@jobforge/db';
import { issuePasswordReset, MAX_RESET_REQUESTS_PER_EMAIL } from '@jobforge/auth';
import { resetTokenIn, startTestSmtpServer, type TestSmtpServer } from '@jobforge/auth/testing';
import { call, createHarness, registerUser, type Harness } from '../support/harness.js';

let smtp: TestSmtpServer;
let harness: Harness;
let plain: Harness;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  [harness, plain] = await Promise.all([
    createHarness({
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Job Forge <jobs@example.test>',
      PUBLIC_URL: 'https://jobs.example.test/',
    }),
    createHarness(),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([harness?.close(), plain?.close()]);
  await smtp?.close();
});

let ipCounter = 0;
const freshIp = () => `192.0.2.${(ipCounter += 1)}`;
const mutate = (on: Harness, path: string, input: unknown, token?: string, clientIp = freshIp()) =>
  call<any>(on.api, path, input, { token, type: 'mutation', clientIp });

describe('with SMTP_URL', () => {
  it('emails a link that works once, ends every session, and answers an unknown address the same way', async () => {
    const user = await registerUser(harness.api, 'forgetful');
    const known = await mutate(harness, 'auth.requestPasswordReset', { email: user.email.toUpperCase() });
    const unknown = await mutate(harness, 'auth.requestPasswordReset', { email: 'nobody-here@example.com' });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(unknown.text).toBe(known.text);

    const mail = await smtp.waitForMail(user.email);
    expect(mail.text).toContain('https://jobs.example.test/reset-password#token=');
    const token = resetTokenIn(mail);
    // Only a hash is stored: the secret half of the link appears nowhere in the table.
    const stored = await harness.database.bypassRls.select().from(passwordResets);
    expect(JSON.stringify(stored)).not.toContain(token.split('.')[1]);

    const weak = await mutate(harness, 'auth.resetPassword', { token, password: 'password' });
    expect(weak.status).toBe(400);
    const reset = await mutate(harness, 'auth.resetPassword', { token, password: 'a fresh start at last' });
    expect(reset.status, reset.text).toBe(200);
    expect((await call(harness.api, 'auth.me', undefined, { token: user.token })).status).toBe(401);
    const again = await mutate(harness, 'auth.resetPassword', { token, password: 'and once more please' });
    expect(again.status).toBe(400);
    expect(again.error!.message).toMatch(/not valid/);
    expect((await mutate(harness, 'auth.login', { email: user.email, password: 'a fresh start at last' })).status).toBe(
      200,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.inbox.some((m) => m.to.includes('nobody-here@example.com'))).toBe(false);
  });

  it('throttles requests per email as typed, known or not', async () => {
    const email = `flood-${Date.now()}@example.com`;
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_EMAIL; i += 1) {
      expect((await mutate(harness, 'auth.requestPasswordReset', { email })).status).toBe(200);
    }
    const limited = await mutate(harness, 'auth.requestPasswordReset', { email });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('links', () => {
  it('expire after 30 minutes', async () => {
    const user = await registerUser(plain.api, 'late');
    const issued = (await issuePasswordReset(plain.database, user.email))!;
    await plain.database.bypassRls
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.id, issued.token.split('.')[0]!));
    const late = await mutate(plain, 'auth.resetPassword', { token: issued.token, password: 'too late for this' });
    expect(late.status).toBe(400);
    expect((await call(plain.api, 'auth.me', undefined, { token: user.token })).status).toBe(200);
  });

  it('need the secret: a known id with another secret spends nothing', async () => {
    const user = await registerUser(plain.api, 'careful');
    const issued = (await issuePasswordReset(plain.database, user.email))!;
    const [id, secret] = issued.token.split('.') as [string, string];
    const forged = `${id}.${secret.startsWith('a') ? 'b' : 'a'}${secret.slice(1)}`;
    expect((await mutate(plain, 'auth.resetPassword', { token: forged, password: 'guessing the rest' })).status).toBe(
      400,
    );
    const real = await mutate(plain, 'auth.resetPassword', { token: issued.token, password: 'the real owner here' });
    expect(real.status, real.text).toBe(200);
  });

  it('are not issued from the web without SMTP_URL, and the answer does not depend on the address', async () => {
    const user = await registerUser(plain.api, 'no-mail');
    const known = await mutate(plain, 'auth.requestPasswordReset', { email: user.email });
    const unknown = await mutate(plain, 'auth.requestPasswordReset', { email: 'missing@example.com' });
    expect(known.text).toBe(unknown.text);
    expect(known.data).toEqual({ emailed: false });
    const links = await plain.database.bypassRls.select().from(passwordResets);
    expect(links.filter((link) => link.userId === user.id)).toHaveLength(0);
  });
});
