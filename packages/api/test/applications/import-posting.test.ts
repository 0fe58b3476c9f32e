/**
 * applications.importPosting against fixture pages served on 127.0.0.1, which only the test-only
 * postingFetch.allowAddress lets through; the same address without it is refused.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createHarness, registerUser, type Harness } from '../support/harness.js';

const fixtures = new URL('../../../import/test/fixtures/postings/', import.meta.url);
const server = createServer((req, res) => {
  const name = (req.url ?? '/').slice(1);
  try {
    const body = readFileSync(new URL(name, fixtures));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
let base: string;
let allowed: Harness;
let strict: Harness;
let token: string;
let strictToken: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  allowed = await createHarness({}, undefined, {
    postingFetch: { allowAddress: (address) => address === '127.0.0.1' },
  });
  strict = await createHarness();
  token = (await registerUser(allowed.api, 'pia')).token;
  strictToken = (await registerUser(strict.api, 'pia')).token;
});
afterAll(async () => {
  await Promise.all([allowed?.close(), strict?.close()]);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const importPosting = (harness: Harness, bearer: string, input: unknown) =>
  call<any>(harness.api, 'applications.importPosting', input, { token: bearer, type: 'mutation' });

describe('applications.importPosting', () => {
  it('fills the form from a page’s JSON-LD, and saves nothing', async () => {
    const result = await importPosting(allowed, token, { url: `${base}/greenhouse-style.html` });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({
      companyName: 'Acme Rockets',
      roleTitle: 'Platform Engineer',
      jobDescription:
        'Join the team that keeps **launches** on time.\n\n- 6+ years of TypeScript\n- PostgreSQL at scale',
      location: 'Berlin, BE, DE',
      jobUrl: 'https://boards.example/acme/jobs/42',
      source: 'json-ld',
    });
    expect((await call<any[]>(allowed.api, 'applications.list', {}, { token })).data).toEqual([]);
  });

  it('falls back to the page’s main text', async () => {
    const result = await importPosting(allowed, token, { url: `${base}/plain-article.html` });
    expect(result.data).toMatchObject({
      roleTitle: 'Staff Engineer, Reliability',
      source: 'page',
      jobUrl: `${base}/plain-article.html`,
    });
  });

  it('reads pasted HTML, with or without the address', async () => {
    const html = readFileSync(new URL('microdata.html', fixtures), 'utf8');
    const result = await importPosting(strict, strictToken, { html, url: 'https://jobs.example/umbrella/9' });
    expect(result.data).toMatchObject({
      roleTitle: 'Product Designer',
      companyName: 'Umbrella Health',
      jobUrl: 'https://jobs.example/umbrella/9',
    });
  });

  it('refuses private addresses without the test-only allowance, naming the field', async () => {
    for (const url of [
      `${base}/greenhouse-style.html`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://10.0.0.1/',
    ]) {
      const result = await importPosting(strict, strictToken, { url });
      expect(result.status).toBe(400);
      expect(result.error?.message).toMatch(/^url: This address points into a private network/);
    }
  });

  it('needs a URL or HTML, and says what a page without a posting lacks', async () => {
    expect((await importPosting(strict, strictToken, {})).error?.message).toBe(
      "url: is required, or paste the page's HTML",
    );
    expect((await importPosting(strict, strictToken, { url: 'ftp://example.com/job' })).error?.message).toMatch(
      /^url: /,
    );
    const empty = await importPosting(strict, strictToken, { html: '<p>Sign in to see this job</p>' });
    expect(empty.error?.message).toMatch(/^html: No job posting was found/);
  });
});
