/**
 * GET /export/account.json: everything of the signed-in person (by bearer token or cookie), with
 * full document history, and nothing of anyone else; no secret or hash of any credential.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, createHarness, ORIGIN, registerUser, sampleApplication, type Harness } from '../support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
}, 60_000);
afterAll(async () => harness?.close());

const download = (headers: Record<string, string>, method = 'GET') =>
  harness.api.handleExportRequest(new Request(`${ORIGIN}/export/account.json`, { headers, method }), {
    requestId: 'account-export',
  });

it('holds applications, documents with history, resumes, runs, events, reminders and contacts; by bearer or cookie', async () => {
  const [ann, ben] = await Promise.all([registerUser(harness.api, 'ann'), registerUser(harness.api, 'ben')]);
  const as = (token: string, path: string, input: unknown) =>
    call<any>(harness.api, path, input, { token, type: 'mutation' });
  const app = await as(ann.token, 'applications.create', { ...sampleApplication, companyName: 'Ann Corp' });
  await as(ann.token, 'ai.runPhase', { applicationId: app.data.id, phase: 'research', wait: true });
  await as(ann.token, 'documents.update', { applicationId: app.data.id, type: 'cover_letter', content: 'Letter v1' });
  await as(ann.token, 'documents.update', { applicationId: app.data.id, type: 'cover_letter', content: 'Letter v2' });
  await as(ann.token, 'resumes.create', { name: 'Ann base', content: '# Ann\n\n- Did things' });
  await as(ann.token, 'applications.moveStage', { id: app.data.id, stage: 'applied', note: 'Sent by post' });
  await as(ann.token, 'reminders.create', { applicationId: app.data.id, title: 'Call Ann Corp', dueAt: new Date() });
  await as(ann.token, 'contacts.create', { applicationId: app.data.id, name: 'Rita Recruiter' });
  const apiToken = await as(ann.token, 'auth.createApiToken', { name: 'reader', scope: 'read' });
  await as(ben.token, 'applications.create', { ...sampleApplication, companyName: 'Ben Private Ltd' });

  const byBearer = await download({ authorization: `Bearer ${apiToken.data.token}` });
  expect(byBearer.status).toBe(200);
  expect(byBearer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(byBearer.headers.get('content-disposition')).toMatch(
    /^attachment; filename="jobforge-data-\d{4}-\d{2}-\d{2}\.json"/,
  );
  const text = await byBearer.text();
  const data = JSON.parse(text);
  expect(data.account.email).toBe(ann.email);
  expect(data.applications).toHaveLength(1);
  const letter = data.applications[0].documents.find((doc: any) => doc.documentType === 'cover_letter');
  expect(letter.content).toBe('Letter v2');
  expect(letter.history.map((version: any) => version.content)).toContain('Letter v1');
  expect(data.applications[0].documents.find((doc: any) => doc.documentType === 'research_report')).toBeDefined();
  expect(data.resumes.map((resume: any) => resume.name)).toEqual(['Ann base']);
  expect(data.aiRuns.length).toBeGreaterThanOrEqual(1);
  expect(data.pipelineEvents.some((event: any) => event.note === 'Sent by post')).toBe(true);
  expect(data.sentDocuments.length).toBeGreaterThanOrEqual(1);
  expect(data.reminders.map((r: any) => r.title)).toContain('Call Ann Corp');
  expect(data.contacts.map((c: any) => c.name)).toEqual(['Rita Recruiter']);
  expect(data.apiTokens).toEqual([expect.objectContaining({ name: 'reader', scope: 'read' })]);
  // Nothing of Ben's, and no credential material.
  expect(text).not.toContain('Ben Private Ltd');
  expect(text).not.toContain(ben.email);
  expect(text).not.toMatch(/secretHash|passwordHash|secret_hash|password_hash/);
  expect(text).not.toContain(ann.token.split('.')[0]);

  const byCookie = await download({ cookie: `jobforge_session=${ann.token}` });
  expect(byCookie.status).toBe(200);
  expect(JSON.parse(await byCookie.text()).account.email).toBe(ann.email);
  expect((await download({})).status).toBe(401);
  expect((await download({ authorization: `Bearer ${ann.token}` }, 'POST')).status).toBe(405);
}, 60_000);
