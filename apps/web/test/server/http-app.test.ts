import { afterEach, describe, expect, it } from 'vitest';
import { eventStream, readEventTimes, startTestServer, stubApi } from './support.js';

const servers: Array<{ shutdown(reason: string): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.shutdown('test done')));
});

/**
 * A request is counted when its response closes, which can be a moment after the client has read
 * it: read /metrics until it shows what was asked for (or give the last text to the assertion).
 */
async function metricsShowing(base: string, ...needles: string[]): Promise<string> {
  let text = '';
  for (let attempt = 0; attempt < 50; attempt++) {
    text = await (await fetch(`${base}/metrics`)).text();
    if (needles.every((needle) => text.includes(needle))) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return text;
}

async function start(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

describe('request ids', () => {
  it('adds one to every response and keeps a valid incoming one', async () => {
    const { base } = await start();
    const fresh = await fetch(`${base}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'edge-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-1234abcd');
    const replaced = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('hands the id to the API and names it in a 500 without a stack trace', async () => {
    let seen = '';
    const { base } = await start({
      api: stubApi({
        handleTrpcRequest: async (_request, options) => {
          seen = options.requestId;
          throw new Error('secret internal detail');
        },
      }),
    });
    const response = await fetch(`${base}/api/trpc/auth.me`, { headers: { 'x-request-id': 'trace-0000abcd' } });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(seen).toBe('trace-0000abcd');
    expect(body).toContain('trace-0000abcd');
    expect(body).not.toContain('secret internal detail');
    expect(body).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('health endpoints', () => {
  it('/healthz says alive', async () => {
    const { base } = await start();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('/readyz reports the API checks, 503 when one fails', async () => {
    let ok = true;
    const { base } = await start({
      api: stubApi({
        readiness: async () => ({ ok, checks: { database: { ok, detail: ok ? 'pglite' : 'unavailable' } } }),
      }),
    });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    ok = false;
    const failing = await fetch(`${base}/readyz`);
    expect(failing.status).toBe(503);
    expect(await failing.json()).toMatchObject({ ok: false, checks: { database: { ok: false } } });
  });
});

describe('/metrics', () => {
  it('serves Prometheus text to loopback, with request durations by route', async () => {
    const { base } = await start();
    await fetch(`${base}/api/trpc/auth.me`);
    await fetch(`${base}/applications/0b9a3a4e-3c55-4f7e-9d0a-2f9a7c6d1e11`);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await metricsShowing(base, 'route="/applications/:id"');
    expect(text).toContain('jobforge_http_request_duration_seconds_bucket');
    expect(text).toMatch(/route="\/applications\/:id"/);
    expect(text).toContain('jobforge_ai_runs_total');
    expect(text).toContain('jobforge_process_resident_memory_bytes');
  });

  it('refuses proxied requests when no token is set', async () => {
    const { base } = await start();
    const response = await fetch(`${base}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(response.status).toBe(403);
  });

  it('requires the bearer token when one is set', async () => {
    const { base } = await start({ metricsToken: 'scrape-token-123' });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-123' } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-token-123' } })).status).toBe(
      200,
    );
  });

  it('keeps unknown tRPC paths in one label', async () => {
    const { base } = await start({
      api: { ...stubApi(), router: { _def: { procedures: { 'auth.me': {} } } } as never },
    });
    await fetch(`${base}/api/trpc/zz${Math.random().toString(36).slice(2)}`);
    await fetch(`${base}/api/trpc/auth.me`);
    const text = await metricsShowing(base, 'route="/api/trpc/(unknown)"', 'route="/api/trpc/auth.me"');
    expect(text).toContain('route="/api/trpc/(unknown)"');
    expect(text).toContain('route="/api/trpc/auth.me"');
    expect(text).not.toMatch(/route="\/api\/trpc\/zz/);
  });
});

describe('tRPC bridge', () => {
  it('passes method, body, headers and every Set-Cookie through', async () => {
    const { base } = await start({
      api: stubApi({
        handleTrpcRequest: async (request, options) => {
          const headers = new Headers({ 'content-type': 'application/json' });
          headers.append('set-cookie', 'a=1; Path=/; HttpOnly');
          headers.append('set-cookie', 'b=2; Path=/');
          return new Response(
            JSON.stringify({
              method: request.method,
              body: await request.text(),
              url: request.url,
              ip: options.clientIp,
              custom: request.headers.get('x-custom'),
            }),
            { status: 201, headers },
          );
        },
      }),
    });
    const response = await fetch(`${base}/api/trpc/applications.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-custom': 'yes' },
      body: JSON.stringify({ json: { companyName: 'Acme' } }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/']);
    const echoed = await response.json();
    expect(echoed).toMatchObject({
      method: 'POST',
      body: '{"json":{"companyName":"Acme"}}',
      custom: 'yes',
      ip: '127.0.0.1',
    });
    expect(echoed.url).toMatch(/\/api\/trpc\/applications\.create$/);
  });

  it('streams event streams as they are written, never compressed', async () => {
    const { base } = await start({ api: stubApi({ handleTrpcRequest: async () => eventStream(4, 250) }) });
    const response = await fetch(`${base}/api/trpc/ai.onProgress`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const times = await readEventTimes(response);
    expect(times).toHaveLength(4);
    // Written 250 ms apart: held back for compression, they would arrive together at the end.
    expect(times[3]! - times[0]!).toBeGreaterThanOrEqual(500);
  });

  it('compresses ordinary responses', async () => {
    const big = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i, text: 'repeat me '.repeat(5) })) });
    const { base } = await start({
      api: stubApi({
        handleTrpcRequest: async () => new Response(big, { headers: { 'content-type': 'application/json' } }),
      }),
    });
    const response = await fetch(`${base}/api/trpc/applications.list`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe(big);
  });
});

describe('proxy trust', () => {
  it('takes the client address from X-Forwarded-For only when the proxy is trusted', async () => {
    const seen: Array<string | null | undefined> = [];
    const api = stubApi({
      handleTrpcRequest: async (_request, options) => {
        seen.push(options.clientIp);
        return Response.json({});
      },
    });
    const trusted = await start({ api, trustProxy: 'loopback' });
    const untrusted = await start({ api });
    const headers = { 'x-forwarded-for': '198.51.100.7' };
    await fetch(`${trusted.base}/api/trpc/auth.me`, { headers });
    await fetch(`${untrusted.base}/api/trpc/auth.me`, { headers });
    expect(seen).toEqual(['198.51.100.7', '127.0.0.1']);
  });
});

describe('request bodies', () => {
  /** A server whose page handler notes whether any request reached it. */
  async function startWithWatchedPage() {
    const page = { called: false };
    const { base } = await start({
      pageHandler: (_req, res) => {
        page.called = true;
        res.send('ok');
      },
    });
    return { base, page };
  }

  it('refuses a page request body over the API limit with 413, before the page sees it', async () => {
    const { base, page } = await startWithWatchedPage();
    const response = await fetch(`${base}/applications/new`, { method: 'POST', body: 'x'.repeat(3 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('larger than 2 MB');
    expect(page.called).toBe(false);
    expect((await fetch(`${base}/applications/new`, { method: 'POST', body: 'companyName=Acme' })).status).toBe(200);
  });

  it('refuses a chunked page body (no declared length) before the page reads it', async () => {
    const { base, page } = await startWithWatchedPage();
    // A stream body is sent with Transfer-Encoding: chunked and no Content-Length.
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 3 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(120));
      },
    });
    const response = await fetch(`${base}/applications/new`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(411);
    expect(page.called).toBe(false);
  });
});
