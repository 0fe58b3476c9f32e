/**
 * Lists carry metadata and an excerpt, never the text: a page that lists twenty long resumes must not
 * load them all. The text comes from the get procedures only.
 */
import { describe, expect, it } from 'vitest';
import { sampleApplication, signedInHarness } from './support/harness.js';

const { as } = signedInHarness();
const longResume = `# Ada Lovelace\n\n**Analyst** at the Engine Works. ${'Wrote programs for the engine. '.repeat(
  4_000,
)}`;

describe('lists without their texts', () => {
  it('resumes.list gives an excerpt and the length; resumes.get gives the text', async () => {
    const created = await as('resumes.create', { name: 'Long', content: longResume }, 'mutation');
    expect(created.ok).toBe(true);
    const [listed] = (await as('resumes.list', {})).data;
    expect(listed).not.toHaveProperty('content');
    expect(listed).not.toHaveProperty('contentHead');
    expect(listed).toMatchObject({ id: created.data.id, name: 'Long', contentLength: longResume.length });
    expect(listed.excerpt).toMatch(/^Ada Lovelace Analyst at the Engine Works\. Wrote programs/);
    expect(listed.excerpt.length).toBeLessThanOrEqual(221);
    expect(JSON.stringify(listed).length).toBeLessThan(1_000);

    const got = await as('resumes.get', { id: created.data.id });
    expect(got.data).toMatchObject({ id: created.data.id, content: longResume, isPrimary: true });
    expect((await as('resumes.get', { id: crypto.randomUUID() })).status).toBe(404);
  });

  it('documents.list gives an excerpt and the length; documents.get gives the text', async () => {
    const app = await as('applications.create', sampleApplication, 'mutation');
    const key = { applicationId: app.data.id, type: 'cover_letter' };
    const letter = `Dear team,\n\n${'I would like to build your engine. '.repeat(3_000)}`;
    expect((await as('documents.update', { ...key, content: letter }, 'mutation')).ok).toBe(true);
    const [listed] = (await as('documents.list', { applicationId: app.data.id })).data;
    expect(listed).not.toHaveProperty('content');
    expect(listed).toMatchObject({ documentType: 'cover_letter', version: 1, contentLength: letter.length });
    expect(listed.excerpt).toMatch(/^Dear team, I would like to build your engine\./);
    expect((await as('documents.get', key)).data.content).toBe(letter);
  });
});
