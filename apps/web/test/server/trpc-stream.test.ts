/**
 * The real API behind the server's tRPC bridge: a typed client's calls and an AI run's progress
 * subscription (Server-Sent Events) work end to end over HTTP, on PGlite or the DATABASE_URL server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type JobForgeApi } from '@jobforge/api';
import { loadConfig } from '@jobforge/config';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { postTrpc } from '../trpc-http.js';
import { quietLogger, startTestServer } from './support.js';

let database: TestDatabase;
let api: JobForgeApi;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  database = await createTestDatabase();
  // No API keys: the offline engine runs, and nothing leaves this machine.
  api = await createApi({
    config: loadConfig({ NODE_ENV: 'test' }),
    database,
    logger: quietLogger,
    storedMetricsRefreshMs: 0,
  });
  server = await startTestServer({ api });
}, 120_000);

afterAll(async () => {
  await server?.shutdown('test done');
  await api?.shutdown();
  await database?.close();
});

const call = (path: string, input: unknown, token?: string) => postTrpc(server.base, path, input, token);

describe('tRPC through the server', () => {
  it("streams an AI run's progress as Server-Sent Events", async () => {
    const registered = await call('auth.register', {
      email: `stream-${Date.now()}@example.com`,
      password: 'a long enough passphrase 42',
      fullName: 'Stream Tester',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const token: string = registered.data.token;
    await call(
      'resumes.create',
      {
        name: 'Main',
        content:
          '# Sam\n\n## Experience\n- Built TypeScript services at Acme (2019-2024)\n- Ran PostgreSQL in production',
        isPrimary: true,
      },
      token,
    );
    const created = await call(
      'applications.create',
      {
        companyName: 'Globex',
        roleTitle: 'Backend Engineer',
        jobDescription: 'We need TypeScript, PostgreSQL and Node.js experience to build reliable APIs.',
      },
      token,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const applicationId: string = created.data.id;

    const started = await call('ai.runPhase', { applicationId, phase: 'research' }, token);
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    const runId: string = started.data.id;

    const input = encodeURIComponent(JSON.stringify({ json: { runId } }));
    const response = await fetch(`${server.base}/api/trpc/ai.onProgress?input=${input}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('content-encoding')).toBeNull();

    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    let text = '';
    const deadline = Date.now() + 60_000;
    while (!/"type":"(finished|failed)"/.test(text) && Date.now() < deadline) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
    expect(text).toMatch(/"type":"finished"/);
    expect(text).toMatch(/^id: /m);

    // The finished run shows in the metrics: counted by this process, and as stored in the database.
    let metrics = '';
    for (let attempt = 0; attempt < 50 && !metrics.includes('outcome="succeeded"'); attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 20));
      metrics = await (await fetch(`${server.base}/metrics`)).text();
    }
    expect(metrics).toContain('jobforge_ai_runs_total{engine="offline",phase="research",outcome="succeeded"} 1');
    expect(metrics).toContain('jobforge_ai_runs_in_progress{engine="offline",phase="research"} 0');
    expect(metrics).toMatch(
      /jobforge_ai_run_duration_seconds_count\{engine="offline",phase="research",outcome="succeeded"\} 1/,
    );
    expect(metrics).toContain('jobforge_ai_runs_stored{engine="offline",phase="research",status="succeeded"} 1');
  }, 120_000);
});
