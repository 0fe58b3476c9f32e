/**
 * The API's AI limits hold over MCP: with one run allowed per user, a second run_phase while the first
 * is still running is a tool error saying so, and the first one finishes normally.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { callTool, firstId, httpClient } from './support/mcp-client.js';
import { SAMPLE_APPLICATION, startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let client: Client;
let release: () => void = () => {};
const gate = new Promise<void>((resolve) => (release = resolve));
let researchStarted: () => void = () => {};
const started = new Promise<void>((resolve) => (researchStarted = resolve));

beforeAll(async () => {
  server = await startTestServer({
    env: { JOBFORGE_MAX_RUNS_PER_USER: '1' },
    // The first research run stays running until the test lets it go.
    aiEngine: (configured) => ({
      ...configured,
      research: async (input, options) => {
        researchStarted();
        await gate;
        return configured.research(input, options);
      },
    }),
  });
  const user = await server.user('ada');
  client = await httpClient(server.mcpUrl, user.readWriteToken);
}, 120_000);
afterAll(async () => {
  release();
  await client?.close();
  await server?.close();
});

it('refuses a second AI run while the first is running, as the API does', async () => {
  const first = firstId((await callTool(client, 'create_application', SAMPLE_APPLICATION)).text);
  const second = firstId(
    (await callTool(client, 'create_application', { ...SAMPLE_APPLICATION, roleTitle: 'Principal Engineer' })).text,
  );
  const running = callTool(client, 'run_phase', { applicationId: first, phase: 'research' });
  await started;
  const refused = await callTool(client, 'run_phase', { applicationId: second, phase: 'research' });
  expect(refused.isError).toBe(true);
  expect(refused.text).toMatch(/^You already have 1 AI run in progress \(the limit is 1\)\..*\(TOO_MANY_REQUESTS\)$/);
  release();
  expect((await running).text).toContain('Research phase: succeeded.');
}, 60_000);
