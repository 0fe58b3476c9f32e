import { describe, expect, it } from 'vitest';
import { signedInHarness } from '../support/harness.js';

const { as } = signedInHarness();

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

  it('never makes a writing sample the primary resume', async () => {
    const sample = await as(
      'resumes.create',
      { name: 'Blog post', content: 'I write plainly.', isWritingSample: true },
      'mutation',
    );
    expect(sample.data.isPrimary).toBe(false);
    const refused = await as('resumes.setPrimary', { id: sample.data.id }, 'mutation');
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toMatch(/writing sample cannot be the primary resume/);
    const both = await as(
      'resumes.create',
      { name: 'Both', content: 'x', isWritingSample: true, isPrimary: true },
      'mutation',
    );
    expect(both.status).toBe(400);
    expect(both.error?.message).toMatch(/isPrimary/);
    const primary = (await as('resumes.list', {})).data.find((r: any) => r.isPrimary);
    const turned = await as('resumes.update', { id: primary.id, isWritingSample: true }, 'mutation');
    expect(turned.status).toBe(400);
    expect(turned.error?.message).toMatch(/isWritingSample/);
    const still = (await as('resumes.list', {})).data.find((r: any) => r.id === primary.id);
    expect(still).toMatchObject({ isPrimary: true, isWritingSample: false });
  });
});
