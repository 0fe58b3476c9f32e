/** The people of an application. */
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleApplication, signedInHarness } from '../support/harness.js';

const { as, mutate } = signedInHarness('katherine');
let applicationId: string;
beforeAll(async () => {
  applicationId = (await mutate('applications.create', sampleApplication)).data.id;
});

describe('contacts', () => {
  it('creates, lists, edits and deletes the people of an application', async () => {
    const created = await mutate('contacts.create', {
      applicationId,
      name: ' Sam Recruiter ',
      email: 'sam@globex.example',
      role: 'Recruiter',
    });
    expect(created.data).toMatchObject({ name: 'Sam Recruiter', email: 'sam@globex.example', notes: null });
    const edited = await mutate('contacts.update', { id: created.data.id, notes: 'Prefers email', email: '' });
    expect(edited.data).toMatchObject({ notes: 'Prefers email', email: null, name: 'Sam Recruiter' });
    expect((await as('contacts.list', { applicationId })).data).toHaveLength(1);
    const bad = await mutate('contacts.create', { applicationId, name: 'X', email: 'not-an-email' });
    expect(bad.error?.message).toBe('email: must be an email address');
    const long = await mutate('contacts.create', { applicationId, name: 'X', email: `${'a'.repeat(300)}@x.io` });
    expect(long.error?.message).toBe('email: must be at most 255 characters');
    expect((await mutate('contacts.delete', { id: created.data.id })).status).toBe(200);
    expect((await as('contacts.list', { applicationId })).data).toHaveLength(0);
  });
});
