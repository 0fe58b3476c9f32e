import { expect, it } from 'vitest';
import { createJobForgeDownloads, JobForgeDownloadError } from '../src/index.js';

it('downloads with the bearer token and reads the suggested file name', async () => {
  const seen: Array<{ url: string; authorization: string | null }> = [];
  const downloads = createJobForgeDownloads({
    url: 'https://jobs.example.com/',
    token: 'id.secret',
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="Zoe-Resume.pdf"; filename*=UTF-8''Zo%C3%AB-Resume.pdf`,
        },
      });
    }) as typeof fetch,
  });
  const file = await downloads.resume({ resumeId: 'r1', format: 'pdf', template: 'modern', paper: 'letter' });
  expect(seen[0]).toEqual({
    url: 'https://jobs.example.com/export/resumes/r1.pdf?template=modern&paper=letter',
    authorization: 'Bearer id.secret',
  });
  expect(file).toEqual({
    bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    contentType: 'application/pdf',
    filename: 'Zoë-Resume.pdf',
  });
  await downloads.applicationDocument({
    applicationId: 'a1',
    type: 'cover_letter',
    format: 'docx',
    date: '2026-03-04',
  });
  expect(seen[1]!.url).toBe('https://jobs.example.com/export/applications/a1/cover_letter.docx?date=2026-03-04');
  await downloads.accountData();
  expect(seen[2]).toEqual({ url: 'https://jobs.example.com/export/account.json', authorization: 'Bearer id.secret' });
});

it('throws the status and the server’s message', async () => {
  const downloads = createJobForgeDownloads({
    url: 'https://jobs.example.com',
    fetch: (async () => new Response('Not found.\n', { status: 404 })) as unknown as typeof fetch,
  });
  const error = await downloads.resume({ resumeId: 'x', format: 'json' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(JobForgeDownloadError);
  expect(error).toMatchObject({ status: 404, message: 'Not found.' });
});
