/**
 * The account is the person's own: changing the password (other sessions end, this one stays),
 * changing the email (confirmed with the password), and deleting the account with everything in it
 * (every tenant table empty for that user afterwards, other users untouched).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, rowsOf } from '@jobforge/db';
import { call, createHarness, ORIGIN, registerUser, sampleApplication, type Harness } from '../support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
}, 60_000);
afterAll(async () => harness?.close());

let ipCounter = 0;
const freshIp = () => `203.0.113.${(ipCounter += 1)}`;
const mutate = (path: string, input: unknown, token?: string, clientIp = freshIp()) =>
  call<any>(harness.api, path, input, { token, type: 'mutation', clientIp });
const login = (email: string, password: string) => mutate('auth.login', { email, password });
/** The first message per field of a rejected input, as the wire carries them. */
const fieldsOf = (result: { error: { data: { fieldErrors: unknown } } | null }) =>
  Object.fromEntries(
    Object.entries((result.error?.data.fieldErrors as { fieldErrors: Record<string, string[]> }).fieldErrors).map(
      ([field, messages]) => [field, messages[0]],
    ),
  );
const me = (token: string) => call<any>(harness.api, 'auth.me', undefined, { token });

describe('auth.changePassword', () => {
  it('needs the current password, then ends every other session and keeps this one', async () => {
    const user = await registerUser(harness.api, 'pat');
    const other = (await login(user.email, user.password)).data.token as string;

    const wrong = await mutate(
      'auth.changePassword',
      { currentPassword: 'nope nope', newPassword: 'a new long passphrase' },
      user.token,
    );
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong)).toEqual({ currentPassword: 'is not your current password' });
    expect((await me(other)).status).toBe(200);

    const weak = await mutate(
      'auth.changePassword',
      { currentPassword: user.password, newPassword: 'password123' },
      user.token,
    );
    expect(weak.status).toBe(400);
    expect(Object.keys(fieldsOf(weak))).toEqual(['newPassword']);

    const changed = await mutate(
      'auth.changePassword',
      { currentPassword: user.password, newPassword: 'a new long passphrase' },
      user.token,
    );
    expect(changed.status, changed.text).toBe(200);
    expect((await me(user.token)).status).toBe(200);
    expect((await me(other)).status).toBe(401);
    expect((await login(user.email, user.password)).status).toBe(401);
    expect((await login(user.email, 'a new long passphrase')).status).toBe(200);
  });

  it('is refused to an API token, whatever its scope', async () => {
    const user = await registerUser(harness.api, 'token-holder');
    const token = (await mutate('auth.createApiToken', { name: 'script' }, user.token)).data.token;
    const refused = await mutate(
      'auth.changePassword',
      { currentPassword: user.password, newPassword: 'another long one' },
      token,
    );
    expect(refused.status).toBe(403);
    expect((await login(user.email, user.password)).status).toBe(200);
  });

  it('throttles password checks like sign-in: the 11th wrong password in a row waits', async () => {
    const user = await registerUser(harness.api, 'guesser');
    for (let i = 0; i < 10; i += 1) {
      const guess = await mutate(
        'auth.changePassword',
        { currentPassword: `guess ${i}`, newPassword: 'whatever it is now' },
        user.token,
      );
      expect(guess.status).toBe(400);
    }
    const blocked = await mutate(
      'auth.changePassword',
      { currentPassword: user.password, newPassword: 'whatever it is now' },
      user.token,
    );
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await login(user.email, user.password)).status).toBe(429);
  });
});

describe('auth.changeEmail', () => {
  it('is confirmed with the password and refuses an email another account uses, naming the field', async () => {
    const [user, other] = await Promise.all([registerUser(harness.api, 'emma'), registerUser(harness.api, 'otto')]);
    const newEmail = `Emma.New-${Date.now()}@Example.com`;
    const wrong = await mutate('auth.changeEmail', { email: newEmail, password: 'not it at all' }, user.token);
    expect(fieldsOf(wrong)).toEqual({ password: 'is not your current password' });

    const taken = await mutate(
      'auth.changeEmail',
      { email: other.email.toUpperCase(), password: user.password },
      user.token,
    );
    expect(taken.status).toBe(400);
    expect(fieldsOf(taken)).toEqual({ email: 'is used by another account' });

    const same = await mutate('auth.changeEmail', { email: user.email, password: user.password }, user.token);
    expect(fieldsOf(same)).toEqual({ email: 'is already your email' });

    const changed = await mutate('auth.changeEmail', { email: newEmail, password: user.password }, user.token);
    expect(changed.status, changed.text).toBe(200);
    expect(changed.data.email).toBe(newEmail.toLowerCase());
    expect((await me(user.token)).data.email).toBe(newEmail.toLowerCase());
    expect((await login(user.email, user.password)).status).toBe(401);
    expect((await login(newEmail, user.password)).status).toBe(200);
  });
});

