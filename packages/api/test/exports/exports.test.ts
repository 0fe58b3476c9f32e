/**
 * Downloads under /export/: every format, by bearer token and by cookie, and never anything of
 * another person's (their ids answer exactly like ids that do not exist).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  call,
  cookieHeader,
  createHarness,
  ORIGIN,
  registerUser,
  sampleApplication,
  type Harness,
} from '../support/harness.js';

let harness: Harness;
let alice: Awaited<ReturnType<typeof registerUser>>;
let bob: Awaited<ReturnType<typeof registerUser>>;
let applicationId: string;
let emptyApplicationId: string;
let resumeId: string;

const RESUME = `# Alice Émilie Δημητρίου
alice@example.org · Lyon · [github.com/alice](https://github.com/alice)

## Experience

### Staff Engineer — Acme Rockets (Jan 2020 – Present)

- Built the launch telemetry pipeline.
`;
const LETTER = 'Dear Acme Rockets team,\n\nI would like to build rockets with you.\n\nBest regards,\nAlice\n';

async function download(path: string, options: { token?: string; cookie?: string; method?: string } = {}) {
  const headers = new Headers();
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  if (options.cookie) headers.set('cookie', options.cookie);
  const response = await harness.api.handleExportRequest(
    new Request(`${ORIGIN}${path}`, { headers, method: options.method ?? 'GET' }),
    { requestId: 'test-export', clientIp: '127.0.0.1' },
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) };
}

async function pdfText(bytes: Uint8Array) {
  return (await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true })).text;
}

beforeAll(async () => {
  harness = await createHarness();
  [alice, bob] = await Promise.all([registerUser(harness.api, 'alice'), registerUser(harness.api, 'bob')]);
  const as = (path: string, input: unknown) =>
    call<any>(harness.api, path, input, { token: alice.token, type: 'mutation' });
  applicationId = (await as('applications.create', sampleApplication)).data.id;
  emptyApplicationId = (await as('applications.create', { ...sampleApplication, roleTitle: 'Other role' })).data.id;
  await as('documents.update', { applicationId, type: 'optimized_resume', content: RESUME });
  await as('documents.update', { applicationId, type: 'cover_letter', content: LETTER });
  resumeId = (await as('resumes.create', { name: 'Main résumé', content: RESUME })).data.id;
});
afterAll(async () => harness?.close());

describe('downloads', () => {
  it('a library resume in every format, by bearer token', async () => {
    const pdf = await download(`/export/resumes/${resumeId}.pdf`, { token: alice.token });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(`filename*=UTF-8''alice-Resume-Main-r%C3%A9sum%C3%A9.pdf`);
    expect(pdf.headers.get('cache-control')).toBe('private, no-store');
    expect(await pdfText(pdf.bytes)).toContain('Alice Émilie Δημητρίου');

    const docx = await download(`/export/resumes/${resumeId}.docx`, { token: alice.token });
    expect(docx.headers.get('content-type')).toMatch(/wordprocessingml/);
    expect(docx.bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

    const md = await download(`/export/resumes/${resumeId}.md`, { token: alice.token });
    expect(md.text).toBe(RESUME);

    const json = JSON.parse((await download(`/export/resumes/${resumeId}.json`, { token: alice.token })).text);
    expect(json.basics.name).toBe('Alice Émilie Δημητρίου');
    expect(json.work[0]).toMatchObject({ name: 'Acme Rockets', position: 'Staff Engineer', startDate: '2020-01' });
  });

  it("an application's documents by session cookie; the letter carries name, contact line and date", async () => {
    const cookie = cookieHeader(alice.setCookie);
    const letter = await download(
      `/export/applications/${applicationId}/cover_letter.pdf?template=modern&paper=letter&date=2026-03-04`,
      { cookie },
    );
    expect(letter.status).toBe(200);
    const text = await pdfText(letter.bytes);
    expect(text).toMatch(
      /^Alice Émilie Δημητρίου\nalice@example\.org · Lyon · github\.com\/alice\nMarch 4, 2026\nDear Acme/,
    );
    const md = await download(`/export/applications/${applicationId}/cover_letter.md?date=2026-03-04`, { cookie });
    expect(md.text).toContain(
      '# Alice Émilie Δημητρίου\n\nalice@example.org · Lyon · [github.com/alice](https://github.com/alice)\n\n4 March 2026\n\nDear Acme',
    );
    const docx = await download(`/export/applications/${applicationId}/optimized_resume.docx`, { cookie });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('alice-Resume-Acme-Rockets.docx');
  });

  it('HEAD answers the headers without the file', async () => {
    const head = await download(`/export/resumes/${resumeId}.pdf`, { token: alice.token, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.bytes.byteLength).toBe(0);
  });

  it('says when a document has not been written yet', async () => {
    const missing = await download(`/export/applications/${emptyApplicationId}/cover_letter.pdf`, {
      token: alice.token,
    });
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(/no cover letter yet/);
  });

  it('refuses without valid credentials', async () => {
    for (const options of [{}, { token: 'nope.nope' }, { cookie: 'jobforge_session=bogus.bogus' }]) {
      const refused = await download(`/export/resumes/${resumeId}.pdf`, options);
      expect(refused.status).toBe(401);
      expect(refused.text).toMatch(/Sign in/);
    }
  });

  it("another person's ids answer exactly like ids that do not exist", async () => {
    const paths = [
      (id: string) => `/export/resumes/${id}.pdf`,
      (id: string) => `/export/resumes/${id}.json`,
      (id: string) => `/export/applications/${id}/cover_letter.docx`,
      (id: string) => `/export/applications/${id}/optimized_resume.md`,
    ];
    for (const path of paths) {
      const owned = path(path(resumeId).includes('resumes') ? resumeId : applicationId);
      const foreign = await download(owned, { token: bob.token });
      const unknown = await download(path(randomUUID()), { token: bob.token });
      expect(foreign.status).toBe(404);
      expect(foreign.text).toBe(unknown.text);
      expect(foreign.text).not.toMatch(/Alice|Acme|rockets/i);
    }
  });

  it('answers 404 for paths it does not serve and names a bad option', async () => {
    for (const path of [
      '/export/resumes/not-a-uuid.pdf',
      `/export/resumes/${resumeId}.exe`,
      `/export/resumes/${resumeId}`,
      `/export/applications/${applicationId}/cover_letter.json`,
      `/export/applications/${applicationId}/unknown.pdf`,
      `/export/applications/${applicationId}/cover_letter.pdf/extra`,
    ]) {
      expect((await download(path, { token: alice.token })).status, path).toBe(404);
    }
    const badTemplate = await download(`/export/resumes/${resumeId}.pdf?template=fancy`, { token: alice.token });
    expect(badTemplate.status).toBe(400);
    expect(badTemplate.text).toBe('template: must be one of classic, modern, compact\n');
    const badDate = await download(`/export/resumes/${resumeId}.pdf?date=2026-02-30`, { token: alice.token });
    expect(badDate.text).toMatch(/^date: /);
    expect((await download(`/export/resumes/${resumeId}.pdf`, { token: alice.token, method: 'POST' })).status).toBe(
      405,
    );
  });
});
