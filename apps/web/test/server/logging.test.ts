/** Request logs: one JSON line per request with its id, never bodies, query strings or credentials. */
import { describe, expect, it } from 'vitest';
import { createCapturingLogger } from '@jobforge/observability/testing';
import { createHttpApp } from '../../server/http-app.js';
import { listen } from '../../server/lifecycle.js';
import { stubApi } from './support.js';

describe('request logs', () => {
  it('carry the request id, method, route and status, and nothing a user wrote', async () => {
    // The shared logger's redaction, writing to this test's sink.
    const { logger: log, lines } = createCapturingLogger();

    const http = createHttpApp({
      config: { metricsToken: undefined, trustProxy: false },
      api: stubApi(),
      logger: log,
      pageHandler: (_req, res) => void res.send('ok'),
    });
    const server = await listen({ http, port: 0, host: '127.0.0.1', logger: log, shutdownTimeoutMs: 1_000 });
    try {
      await fetch(`${server.url}/api/trpc/auth.login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer tok_id.supersecretvalue',
          cookie: 'jobforge_session=abc.def',
        },
        body: JSON.stringify({ json: { email: 'sam@example.com', password: 'correct horse battery staple' } }),
      });
      const input = encodeURIComponent(JSON.stringify({ json: { content: 'My private cover letter text' } }));
      await fetch(`${server.url}/api/trpc/documents.get?input=${input}`, {
        headers: { 'x-request-id': 'log-test-0001' },
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await server.shutdown('test done');
    }
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({
      requestId: 'log-test-0001',
      method: 'GET',
      path: '/api/trpc/documents.get',
      status: 200,
    });
    expect(typeof requests[0].durationMs).toBe('number');
    const all = lines.join('\n');
    for (const secret of [
      'correct horse',
      'supersecretvalue',
      'abc.def',
      'private cover letter',
      'sam@example.com',
      'input=',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
