import { describe, expect, it } from 'vitest';
import { LIMITS } from '@jobforge/domain';
import { sampleApplication, signedInHarness } from '../support/harness.js';

const { as } = signedInHarness();

async function documentWithVersions(count: number) {
  const app = await as('applications.create', sampleApplication, 'mutation');
  const key = { applicationId: app.data.id, type: 'cover_letter' };
  for (let n = 1; n <= count; n++) {
    await as('documents.update', { ...key, content: `Dear Acme,\n\nDraft number ${n}.\n\nKind regards` }, 'mutation');
  }
  return key;
}

describe('documents.history', () => {
  it('pages through metadata newest first with a cursor, and documents.version gives one text', async () => {
    const key = await documentWithVersions(6);
    const first = await as('documents.history', { ...key, limit: 2 });
    expect(first.data.current).toMatchObject({ version: 6, source: 'user', author: null });
    expect(first.data.current.content).toBeUndefined();
    expect(first.data.versions.map((v: any) => v.version)).toEqual([5, 4]);
    expect(first.data.versions[0].content).toBeUndefined();
    expect(first.data.versions[0]).toMatchObject({
      characters: 'Dear Acme,\n\nDraft number 5.\n\nKind regards'.length,
      firstChange: { line: 3, before: ['Draft number 5.'], after: ['Draft number 6.'] },
    });
    expect(first.data.nextCursor).toBe(4);

    const second = await as('documents.history', { ...key, limit: 2, before: first.data.nextCursor });
    expect(second.data.versions.map((v: any) => v.version)).toEqual([3, 2]);
    const last = await as('documents.history', { ...key, limit: 2, before: second.data.nextCursor });
    expect(last.data.versions.map((v: any) => v.version)).toEqual([1]);
    expect(last.data.nextCursor).toBeNull();

    const one = await as('documents.version', { ...key, versionId: last.data.versions[0].id });
    expect(one.data).toMatchObject({ version: 1, content: 'Dear Acme,\n\nDraft number 1.\n\nKind regards' });
    // Each version is stamped when it was written: in order, each no later than its replacement.
    const all = (await as('documents.history', key)).data.versions;
    for (const version of all)
      expect(Date.parse(version.writtenAt)).toBeLessThanOrEqual(Date.parse(version.replacedAt));
  });

  it('finds a version only under its own document, and names bad paging fields', async () => {
    const key = await documentWithVersions(2);
    const { versions } = (await as('documents.history', key)).data;
    const elsewhere = await as('documents.version', { ...key, type: 'research_report', versionId: versions[0].id });
    expect(elsewhere.status).toBe(404);
    const tooMany = await as('documents.history', { ...key, limit: 1000 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.error?.message).toMatch(/limit/);
    const badCursor = await as('documents.history', { ...key, before: 0 });
    expect(badCursor.error?.message).toMatch(/before/);
  });
});

describe('line endings', () => {
  it('counts a CRLF line break as one character, as the editor does, and stores LF', async () => {
    const app = await as('applications.create', sampleApplication, 'mutation');
    const key = { applicationId: app.data.id, type: 'optimized_resume' };
    // 100,000 lines of "x" and a break: 200,000 characters with LF, 300,000 as sent with CRLF.
    const content = 'x\r\n'.repeat(LIMITS.content / 2);
    const saved = await as('documents.update', { ...key, content }, 'mutation');
    expect(saved.ok, saved.text.slice(0, 200)).toBe(true);
    expect(saved.data.content).toBe('x\n'.repeat(LIMITS.content / 2));
    const over = await as('documents.update', { ...key, content: `${content}y` }, 'mutation');
    expect(over.status).toBe(400);
    expect(over.error?.message).toMatch(/content/);
  });
});
