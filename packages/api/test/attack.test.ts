/**
 * Tenant isolation and authentication, by enumeration of the router: every procedure is called as
 * user B with user A's ids, and with every kind of bad credential. New procedures are covered as soon
 * as they are added to appRouter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, eq, sessions } from '@jobforge/db';
import { SESSION_COOKIE_NAME } from '@jobforge/auth';
import { allProcedures, PUBLIC_PROCEDURES, sampleInputs, type ProcedureInfo } from './support/procedures.js';
import { call, createHarness, registerUser, sampleApplication, type Harness } from './support/harness.js';

let harness: Harness;
let alice: Awaited<ReturnType<typeof registerUser>>;
let bob: Awaited<ReturnType<typeof registerUser>>;
const aliceIds: Record<string, string> = {};
const MARKER = 'ALPHA-PRIVATE-7f3c';

beforeAll(async () => {
  harness = await createHarness();
  [alice, bob] = await Promise.all([registerUser(harness.api, 'alice'), registerUser(harness.api, 'bob')]);
  const as = (path: string, input: unknown, type: 'query' | 'mutation' = 'mutation') =>
    call<any>(harness.api, path, input, { token: alice.token, type });

  const app = await as('applications.create', {
    ...sampleApplication,
    jobDescription: `${MARKER} job`,
    additionalContext: MARKER,
  });
  aliceIds.application = app.data.id;
  const run = await as('ai.runPhase', { applicationId: app.data.id, phase: 'research', wait: true });
  if (!run.ok) throw new Error(`research run failed: ${run.text.slice(0, 300)}`);
  aliceIds.run = run.data.id;
  for (const type of ['research_report', 'optimized_resume', 'cover_letter']) {
    await as('documents.update', { applicationId: app.data.id, type, content: `${MARKER} ${type} v1` });
    const saved = await as('documents.update', { applicationId: app.data.id, type, content: `${MARKER} ${type} v2` });
    aliceIds[`document_${type}`] = saved.data.id;
  }
  const history = await as('documents.history', { applicationId: app.data.id, type: 'cover_letter' }, 'query');
  aliceIds.version = history.data.versions[0].id;
  const resume = await as('resumes.create', { name: `${MARKER} resume`, content: `${MARKER} content` });
  aliceIds.resume = resume.data.id;
  const sessionList = await as('auth.sessions', undefined, 'query');
  aliceIds.session = sessionList.data[0].id;
  const token = await as('auth.createApiToken', { name: `${MARKER} token` });
  aliceIds.apiToken = token.data.id;
  // The hiring pipeline: a stage change that froze the sent documents, a note, reminders, a contact, a feed.
  const moved = await as('applications.moveStage', { id: app.data.id, stage: 'applied', note: `${MARKER} sent` });
  if (!moved.ok) throw new Error(`moveStage failed: ${moved.text.slice(0, 300)}`);
  aliceIds.suggestedReminder = moved.data.nextAction.reminderId;
  const note = await as('applications.addNote', { id: app.data.id, note: `${MARKER} note` });
  aliceIds.note = note.data.id;
  const timeline = await as('applications.timeline', { id: app.data.id }, 'query');
  aliceIds.stageEvent = timeline.data.entries.find((entry: { type: string }) => entry.type === 'stage').id;
  const reminder = await as('reminders.create', {
    applicationId: app.data.id,
    title: `${MARKER} reminder`,
    dueAt: new Date(Date.now() - 60_000),
  });
  aliceIds.reminder = reminder.data.id;
  const contact = await as('contacts.create', { applicationId: app.data.id, name: `${MARKER} contact` });
  aliceIds.contact = contact.data.id;
  const feed = await as('calendar.rotateFeed', {});
  if (!feed.ok) throw new Error(`rotateFeed failed: ${feed.text.slice(0, 300)}`);
}, 60_000);
afterAll(async () => harness?.close());

const victimIdFor = (key: string): unknown[] | undefined => {
  if (key === 'id' || /Id$/.test(key)) {
    const specific: Record<string, string | undefined> = {
      applicationId: aliceIds.application,
      versionId: aliceIds.version,
      resumeId: aliceIds.resume,
      sessionId: aliceIds.session,
      tokenId: aliceIds.apiToken,
      documentId: aliceIds.document_cover_letter,
      runId: aliceIds.run,
    };
    return specific[key] ? [specific[key]] : Object.values(aliceIds);
  }
  if (key === 'email') return [alice.email];
  if (key === 'password') return ['not alice password'];
  return undefined;
};

/** What A can see of her own data, through every query the router has. */
async function aliceView() {
  const view: Record<string, unknown> = {};
  for (const procedure of allProcedures().filter((p) => p.type === 'query')) {
    for (const [index, input] of sampleInputs(procedure.schema, victimIdFor).entries()) {
      const result = await call(harness.api, procedure.path, input, { token: alice.token });
      view[`${procedure.path}#${index}`] = result.ok ? withoutVolatile(result.data) : result.status;
    }
  }
  return view;
}

function withoutVolatile(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, inner) =>
      ['lastSeenAt', 'lastUsedAt', 'expiresAt'].includes(key) ? undefined : inner,
    ),
  );
}

function mentionsAlice(text: string): string | null {
  if (text.includes(MARKER)) return MARKER;
  if (text.includes(alice.email)) return alice.email;
  for (const id of Object.values(aliceIds)) if (text.includes(id)) return id;
  return null;
}

