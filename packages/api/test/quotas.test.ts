/**
 * Per-account quotas (JOBFORGE_MAX_*): applications, library resumes, versions kept per document and
 * stored text. Reaching one refuses the write with FORBIDDEN and a message naming the limit, and
 * nothing of the refused write is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentVersions, eq, withUser } from '@jobforge/db';
import { call, createHarness, registerUser, sampleApplication, type Harness } from './support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness({
    JOBFORGE_MAX_APPLICATIONS_PER_USER: '3',
    JOBFORGE_MAX_RESUMES_PER_USER: '2',
    JOBFORGE_MAX_VERSIONS_PER_DOCUMENT: '3',
    JOBFORGE_MAX_STORAGE_MB_PER_USER: '1',
  });
}, 60_000);
afterAll(async () => harness?.close());

async function newUser(name: string) {
  const user = await registerUser(harness.api, name);
  const as = (path: string, input: unknown, type: 'query' | 'mutation' = 'mutation') =>
    call<any>(harness.api, path, input, { token: user.token, type });
  return { user, as };
}

describe('per-account quotas', () => {
  it('refuses the application past the limit, also in a parallel burst', async () => {
    const { as } = await newUser('many-apps');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => as('applications.create', { ...sampleApplication, companyName: `Co ${i}` })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    for (const refused of results.filter((result) => !result.ok)) {
      expect(refused.status).toBe(403);
      expect(refused.error?.data.code).toBe('FORBIDDEN');
      expect(refused.error?.message).toMatch(
        /^You have reached the limit of 3 applications per account\. Nothing was added/,
      );
    }
    expect((await as('applications.list', {}, 'query')).data).toHaveLength(3);
  });

  it('refuses the library resume past the limit, created or imported', async () => {
    const { as } = await newUser('many-resumes');
    for (const name of ['One', 'Two'])
      expect((await as('resumes.create', { name, content: `# ${name}` })).ok).toBe(true);
    const third = await as('resumes.create', { name: 'Three', content: '# Three' });
    expect(third.error?.data.code).toBe('FORBIDDEN');
    expect(third.error?.message).toMatch(/limit of 2 resumes in your library per account/);
    const imported = await as('resumes.import', {
      filename: 'four.md',
      contentBase64: Buffer.from('# Four\n\nEngineer.').toString('base64'),
    });
    expect(imported.error?.data.code).toBe('FORBIDDEN');
    expect((await as('resumes.list', {}, 'query')).data.map((resume: any) => resume.name).sort()).toEqual([
      'One',
      'Two',
    ]);
  });

  it('keeps the newest versions of a document, and never prunes the version that was sent', async () => {
    const { user, as } = await newUser('many-versions');
    const app = await as('applications.create', sampleApplication);
    const key = { applicationId: app.data.id, type: 'cover_letter' };
    expect((await as('documents.update', { ...key, content: 'letter 1 (sent)' })).ok).toBe(true);
    expect((await as('applications.moveStage', { id: app.data.id, stage: 'applied' })).ok).toBe(true);
    for (let i = 2; i <= 9; i++)
      expect((await as('documents.update', { ...key, content: `letter ${i}` })).ok).toBe(true);
    const kept = await withUser(harness.database, user.id, (db) =>
      db
        .select({ version: documentVersions.version, content: documentVersions.content })
        .from(documentVersions)
        .where(eq(documentVersions.applicationId, app.data.id)),
    );
    expect(kept.map((row) => row.version).sort((a, b) => a - b)).toEqual([1, 6, 7, 8]);
    expect(kept.find((row) => row.version === 1)?.content).toBe('letter 1 (sent)');
    expect((await as('documents.get', key, 'query')).data).toMatchObject({ version: 9, content: 'letter 9' });
  });

  it('refuses a save that takes the account past its storage limit, and keeps what was there', async () => {
    const { as } = await newUser('big-texts');
    const big = (letter: string) => letter.repeat(200_000); // 200,000 characters of two bytes each: 400 KB
    expect((await as('resumes.create', { name: 'A', content: big('é') })).ok).toBe(true);
    expect((await as('resumes.create', { name: 'B', content: big('ü') })).ok).toBe(true);
    const app = await as('applications.create', sampleApplication);
    expect(app.ok).toBe(true);
    const key = { applicationId: app.data.id, type: 'research_report' };
    expect((await as('documents.update', { ...key, content: 'short notes' })).ok).toBe(true);
    const refused = await as('documents.update', { ...key, content: big('ß') });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toMatch(
      /^This would take your account past its storage limit of 1 MB \(1\.\d MB with this change\)\. Nothing was saved/,
    );
    expect((await as('documents.get', key, 'query')).data).toMatchObject({ version: 1, content: 'short notes' });
    const euros = '€'.repeat(100_000); // three bytes each: 300 KB
    const updated = await as('applications.update', { id: app.data.id, jobDescription: euros });
    expect(updated.error?.data.code).toBe('FORBIDDEN');
    const kept = await as('applications.get', { id: app.data.id }, 'query');
    expect(kept.data.jobDescription).toBe(sampleApplication.jobDescription);
  });
});
