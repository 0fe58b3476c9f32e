/** resumes.import: preview without saving, saving, bad files refused with nothing changed, large bodies. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, registerUser, type Harness } from '../support/harness.js';

let harness: Harness;
let user: Awaited<ReturnType<typeof registerUser>>;

const fixture = (name: string) =>
  readFileSync(new URL(`../../../import/test/fixtures/${name}`, import.meta.url)).toString('base64');
const importFile = (input: Record<string, unknown>) =>
  call<any>(harness.api, 'resumes.import', input, { token: user.token, type: 'mutation' });
const library = async () => (await call<any[]>(harness.api, 'resumes.list', {}, { token: user.token })).data;

beforeAll(async () => {
  harness = await createHarness();
  user = await registerUser(harness.api, 'ines');
});
afterAll(async () => harness?.close());

describe('resumes.import', () => {
  it('previews a PDF as Markdown and saves nothing', async () => {
    const result = await importFile({
      filename: 'Ana.pdf',
      contentBase64: fixture('resume-chromium.pdf'),
      preview: true,
    });
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ name: 'Ana', format: 'pdf', resume: null });
    expect(result.data.content).toMatch(/^# Ana Martínez Ødegård\n/);
    expect(result.data.warnings.length).toBeGreaterThan(0);
    expect(await library()).toEqual([]);
  });

  it('saves a Word file as a new library resume (the first becomes primary)', async () => {
    const result = await importFile({ filename: 'cv.docx', contentBase64: fixture('resume-libreoffice.docx') });
    expect(result.status).toBe(200);
    expect(result.data.resume).toMatchObject({ name: 'cv', isPrimary: true });
    expect(result.data.resume.content).toContain('### Data Engineer, Nordlys Handel AS, Bergen — 2016 – 2020');
    expect((await library()).map((resume) => resume.id)).toEqual([result.data.resume.id]);
  });

  it('refuses a bad file with a message naming the field, and changes nothing', async () => {
    const before = await library();
    for (const [filename, file, pattern] of [
      ['scan.pdf', 'scanned.pdf', /^This PDF has no text/],
      ['locked.pdf', 'encrypted.pdf', /protected by a password/],
      ['cv.pdf', 'resume-libreoffice.docx', /is named \.pdf but is a Word document/],
    ] as const) {
      const result = await importFile({ filename, contentBase64: fixture(file) });
      expect(result.status).toBe(400);
      expect(result.error?.message).toMatch(/^contentBase64: /);
      expect(result.error?.data.fieldErrors).toMatchObject({
        fieldErrors: { contentBase64: [expect.stringMatching(pattern)] },
      });
    }
    const notBase64 = await importFile({ filename: 'cv.txt', contentBase64: 'not base64!' });
    expect(notBase64.error?.message).toBe('contentBase64: must be the file, encoded as base64');
    expect(await library()).toEqual(before);
  });

  it('takes a body over 2 MB on this path only, and refuses one over 8 MB', async () => {
    const big = Buffer.from(`# Big\n\n${'- A line of experience that goes on.\n'.repeat(90_000)}`).toString('base64');
    expect(big.length).toBeGreaterThan(3 * 1024 * 1024);
    const accepted = await importFile({ filename: 'big.md', contentBase64: big, preview: true });
    expect(accepted.status).toBe(200);
    expect(accepted.data.warnings).toContain('The text was cut at 200,000 characters.');
    const elsewhere = await call(
      harness.api,
      'resumes.create',
      { name: 'x', content: big },
      { token: user.token, type: 'mutation' },
    );
    expect(elsewhere.status).toBe(413);
    const huge = await importFile({ filename: 'huge.md', contentBase64: 'A'.repeat(9 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('a file over 5 MB is named as such', async () => {
    const result = await importFile({
      filename: 'cv.pdf',
      contentBase64: Buffer.alloc(5 * 1024 * 1024 + 10).toString('base64'),
    });
    expect(result.status).toBe(400);
    expect(result.error?.message).toMatch(/is 5\.0 MB; resumes up to 5 MB can be imported/);
  });
});
