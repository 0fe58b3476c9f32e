/**
 * nginx/nginx.conf in front of the real server module, on loopback: TLS, HTTP -> HTTPS, security
 * headers, compression, asset caching, body limit, /metrics hidden, and event streams that arrive
 * as they are written. Skipped only where nginx is absent and this is not CI.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../server/http-app.js';
import { listen, type RunningServer } from '../../server/lifecycle.js';
import { eventStream, quietLogger } from '../server/support.js';
import {
  findNginx,
  httpsRequest,
  prepareSite,
  startNginx,
  stopNginx,
  testConfig,
  type NginxSite,
} from './nginx-harness.js';

const nginx = findNginx();
const mustRun = process.env.CI === 'true';

describe.skipIf(!nginx && !mustRun)('nginx in front of the app', () => {
  let app: RunningServer;
  let site: NginxSite;
  let proxy: ChildProcess | undefined;
  const seenByApp: Array<{ clientIp: string | null | undefined; requestId: string; forwardedProto: string | null }> =
    [];

  beforeAll(async () => {
    if (!nginx) throw new Error('nginx is required in CI: install it (apt-get install nginx) in .ci/run');
    const server = createHttpApp({
      config: { metricsToken: undefined, trustProxy: 'loopback' },
      logger: quietLogger,
      csp: { enabled: true, nonceAware: () => true },
      api: {
        readiness: async () => ({ ok: true, checks: {} }),
        handleTrpcRequest: async (request, options) => {
          seenByApp.push({
            clientIp: options.clientIp,
            requestId: options.requestId,
            forwardedProto: request.headers.get('x-forwarded-proto'),
          });
          if (request.url.includes('ai.onProgress')) return eventStream(4, 300);
          const body = request.method === 'POST' ? await request.text() : '';
          return Response.json({ ok: true, received: body.length });
        },
      },
      staticHandlers: [
        (req, res, next) => {
          if (!req.path.startsWith('/assets/')) return next();
          res.type('application/javascript').set('Cache-Control', 'public, max-age=31536000, immutable');
          res.send(`export const filler = ${JSON.stringify('x'.repeat(4000))};\n`);
        },
      ],
      calendarFeed: async () => new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
      pageHandler: (_req, res) => {
        res
          .type('text/html')
          .send(
            `<!doctype html><html><head><script nonce="${
              res.locals.cspNonce
            }">window.ok=1</script></head><body>${'<p>Job Forge</p>'.repeat(100)}</body></html>`,
          );
      },
    });
    app = await listen({ http: server, port: 0, host: '127.0.0.1', logger: quietLogger, shutdownTimeoutMs: 1_000 });
    site = await prepareSite(Number(new URL(app.url).port));
    const check = testConfig(nginx, site);
    expect(check.ok, check.output).toBe(true);
    proxy = await startNginx(nginx, site);
  }, 60_000);

  afterAll(async () => {
    await stopNginx(proxy, site);
    await app?.shutdown('test done');
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    httpsRequest(`https://127.0.0.1:${site.httpsPort}${path}`, { ca: site.cert, headers });

  it('passes nginx -t with the production file', () => {
    expect(testConfig(nginx!, site).ok).toBe(true);
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(`http://127.0.0.1:${site.httpPort}/applications?x=1`, resolve).on('error', reject),
    );
    response.resume();
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('https://127.0.0.1/applications?x=1');
  });

  it('serves pages over HTTPS with the security headers, each once', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('Job Forge');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const csp = String(response.headers['content-security-policy']);
    const nonce = /<script nonce="([^"]+)"/.exec(response.body)?.[1];
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/); // nginx's id, passed to the app and back, once
  });

  it('gives nginx-made responses a strict CSP too', async () => {
    const response = await get('/metrics', { 'x-request-id': 'scraper-0000001' });
    expect(response.status).toBe(404);
    expect(response.headers['x-request-id']).toBe('scraper-0000001');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.body).not.toContain('jobforge_http_request_duration_seconds');
  });

  it('compresses pages and caches hashed assets for a year', async () => {
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    const asset = await get('/assets/entry.client-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
  });

  it('tells the app who the client is, over HTTPS, and keeps one request id end to end', async () => {
    seenByApp.length = 0;
    const response = await get('/api/trpc/auth.me', {
      'x-request-id': 'client-req-12345678',
      'x-forwarded-for': '203.0.113.66',
    });
    expect(response.status).toBe(200);
    // A client-supplied X-Forwarded-For is replaced by the address nginx saw.
    expect(seenByApp[0]).toEqual({ clientIp: '127.0.0.1', requestId: 'client-req-12345678', forwardedProto: 'https' });
    expect(response.headers['x-request-id']).toBe('client-req-12345678');
    await new Promise((resolve) => setTimeout(resolve, 100)); // nginx writes its access log after the response
    const accessLog = readFileSync(path.join(site.dir, 'access.log'), 'utf8');
    const entry = accessLog
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .find((line) => line.requestId === 'client-req-12345678');
    expect(entry).toMatchObject({ method: 'GET', uri: '/api/trpc/auth.me', status: 200 });
  });

  it('keeps the secret of a calendar feed address out of its access log', async () => {
    const secret = 'q'.repeat(32);
    const response = await get(`/calendar/cal_${'a'.repeat(24)}.${secret}.ics`, {
      'x-request-id': 'feed-req-12345678',
    });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const accessLog = readFileSync(path.join(site.dir, 'access.log'), 'utf8');
    expect(accessLog).not.toContain(secret);
    const entry = accessLog
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .find((line) => line.requestId === 'feed-req-12345678');
    expect(entry).toMatchObject({ uri: `/calendar/cal_${'a'.repeat(24)}.(secret).ics`, status: 200 });
  });

  it('accepts a body the API allows and refuses a larger one', async () => {
    const ok = await httpsRequest(`https://127.0.0.1:${site.httpsPort}/api/trpc/documents.update`, {
      ca: site.cert,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { content: 'y'.repeat(900_000) } }),
    });
    expect(ok.status).toBe(200);
    const tooLarge = await httpsRequest(`https://127.0.0.1:${site.httpsPort}/api/trpc/documents.update`, {
      ca: site.cert,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(3 * 1024 * 1024, 'z'),
    });
    expect(tooLarge.status).toBe(413);
  });

  it('caps the rate of password POSTs per client, and leaves page views alone', async () => {
    const views = await Promise.all(Array.from({ length: 30 }, () => get('/login')));
    expect(views.every((response) => response.status === 200)).toBe(true);
    const attempts = await Promise.all(
      Array.from({ length: 30 }, () =>
        httpsRequest(`https://127.0.0.1:${site.httpsPort}/api/trpc/auth.login`, {
          ca: site.cert,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"json":{}}',
        }),
      ),
    );
    const limited = attempts.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    expect(attempts.filter((response) => response.status === 200).length).toBeGreaterThanOrEqual(20);
    expect(limited[0]!.headers['strict-transport-security']).toBeTruthy();
  });

  it('applies the password rate limit and the /metrics block whatever the case or a trailing slash', async () => {
    const variants = [
      '/Login',
      '/login/',
      '/REGISTER',
      '/register.data',
      '/api/trpc/AUTH.LOGIN',
      '/Forgot-Password',
      '/reset-password.data',
      '/api/trpc/auth.requestPasswordReset',
    ];
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        httpsRequest(`https://127.0.0.1:${site.httpsPort}${variants[i % variants.length]}`, {
          ca: site.cert,
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'email=a%40b.co&password=x',
        }),
      ),
    );
    for (const variant of variants) {
      const limited = attempts.filter(
        (response, i) => variants[i % variants.length] === variant && response.status === 429,
      );
      expect(limited.length, variant).toBeGreaterThan(0);
    }
    for (const path of ['/Metrics', '/metrics/', '/METRICS/']) expect((await get(path)).status, path).toBe(404);
  });

  it('delivers an event stream as it is written, not buffered', async () => {
    const response = await get('/api/trpc/ai.onProgress?input=%7B%7D', {
      accept: 'text/event-stream',
      'accept-encoding': 'gzip',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    expect(response.headers['content-encoding']).toBeUndefined();
    const arrivals: number[] = [];
    let seen = '';
    for (const chunk of response.chunks) {
      seen += chunk.text;
      while (seen.includes('\n\n')) {
        seen = seen.slice(seen.indexOf('\n\n') + 2);
        arrivals.push(chunk.at);
      }
    }
    expect(arrivals).toHaveLength(4);
    // Written 300 ms apart (900 ms from first to last): a buffering proxy would hand them over
    // together at the end. (Gaps between single events are not checked: a busy machine may
    // deliver two at once.)
    expect(arrivals[3]! - arrivals[0]!).toBeGreaterThanOrEqual(600);
    expect(new Set(arrivals).size).toBeGreaterThanOrEqual(3);
  });
});
