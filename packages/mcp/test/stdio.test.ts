/**
 * The jobforge-mcp bin as its own process, driven by the SDK's stdio client, against a Job Forge
 * server over HTTP: the same tools, the token's scope, and a clear exit when it cannot start.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, callTool, firstId, stdioClient } from './support/mcp-client.js';
import { SAMPLE_APPLICATION, startTestServer, type TestServer, type TestUser } from './support/test-server.js';

let server: TestServer;
let ada: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  ada = await server.user('ada');
}, 120_000);
afterAll(async () => server?.close());

it('serves the tools over stdio through the typed client', async () => {
  const { client, stderr } = await stdioClient(server.url, ada.readWriteToken);
  try {
    expect((await client.listTools()).tools).toHaveLength(8);
    const id = firstId((await callTool(client, 'create_application', SAMPLE_APPLICATION)).text);
    const research = await callTool(client, 'run_phase', { applicationId: id, phase: 'research' });
    expect(research.text).toContain('Research phase: succeeded.');
    expect((await callTool(client, 'get_application', { id })).text).toContain('- AI status: research_complete');
    const missing = await callTool(client, 'get_document', { applicationId: id, type: 'cover_letter' });
    expect(missing.text).toContain('has no cover_letter yet');
    const bad = await callTool(client, 'update_document', { applicationId: id, type: 'resume', content: 'x' });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('type');
    expect(stderr()).toContain(`serving ${ada.email} at ${server.url} (read-write token)`);
    expect(stderr()).not.toContain(ada.readWriteToken);
  } finally {
    await client.close();
  }
}, 120_000);

it('refuses changes on a read-only token', async () => {
  const { client, stderr } = await stdioClient(server.url, ada.readToken);
  try {
    const refused = await callTool(client, 'create_application', SAMPLE_APPLICATION);
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('read-only');
    expect((await callTool(client, 'list_applications')).text).toContain('1 application, newest first.');
    expect(stderr()).toContain('(read-only token)');
  } finally {
    await client.close();
  }
}, 120_000);

it('exits with one clear line when the token or the address does not work', async () => {
  const run = (env: Record<string, string>) =>
    promisify(execFile)(process.execPath, [BIN], {
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
  const revoked = await run({
    JOBFORGE_URL: server.url,
    JOBFORGE_TOKEN: 'pat_aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  });
  expect(revoked.code).toBe(1);
  expect(revoked.stderr).toMatch(
    /^jobforge-mcp: Cannot use JOBFORGE_TOKEN at http:\/\/127\.0\.0\.1:\d+: Sign in to continue/,
  );
  expect(revoked.stderr).not.toContain('bbbbbbbb');
  const noUrl = await run({ JOBFORGE_TOKEN: ada.readToken });
  expect(noUrl).toEqual({ code: 1, stderr: expect.stringMatching(/^jobforge-mcp: JOBFORGE_URL is not set/) });
}, 120_000);