async function callAs(
  procedure: ProcedureInfo,
  input: unknown,
  token: string | undefined,
  extra: { cookie?: string } = {},
) {
  if (procedure.type === 'subscription') {
    const headers = new Headers();
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (extra.cookie) headers.set('cookie', extra.cookie);
    const caller = harness.api.createCaller(new Request('http://localhost:3000/', { headers }), {
      requestId: 'attack',
      responseHeaders: new Headers(),
    });
    const fn = procedure.path.split('.').reduce<any>((node, part) => node[part], caller);
    try {
      const iterable = await fn(input);
      const first = await Promise.race([
        iterable[Symbol.asyncIterator]().next(),
        new Promise((r) => setTimeout(() => r('timeout'), 300)),
      ]);
      return { status: 200, text: JSON.stringify(first ?? null) };
    } catch (error: any) {
      return {
        status: error?.code === 'UNAUTHORIZED' ? 401 : error?.code === 'NOT_FOUND' ? 404 : 400,
        text: String(error?.message),
      };
    }
  }
  const result = await call(harness.api, procedure.path, input, {
    token,
    type: procedure.type,
    ...(extra.cookie ? { cookie: extra.cookie } : {}),
    clientIp: '10.9.8.7',
  });
  return { status: result.status, text: result.text };
}

describe('as user B with user A ids', () => {
  it('nothing of A is returned or changed, through any procedure', async () => {
    const before = await aliceView();
    // Logging out ends B's session, so it goes last to let every other call reach its handler.
    const procedures = allProcedures().sort(
      (a, b) => Number(a.path === 'auth.logout') - Number(b.path === 'auth.logout'),
    );
    let calls = 0;
    for (const procedure of procedures) {
      for (const input of sampleInputs(procedure.schema, victimIdFor)) {
        const response = await callAs(procedure, input, bob.token);
        calls += 1;
        const leaked = mentionsAlice(response.text);
        expect(leaked, `${procedure.path} leaked ${leaked}: ${response.text.slice(0, 300)}`).toBeNull();
        expect(response.status, `${procedure.path} ${JSON.stringify(input)}`).toBeLessThan(500);
        if (JSON.stringify(input ?? null).match(new RegExp(Object.values(aliceIds).join('|')))) {
          expect(
            response.status,
            `${procedure.path} accepted A's id: ${response.text.slice(0, 200)}`,
          ).toBeGreaterThanOrEqual(400);
        }
      }
    }
    expect(calls).toBeGreaterThan(procedures.length);
    expect(await aliceView()).toEqual(before);
    expect((await call(harness.api, 'auth.me', undefined, { token: alice.token })).status).toBe(200);
  }, 120_000);
});

describe('every protected procedure refuses bad credentials', () => {
  const protectedProcedures = allProcedures().filter((p) => !PUBLIC_PROCEDURES.has(p.path));

  it('covers the whole router', () => {
    expect(protectedProcedures.length).toBeGreaterThanOrEqual(23);
  });

  it('answers UNAUTHORIZED with no, expired, revoked, tampered or malformed credentials', async () => {
    const loginBob = async () => {
      const result = await call<any>(
        harness.api,
        'auth.login',
        { email: bob.email, password: bob.password },
        { type: 'mutation', clientIp: '10.1.1.1' },
      );
      return result.data as { token: string };
    };
    const expired = await loginBob();
    await harness.database.bypassRls
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, expired.token.split('.')[0]!));
    const revoked = await loginBob();
    expect((await call(harness.api, 'auth.logout', undefined, { token: revoked.token, type: 'mutation' })).status).toBe(
      200,
    );
    const live = await loginBob();
    const tampered = live.token.slice(0, -1) + (live.token.endsWith('a') ? 'b' : 'a');
    const apiToken = await call<any>(
      harness.api,
      'auth.createApiToken',
      { name: 'temp' },
      { token: live.token, type: 'mutation' },
    );
    await call(harness.api, 'auth.revokeApiToken', { id: apiToken.data.id }, { token: live.token, type: 'mutation' });
    const expiringToken = await call<any>(
      harness.api,
      'auth.createApiToken',
      { name: 'expiring', expiresInDays: 1 },
      { token: live.token, type: 'mutation' },
    );
    await harness.database.bypassRls
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expiringToken.data.id));

    const credentials: Array<[string, { token?: string; cookie?: string }]> = [
      ['none', {}],
      ['expired session', { token: expired.token }],
      ['revoked session', { token: revoked.token }],
      ['tampered session', { token: tampered }],
      ['revoked API token', { token: apiToken.data.token }],
      ['expired API token', { token: expiringToken.data.token }],
      ['malformed bearer', { token: 'abc' }],
      ['expired cookie', { cookie: `${SESSION_COOKIE_NAME}=${expired.token}` }],
      ['tampered cookie', { cookie: `${SESSION_COOKIE_NAME}=${tampered}` }],
    ];
    for (const procedure of protectedProcedures) {
      const [input] = sampleInputs(procedure.schema, () => undefined);
      for (const [label, credential] of credentials) {
        const response = await callAs(procedure, input, credential.token, credential);
        expect(response.status, `${procedure.path} with ${label}: ${response.text.slice(0, 200)}`).toBe(401);
      }
    }
    // The live session was never used above with a valid secret, and still works.
    expect((await call(harness.api, 'auth.me', undefined, { token: live.token })).status).toBe(200);
  }, 120_000);
});
