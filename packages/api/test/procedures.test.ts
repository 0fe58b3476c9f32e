import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, registerUser, sampleApplication, type Harness } from './support/harness.js';

let harness: Harness;
let user: Awaited<ReturnType<typeof registerUser>>;

beforeAll(async () => {
  harness = await createHarness();
  user = await registerUser(harness.api, 'ada');
}, 60_000);
afterAll(async () => harness?.close());

const as = (path: string, input: unknown, type: 'query' | 'mutation' = 'query') =>
  call<any>(harness.api, path, input, { token: user.token, type });

describe('applications', () => {
  it('creates with a generated, unique, slugified name and lists newest first', async () => {
    const first = await as(
      'applications.create',
      { ...sampleApplication, companyName: 'Café Zürich & Co.' },
      'mutation',
    );
    expect(first.status).toBe(200);
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '_');
    expect(first.data.name).toBe(`cafe_zurich_co_staff_engineer_${day}`);
    expect(first.data.status).toBe('draft');
    expect(first.data.priorityLevel).toBe('medium');
    const second = await as('applications.create', { ...sampleApplication, companyName: 'Cafe Zurich Co' }, 'mutation');
    expect(second.data.name).toBe(`cafe_zurich_co_staff_engineer_${day}_2`);
    const list = await as('applications.list', {});
    expect(list.data.map((a: any) => a.id).slice(0, 2)).toEqual([second.data.id, first.data.id]);
    expect(list.data[0].jobDescription).toBeUndefined();
  });

  it('moves status together with the phase flags, and get returns the documents', async () => {
    const created = await as('applications.create', sampleApplication, 'mutation');
    const updated = await as('applications.updateStatus', { id: created.data.id, status: 'resume_ready' }, 'mutation');
    expect(updated.data).toMatchObject({
      status: 'resume_ready',
      researchCompleted: true,
      resumeOptimized: true,
      coverLetterGenerated: false,
    });
    await as(
      'documents.update',
      { applicationId: created.data.id, type: 'cover_letter', content: 'Dear Acme' },
      'mutation',
    );
    const got = await as('applications.get', { id: created.data.id });
    expect(got.data.documents).toHaveLength(1);
    expect(got.data.documents[0]).toMatchObject({ documentType: 'cover_letter', content: 'Dear Acme', version: 1 });
    const edited = await as(
      'applications.update',
      { id: created.data.id, location: 'Remote', jobUrl: 'https://acme.test/jobs/1' },
      'mutation',
    );
    expect(edited.data).toMatchObject({
      location: 'Remote',
      jobUrl: 'https://acme.test/jobs/1',
      companyName: 'Acme Rockets',
    });
    const deleted = await as('applications.delete', { id: created.data.id }, 'mutation');
    expect(deleted.status).toBe(200);
    expect((await as('applications.get', { id: created.data.id })).status).toBe(404);
  });

  it('names the field in a rejected input', async () => {
    const tooLong = await as(
      'applications.create',
      { ...sampleApplication, jobDescription: 'x'.repeat(100_001) },
      'mutation',
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.error?.message).toMatch(/^jobDescription: must be at most 100,000 characters/);
    expect(tooLong.error?.data.fieldErrors).toMatchObject({ fieldErrors: { jobDescription: [expect.any(String)] } });
    const badUrl = await as('applications.create', { ...sampleApplication, jobUrl: 'javascript:alert(1)' }, 'mutation');
    expect(badUrl.error?.message).toMatch(/jobUrl: must be an http/);
    const extra = await as('applications.create', { ...sampleApplication, userId: user.id }, 'mutation');
    expect(extra.status).toBe(400);
    expect(extra.error?.message).toMatch(/userId/);
    const atLimit = await as(
      'applications.create',
      { ...sampleApplication, jobDescription: 'x'.repeat(100_000), companyName: 'c'.repeat(255) },
      'mutation',
    );
    expect(atLimit.status).toBe(200);
    const longName = await as('applications.create', { ...sampleApplication, roleTitle: 'r'.repeat(256) }, 'mutation');
    expect(longName.error?.message).toBe('roleTitle: must be at most 255 characters');
    const content = await as(
      'documents.update',
      { applicationId: atLimit.data.id, type: 'cover_letter', content: 'y'.repeat(200_001) },
      'mutation',
    );
    expect(content.error?.message).toBe('content: must be at most 200,000 characters');
    expect(
      (
        await as(
          'documents.update',
          { applicationId: atLimit.data.id, type: 'cover_letter', content: 'y'.repeat(200_000) },
          'mutation',
        )
      ).status,
    ).toBe(200);
    const missing = await as('applications.create', { roleTitle: 'x', jobDescription: 'y' }, 'mutation');
    expect(missing.error?.message).toMatch(/^companyName: /);
    const badId = await as('applications.get', { id: 'not-a-uuid' });
    expect(badId.error?.message).toBe('id: must be an id (UUID)');
  });
});

