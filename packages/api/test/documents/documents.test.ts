import { describe, expect, it } from 'vitest';
import { sampleApplication, signedInHarness } from '../support/harness.js';

const { as } = signedInHarness();

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
    expect(history.data.versions.map((v: any) => v.version)).toEqual([1]);
    const first = await as('documents.version', { ...key, versionId: history.data.versions[0].id });
    expect(first.data.content).toBe('first');
    const restored = await as('documents.restore', { ...key, versionId: history.data.versions[0].id }, 'mutation');
    expect(restored.data).toMatchObject({ content: 'first', version: 3 });
    const after = await as('documents.history', key);
    expect(after.data.versions.map((v: any) => [v.version, v.firstChange?.before])).toEqual([
      [2, ['second']],
      [1, undefined], // the same text as the current one
    ]);
    expect((await as('documents.list', { applicationId: app.data.id })).data).toHaveLength(1);
  });
});