/** Rows each public table holds for `userId` (directly, or through one of the user's applications). */
async function rowsPerTable(userId: string): Promise<Record<string, number>> {
  const tables = rowsOf<{ table: string; column: string }>(
    await harness.database.bypassRls.execute(sql`
      select c.table_name as table, c.column_name as column from information_schema.columns c
      where c.table_schema = 'public' and c.column_name in ('user_id', 'application_id')
      order by c.table_name, c.column_name desc`),
  );
  const counts: Record<string, number> = {};
  const [own] = rowsOf<{ n: number }>(
    await harness.database.bypassRls.execute(sql`select count(*)::int as n from users where id = ${userId}`),
  );
  counts.users = own!.n;
  for (const { table, column } of tables) {
    if (table in counts) continue; // user_id sorts first: a table with both is counted by its owner
    const owner =
      column === 'user_id'
        ? sql`user_id = ${userId}`
        : sql`application_id in (select id from applications where user_id = ${userId})`;
    const [row] = rowsOf<{ n: number }>(
      await harness.database.bypassRls.execute(
        sql`select count(*)::int as n from ${sql.identifier(table)} where ${owner}`,
      ),
    );
    counts[table] = row!.n;
  }
  return counts;
}

async function fillAccount(token: string) {
  const app = await mutate('applications.create', sampleApplication, token);
  await mutate('ai.runPhase', { applicationId: app.data.id, phase: 'research', wait: true }, token);
  await mutate(
    'documents.update',
    { applicationId: app.data.id, type: 'cover_letter', content: 'Dear Acme, v1' },
    token,
  );
  await mutate(
    'documents.update',
    { applicationId: app.data.id, type: 'cover_letter', content: 'Dear Acme, v2' },
    token,
  );
  await mutate('resumes.create', { name: 'Base', content: '# Me\n\n- Built things' }, token);
  await mutate('applications.moveStage', { id: app.data.id, stage: 'applied', note: 'sent' }, token);
  await mutate(
    'reminders.create',
    { applicationId: app.data.id, title: 'Call', dueAt: new Date(Date.now() + 86_400_000) },
    token,
  );
  await mutate('contacts.create', { applicationId: app.data.id, name: 'Grace' }, token);
  await mutate('calendar.rotateFeed', {}, token);
  await mutate('auth.createApiToken', { name: 'cli' }, token);
}

describe('auth.deleteAccount', () => {
  it('needs the email typed exactly and the password, then leaves nothing of the user in any table', async () => {
    const [doomed, bystander] = await Promise.all([
      registerUser(harness.api, 'doomed'),
      registerUser(harness.api, 'bystander'),
    ]);
    await Promise.all([fillAccount(doomed.token), fillAccount(bystander.token)]);
    const before = await rowsPerTable(doomed.id);
    const bystanderBefore = await rowsPerTable(bystander.id);
    // Every table the account fills holds something before, so "empty after" means something.
    for (const table of [
      'users',
      'applications',
      'documents',
      'document_versions',
      'user_resumes',
      'ai_runs',
      'application_events',
      'reminders',
      'contacts',
      'sent_documents',
      'calendar_feeds',
      'sessions',
      'api_tokens',
    ]) {
      expect(before[table], table).toBeGreaterThan(0);
    }

    const typo = await mutate(
      'auth.deleteAccount',
      { confirmEmail: bystander.email, password: doomed.password },
      doomed.token,
    );
    expect(fieldsOf(typo)).toEqual({ confirmEmail: 'must be the email of this account, typed exactly' });
    const wrong = await mutate(
      'auth.deleteAccount',
      { confirmEmail: doomed.email, password: 'wrong wrong' },
      doomed.token,
    );
    expect(fieldsOf(wrong)).toEqual({ password: 'is not your current password' });
    expect((await rowsPerTable(doomed.id)).users).toBe(1);

    const deleted = await call<any>(
      harness.api,
      'auth.deleteAccount',
      { confirmEmail: doomed.email.toUpperCase(), password: doomed.password },
      { type: 'mutation', cookie: `jobforge_session=${doomed.token}`, headers: { origin: ORIGIN } },
    );
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.headers.getSetCookie().join()).toMatch(/jobforge_session=;.*Max-Age=0/);
    const after = await rowsPerTable(doomed.id);
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(await rowsPerTable(bystander.id)).toEqual(bystanderBefore);
    expect((await me(doomed.token)).status).toBe(401);
    expect((await login(doomed.email, doomed.password)).status).toBe(401);
    expect((await me(bystander.token)).status).toBe(200);
  }, 60_000);
});
