/** The resume library's buttons without JavaScript: make one primary, delete one, and what is refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loader as shellLoader } from '~/routes/_app';
import { action as libraryAction } from '~/routes/_app.resumes._index';
import { action as newResumeAction } from '~/routes/_app.resumes.new';
import { call, createTestApp, get, post, register, type TestApp } from './harness';

let app: TestApp;
let ada: string;
let grace: string;

beforeAll(async () => {
  app = await createTestApp();
  [ada, grace] = await Promise.all([register(app, 'Ada'), register(app, 'Grace')]);
});
afterAll(async () => app?.close());

const library = (fields: Record<string, string>, cookie: string) =>
  call(libraryAction, post('/resumes', fields, cookie), app.context());
const resumesOf = async (cookie: string) =>
  (await call(shellLoader, get('/', cookie), app.context())).data.resumes as Array<{ id: string; name: string }>;

describe('the resume library', () => {
  it('makes a resume primary and deletes one, saying what it did; refuses another person’s and a missing id', async () => {
    for (const name of ['Backend', 'Leadership']) {
      const added = await call(
        newResumeAction,
        post('/resumes/new', { name, content: `# ${name}\n\n- Built engines`, focusArea: '' }, ada),
        app.context(),
      );
      expect(added.kind).toBe('redirect');
    }
    const leadership = (await resumesOf(ada)).find((resume) => resume.name === 'Leadership')!;

    const primary = await library({ intent: 'primary', id: leadership.id }, ada);
    expect(primary.data).toEqual({ ok: true, message: 'Leadership is now your primary resume.' });

    const foreign = await library({ intent: 'delete', id: leadership.id }, grace);
    expect(foreign.status).toBe(404);
    expect(foreign.data.ok).toBe(false);
    expect(foreign.data.message).toEqual(expect.any(String));

    const missing = await library({ intent: 'delete', id: 'nope' }, ada);
    expect(missing.status).toBe(400);
    expect(missing.data).toEqual({ ok: false, message: 'Choose a resume first.' });

    const deleted = await library({ intent: 'delete', id: leadership.id }, ada);
    expect(deleted.data).toEqual({ ok: true, message: 'Resume deleted.' });
    expect((await resumesOf(ada)).map((resume) => resume.name)).toEqual(['Backend']);
  });
});