describe('documents', () => {
  it('keeps every previous text, refuses a stale save, and restores without losing the current text', async () => {
    const app = await as('applications.create', sampleApplication, 'mutation');
    const key = { applicationId: app.data.id, type: 'optimized_resume' };
    expect((await as('documents.get', key)).data).toBeNull();
    const v1 = await as('documents.update', { ...key, content: 'first' }, 'mutation');
    const v2 = await as('documents.update', { ...key, content: 'second', baseVersion: v1.data.version }, 'mutation');
    expect(v2.data.version).toBe(2);
    const stale = await as('documents.update', { ...key, content: 'from an old tab', baseVersion: 1 }, 'mutation');
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(/not saved/);
    expect((await as('documents.get', key)).data.content).toBe('second');

    const history = await as('documents.history', key);
    expect(history.data.current.version).toBe(2);
    expect(history.data.versions.map((v: any) => [v.version, v.content])).toEqual([[1, 'first']]);
    const restored = await as('documents.restore', { ...key, versionId: history.data.versions[0].id }, 'mutation');
    expect(restored.data).toMatchObject({ content: 'first', version: 3 });
    const after = await as('documents.history', key);
    expect(after.data.versions.map((v: any) => v.content)).toEqual(['second', 'first']);
    expect((await as('documents.list', { applicationId: app.data.id })).data).toHaveLength(1);
  });
});

describe('resumes', () => {
  it('keeps exactly one primary resume, switching atomically', async () => {
    const first = await as('resumes.create', { name: 'General', content: '# Ada\nEngineer' }, 'mutation');
    expect(first.data.isPrimary).toBe(true);
    const second = await as(
      'resumes.create',
      { name: 'Backend', content: '# Ada\nBackend', focusArea: 'backend' },
      'mutation',
    );
    expect(second.data.isPrimary).toBe(false);
    await as('resumes.setPrimary', { id: second.data.id }, 'mutation');
    let list = await as('resumes.list', {});
    expect(list.data.filter((r: any) => r.isPrimary).map((r: any) => r.id)).toEqual([second.data.id]);
    const third = await as('resumes.create', { name: 'Lead', content: 'Lead', isPrimary: true }, 'mutation');
    list = await as('resumes.list', {});
    expect(list.data.filter((r: any) => r.isPrimary).map((r: any) => r.id)).toEqual([third.data.id]);
    const renamed = await as(
      'resumes.update',
      { id: first.data.id, name: 'General v2', isWritingSample: true },
      'mutation',
    );
    expect(renamed.data).toMatchObject({ name: 'General v2', isWritingSample: true, isPrimary: false });
    expect((await as('resumes.delete', { id: first.data.id }, 'mutation')).status).toBe(200);
    expect((await as('resumes.update', { id: first.data.id, name: 'gone' }, 'mutation')).status).toBe(404);
  });

  it('stays at one primary when switches race', async () => {
    const created = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((name) =>
        as('resumes.create', { name, content: name, isPrimary: false }, 'mutation'),
      ),
    );
    const switches = await Promise.all(created.map((r) => as('resumes.setPrimary', { id: r.data.id }, 'mutation')));
    for (const result of switches) expect([200, 409]).toContain(result.status);
    const primaries = (await as('resumes.list', {})).data.filter((r: any) => r.isPrimary);
    expect(primaries).toHaveLength(1);
  });
});

describe('procedure order', () => {
  it('authenticates, then parses the input, and only then opens the user transaction', async () => {
    const database = harness.database as unknown as { runAsUser: (...args: unknown[]) => Promise<unknown> };
    const original = database.runAsUser;
    let transactions = 0;
    database.runAsUser = (...args) => {
      transactions += 1;
      return original.apply(database, args);
    };
    try {
      expect((await as('applications.get', { id: 'nope' })).status).toBe(400);
      expect((await call(harness.api, 'applications.get', { id: 'nope' })).status).toBe(401);
      expect(transactions).toBe(0);
      expect((await as('applications.get', { id: crypto.randomUUID() })).status).toBe(404);
      expect(transactions).toBe(1);
    } finally {
      database.runAsUser = original;
    }
  });
});

describe('protectedProcedure', () => {
  it('rolls back everything the handler wrote when it fails', async () => {
    const { TRPCError } = await import('@trpc/server');
    const { applications } = await import('@jobforge/db');
    const { createCallerFactory, protectedProcedure, router } = await import('../src/trpc.js');
    const { createRequestContext } = await import('../src/context.js');
    const failing = router({
      writeThenFail: protectedProcedure.mutation(async ({ ctx }) => {
        await ctx.db
          .insert(applications)
          .values({ userId: ctx.user.id, name: 'rolled_back', companyName: 'X', roleTitle: 'Y', jobDescription: 'Z' });
        throw new TRPCError({ code: 'CONFLICT', message: 'changed my mind' });
      }),
    });
    const request = new Request('http://localhost:3000/', { headers: { authorization: `Bearer ${user.token}` } });
    const caller = createCallerFactory(failing)(
      createRequestContext(harness.api.services, request, { requestId: 'rollback' }, new Headers()),
    );
    await expect(caller.writeThenFail()).rejects.toMatchObject({ code: 'CONFLICT' });
    const names = (await as('applications.list', {})).data.map((a: any) => a.name);
    expect(names).not.toContain('rolled_back');
  });
});

describe('request limits', () => {
  it('refuses bodies over 2 MB with 413 and a message, declared or streamed', async () => {
    const big = JSON.stringify({ json: { companyName: 'x'.repeat(3 * 1024 * 1024) } });
    const declared = await harness.api.handleTrpcRequest(
      new Request('http://localhost:3000/api/trpc/applications.create', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${user.token}`,
          'content-type': 'application/json',
          'content-length': String(big.length),
        },
        body: big,
      }),
      { requestId: 'big-1' },
    );
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as any).error.json.message).toMatch(/larger than 2 MB/);
    const streamed = await harness.api.handleTrpcRequest(
      new Request('http://localhost:3000/api/trpc/applications.create', {
        method: 'POST',
        headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit),
      { requestId: 'big-2' },
    );
    expect(streamed.status).toBe(413);
  });
});
