import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loader as shellLoader } from '~/routes/_app';
import { action as newApplicationAction } from '~/routes/_app.applications.new';
import { loader as applicationLoader, action as applicationAction } from '~/routes/_app.applications.$applicationId';
import { action as saveDocumentAction } from '~/routes/_app.applications.$applicationId.documents.$type.edit';
import { action as newResumeAction } from '~/routes/_app.resumes.new';
import { action as settingsAction, loader as settingsLoader } from '~/routes/_app.settings';
import { call, createTestApp, get, post, register, type TestApp } from './harness';

let app: TestApp;
let ada: string;
let grace: string;

beforeAll(async () => {
  app = await createTestApp();
  ada = await register(app, 'Ada');
  grace = await register(app, 'Grace');
});
afterAll(async () => app?.close());

describe('pages behind sign-in', () => {
  it('redirect a visitor to sign in and back', async () => {
    const answer = await call(shellLoader, get('/resumes?x=1'), app.context());
    expect(answer).toMatchObject({ kind: 'redirect', location: '/login?redirectTo=%2Fresumes%3Fx%3D1' });
  });

  let applicationId = '';

  it('create an application with a generated name and list it for its owner only', async () => {
    const invalid = await call(
      newApplicationAction,
      post('/applications/new', { companyName: 'Acme', roleTitle: '', jobDescription: 'x', jobUrl: 'ftp://x' }, ada),
      app.context(),
    );
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.data.fieldErrors).sort()).toEqual(['jobUrl', 'roleTitle']);

    const created = await call(
      newApplicationAction,
      post(
        '/applications/new',
        {
          companyName: 'Acme Rockets',
          roleTitle: 'Staff Engineer',
          jobDescription: 'Rockets.',
          jobUrl: '',
          location: '',
          priorityLevel: 'high',
          additionalContext: '',
        },
        ada,
      ),
      app.context(),
    );
    expect(created.location).toMatch(/^\/applications\/[0-9a-f-]{36}\?created=1$/);
    applicationId = created.location!.split('/')[2]!.split('?')[0]!;

    const adaShell = await call(shellLoader, get('/', ada), app.context());
    expect(adaShell.data.applications).toEqual([
      expect.objectContaining({
        id: applicationId,
        companyName: 'Acme Rockets',
        priorityLevel: 'high',
        status: 'draft',
      }),
    ]);
    const graceShell = await call(shellLoader, get('/', grace), app.context());
    expect(graceShell.data.applications).toEqual([]);
  });

  it('answer another user’s application with a 404 that carries the request id', async () => {
    const context = app.context();
    const answer = await call(applicationLoader, get(`/applications/${applicationId}`, grace), context, {
      applicationId,
    });
    expect(answer.kind).toBe('thrown');
    expect(answer.status).toBe(404);
    expect(answer.data).toEqual({ message: 'Application not found', requestId: context.requestId });
    const malformed = await call(applicationLoader, get('/applications/nope', ada), app.context(), {
      applicationId: 'nope',
    });
    expect(malformed.status).toBe(404);
    const deleteAttempt = await call(
      applicationAction,
      post(`/applications/${applicationId}`, { intent: 'delete' }, grace),
      app.context(),
      { applicationId },
    );
    expect(deleteAttempt.status).toBe(404);
  });

  it('refuse a stale save with a conflict and hand the text back', async () => {
    const params = { applicationId, type: 'cover_letter' };
    const path = `/applications/${applicationId}/documents/cover_letter/edit`;
    const save = (content: string, baseVersion: string) =>
      call(saveDocumentAction, post(path, { content, baseVersion }, ada), app.context(), params);
    expect((await save('Dear Acme,', '0')).data).toMatchObject({ ok: true, version: 1 });
    expect((await save('Dear Acme team,', '1')).data).toMatchObject({ ok: true, version: 2 });
    const stale = await save('From an old tab', '1');
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ ok: false, conflict: true, content: 'From an old tab' });
    expect(stale.data.message).toMatch(/not saved/);
  });

  it('change priority without JavaScript; the AI status is not set by hand', async () => {
    const answer = await call(
      applicationAction,
      post(`/applications/${applicationId}`, { intent: 'details', status: 'resume_ready', priorityLevel: 'low' }, ada),
      app.context(),
      { applicationId },
    );
    expect(answer.data).toEqual({ ok: true });
    const page = await call(applicationLoader, get(`/applications/${applicationId}`, ada), app.context(), {
      applicationId,
    });
    // The phase marks follow the documents, which this application does not have.
    expect(page.data.application).toMatchObject({
      status: 'draft',
      priorityLevel: 'low',
      researchCompleted: false,
      resumeOptimized: false,
    });
  });

  it('delete an application with everything in it', async () => {
    const created = await call(
      newApplicationAction,
      post('/applications/new', { companyName: 'Short Lived', roleTitle: 'Temp', jobDescription: 'Gone soon.' }, ada),
      app.context(),
    );
    const id = created.location!.split('/')[2]!.split('?')[0]!;
    const deleted = await call(
      applicationAction,
      post(`/applications/${id}`, { intent: 'delete' }, ada),
      app.context(),
      { applicationId: id },
    );
    expect(deleted.location).toBe('/?deleted=1');
    const gone = await call(applicationLoader, get(`/applications/${id}`, ada), app.context(), { applicationId: id });
    expect(gone.status).toBe(404);
  });

  it('take an uploaded .md file as a new resume when the browser sent no text', async () => {
    const file = new File(['# Ada Lovelace\n\n- Built engines'], 'ada_resume-2026.md', { type: 'text/markdown' });
    const answer = await call(
      newResumeAction,
      post('/resumes/new', { name: '', content: '', focusArea: '', file }, ada),
      app.context(),
    );
    expect(answer.kind).toBe('redirect');
    const shell = await call(shellLoader, get('/', ada), app.context());
    expect(shell.data.resumes).toEqual([expect.objectContaining({ name: 'Ada resume 2026', isPrimary: true })]);
    const wrongType = new File(['%PDF'], 'resume.pdf', { type: 'application/pdf' });
    const refused = await call(
      newResumeAction,
      post('/resumes/new', { name: 'PDF', content: '', file: wrongType }, ada),
      app.context(),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.fieldErrors.content).toMatch(/\.md.*\.txt/);
  });

  it('show an API token once, and sign out the current device when its session is revoked', async () => {
    const session = await register(app, 'Tokens');
    const created = await call(
      settingsAction,
      post('/settings', { intent: 'create-token', name: 'laptop', expiresInDays: '30' }, session),
      app.context(),
    );
    expect(created.data).toMatchObject({
      ok: true,
      name: 'laptop',
      token: expect.stringMatching(/^pat_[a-z2-7]{24}\./),
    });
    const page = await call(settingsLoader, get('/settings', session), app.context());
    expect(JSON.stringify(page.data.tokens)).not.toContain(created.data.token);
    expect(page.data.engine).toMatchObject({ textEngine: 'offline' });
    const current = page.data.sessions.find((s: { current: boolean }) => s.current);
    const revoked = await call(
      settingsAction,
      post('/settings', { intent: 'revoke-session', id: current.id }, session),
      app.context(),
    );
    expect(revoked.location).toBe('/login');
  });
});
