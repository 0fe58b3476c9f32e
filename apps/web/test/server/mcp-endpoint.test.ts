/**
 * /mcp on the web server: Express hands the request to the MCP handler with the real API behind it,
 * a personal API token's user sees their applications through a tool, nothing answers without a
 * token, and the metric label is one fixed series.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApi, MAX_BODY_BYTES, type JobForgeApi } from '@jobforge/api';
import { loadConfig } from '@jobforge/config';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { handleMcpRequest } from '@jobforge/mcp';
import { renderMetrics } from '@jobforge/observability';
import { postTrpc } from '../trpc-http.js';
import { quietLogger, startTestServer } from './support.js';

let database: TestDatabase;
let api: JobForgeApi;
let server: Awaited<ReturnType<typeof startTestServer>>;
const logged: unknown[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  api = await createApi({ config: loadConfig({ NODE_ENV: 'test' }), database, logger: quietLogger });
  server = await startTestServer({
    api,
    mcp: (request, meta) =>
      handleMcpRequest({ api, maxBodyBytes: MAX_BODY_BYTES, logError: (entry) => logged.push(entry) }, request, meta),
  });
}, 120_000);

afterAll(async () => {
  await server?.shutdown('test done');
  await api?.shutdown();
  await database?.close();
});

/** A procedure's output; any error answer fails the test where it happened. */
async function trpc(path: string, input: unknown, token?: string) {
  const { status, body, data } = await postTrpc(server.base, path, input, token);
  expect(status, JSON.stringify(body)).toBe(200);
  return data;
}

function mcp(token: string | null, body: unknown) {
  return fetch(`${server.base}/mcp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

it('serves the tools to a personal API token and nothing without one', async () => {
  const { token: session } = await trpc('auth.register', {
    email: `mcp-${Date.now()}@example.com`,
    password: 'a long enough password',
    fullName: 'Mia',
  });
  const { token } = await trpc('auth.createApiToken', { name: 'assistant' }, session);
  await trpc(
    'applications.create',
    { companyName: 'Globex', roleTitle: 'Platform Engineer', jobDescription: 'Kubernetes and TypeScript.' },
    session,
  );

  const listed = await mcp(token, {
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name: 'list_applications', arguments: {} },
  });
  expect(listed.status).toBe(200);
  const answer = (await listed.json()) as { result: { content: Array<{ text: string }>; isError?: boolean } };
  expect(answer.result.isError).toBeUndefined();
  expect(answer.result.content[0]!.text).toMatch(/\| Globex \| Platform Engineer \| saved \| draft \|/);

  const anonymous = await mcp(null, { jsonrpc: '2.0', id: 2, method: 'tools/list' });
  expect(anonymous.status).toBe(401);
  expect(await anonymous.text()).not.toContain('Globex');
  expect(logged).toEqual([]);
  expect((await renderMetrics()).body).toMatch(/route="\/mcp",status_code="401"/);
}, 60_000);
