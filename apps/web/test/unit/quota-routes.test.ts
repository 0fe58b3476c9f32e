/** A quota reached while saving from a page: the form says which limit, and keeps what was typed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { action as newApplicationAction } from '~/routes/_app.applications.new';
import { call, createTestApp, post, register, type TestApp } from './harness';

let app: TestApp;
let ada: string;

beforeAll(async () => {
  app = await createTestApp({ JOBFORGE_MAX_APPLICATIONS_PER_USER: '1' });
  ada = await register(app, 'Ada');
});
afterAll(async () => app?.close());

describe('quotas on the pages', () => {
  it('the new-application form names the limit and keeps the values typed', async () => {
    const fields = { companyName: 'Acme', roleTitle: 'Engineer', jobDescription: 'Build rockets.' };
    const first = await call(newApplicationAction, post('/applications/new', fields, ada), app.context());
    expect(first.kind).toBe('redirect');
    const second = await call(
      newApplicationAction,
      post('/applications/new', { ...fields, companyName: 'Globex' }, ada),
      app.context(),
    );
    expect(second.status).toBe(403);
    expect(second.data.formError).toMatch(/^You have reached the limit of 1 applications per account/);
    expect(second.data.values).toMatchObject({ companyName: 'Globex', jobDescription: 'Build rockets.' });
  });
});
