import { describe, expect, it } from 'vitest';
import { sampleApplication, signedInHarness } from '../support/harness.js';

const { session, as } = signedInHarness();

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

  it('derives the phase flags from the documents, not the status, and get returns the documents', async () => {
    const created = await as('applications.create', sampleApplication, 'mutation');
    const updated = await as('applications.updateStatus', { id: created.data.id, status: 'resume_ready' }, 'mutation');
    // A status set by hand marks no empty document done.
    expect(updated.data).toMatchObject({
      status: 'resume_ready',
      researchCompleted: false,
      resumeOptimized: false,
      coverLetterGenerated: false,
    });
    await as(
      'documents.update',
      { applicationId: created.data.id, type: 'cover_letter', content: 'Dear Acme' },
      'mutation',
    );
    await as(
      'documents.update',
      { applicationId: created.data.id, type: 'research_report', content: ' \n ' },
      'mutation',
    );
    const got = await as('applications.get', { id: created.data.id });
    expect(got.data).toMatchObject({ researchCompleted: false, resumeOptimized: false, coverLetterGenerated: true });
    const listed = await as('applications.list', {});
    expect(listed.data.find((a: any) => a.id === created.data.id).coverLetterGenerated).toBe(true);
    expect(got.data.documents).toHaveLength(2);
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

  it('keeps the letters of every script in the generated name, never an empty slug', async () => {
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '_');
    const named = async (companyName: string, roleTitle: string) =>
      (await as('applications.create', { ...sampleApplication, companyName, roleTitle }, 'mutation')).data.name;
    expect(await named('腾讯', '数据科学家')).toBe(`腾讯_数据科学家_${day}`);
    expect(await named('شركة المستقبل', 'مهندس برمجيات')).toBe(`شركة_المستقبل_مهندس_برمجيات_${day}`);
    expect(await named('Ωμέγα Α.Ε.', 'Μηχανικός')).toBe(`ωμεγα_α_ε_μηχανικος_${day}`);
    expect(await named('Łódź Soft', 'Inżynier')).toBe(`łodz_soft_inzynier_${day}`);
    expect(await named('카카오', '개발자')).toBe(`카카오_개발자_${day}`);
    expect(await named('🚀🚀', '✨')).toBe(`company_role_${day}`);
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
    const extra = await as('applications.create', { ...sampleApplication, userId: session.user.id }, 'mutation');
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
