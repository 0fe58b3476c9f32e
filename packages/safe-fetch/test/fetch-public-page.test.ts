/**
 * Every server here listens on 127.0.0.1 and is reached only through the test-only allowAddress
 * option; addresses that must be refused are refused before any connection is attempted.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPublicPage, SafeFetchError, type FetchOptions } from '../src/index.js';

let base: string;
const seen: string[] = [];
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/job': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Ingénieur·e</h1>'),
  '/latin1': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
      .end(Buffer.from([0x43, 0x61, 0x66, 0xe9])),
  '/to-job': (_req, res) => res.writeHead(302, { location: '/job' }).end(),
  '/to-metadata': (_req, res) => res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-ipv6-loopback': (_req, res) => res.writeHead(302, { location: `http://[::1]:${port()}/job` }).end(),
  '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let i = 0; i < 40; i += 1) res.write(chunk);
    res.end();
  },
  '/big-declared': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) }).end(),
  '/pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/login': (_req, res) => res.writeHead(403, { 'content-type': 'text/html' }).end('no'),
  '/slow': () => {
    // Never answers.
  },
};
const server = createServer((req, res) => {
  seen.push(req.url ?? '');
  (routes[req.url ?? ''] ?? ((_q, r) => r.writeHead(404).end()))(req, res);
});
const port = () => (server.address() as AddressInfo).port;
const loopbackOnly: Partial<FetchOptions> = { allowAddress: (address) => address === '127.0.0.1' };

async function failure(promise: Promise<unknown>): Promise<SafeFetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SafeFetchError);
    return error as SafeFetchError;
  }
  throw new Error('the fetch succeeded');
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${port()}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchPublicPage', () => {
  it('fetches a page and follows a redirect (through the test-only allowance for loopback)', async () => {
    const page = await fetchPublicPage(`${base}/to-job`, loopbackOnly);
    expect(page).toMatchObject({ url: `${base}/job`, body: '<h1>Ingénieur·e</h1>' });
    expect((await fetchPublicPage(`${base}/latin1`, loopbackOnly)).body).toBe('Café');
  });

  it('without that allowance, loopback is refused before any connection', async () => {
    const before = seen.length;
    expect((await failure(fetchPublicPage(`${base}/job`))).code).toBe('blocked_address');
    expect(seen.length).toBe(before);
  });

  it('refuses a host whose name resolves to a private address, even among public ones', async () => {
    for (const answers of [['10.0.0.5'], ['93.184.216.34', '192.168.0.10'], ['::ffff:127.0.0.1'], ['fd00::1'], []]) {
      const error = await failure(fetchPublicPage('https://jobs.example.com/1', { resolve: async () => answers }));
      expect(error.code).toBe('blocked_address');
    }
  });

  it('connects to the vetted address itself, not to a second lookup of the name', async () => {
    // "fixture.invalid" resolves nowhere but through the injected answer, so the socket must use it.
    const page = await fetchPublicPage(`http://fixture.invalid:${port()}/job`, {
      ...loopbackOnly,
      resolve: async () => ['127.0.0.1'],
    });
    expect(page.body).toBe('<h1>Ingénieur·e</h1>');
  });

  it('checks every redirect again: to cloud metadata, to IPv6 loopback', async () => {
    expect((await failure(fetchPublicPage(`${base}/to-metadata`, loopbackOnly))).code).toBe('blocked_address');
    expect((await failure(fetchPublicPage(`${base}/to-ipv6-loopback`, loopbackOnly))).code).toBe('blocked_address');
    expect((await failure(fetchPublicPage(`${base}/loop`, loopbackOnly))).code).toBe('too_many_redirects');
  });

  it('a test-only option refuses public addresses too', async () => {
    const error = await failure(
      fetchPublicPage('https://jobs.example.com/', { denyPublic: true, resolve: async () => ['93.184.216.34'] }),
    );
    expect(error.code).toBe('blocked_address');
  });

  it('only http and https, without credentials', async () => {
    for (const address of [
      'file:///etc/passwd',
      'ftp://example.com/x',
      'gopher://example.com',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect((await failure(fetchPublicPage(address))).code).toBe('bad_url');
    }
    expect((await failure(fetchPublicPage('https://user:secret@example.com/'))).code).toBe('bad_url');
  });

  it('stops at 2 MB, declared or streamed, and at the time limit', async () => {
    expect((await failure(fetchPublicPage(`${base}/big`, loopbackOnly))).code).toBe('too_large');
    expect((await failure(fetchPublicPage(`${base}/big-declared`, loopbackOnly))).code).toBe('too_large');
    const started = Date.now();
    expect((await failure(fetchPublicPage(`${base}/slow`, { ...loopbackOnly, timeoutMs: 300 }))).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says what went wrong with pages that are not web pages or need a login', async () => {
    expect((await failure(fetchPublicPage(`${base}/pdf`, loopbackOnly))).message).toMatch(
      /not a web page \(application\/pdf\)/,
    );
    expect((await failure(fetchPublicPage(`${base}/login`, loopbackOnly))).message).toMatch(
      /answered 403.*paste the page’s HTML/,
    );
  });
});
