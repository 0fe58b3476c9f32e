/**
 * The tools over Streamable HTTP at /mcp with the SDK's own client: the whole path an assistant takes
 * (create, run the offline research phase, read and edit the document, move the stage, see the
 * follow-up), and what the endpoint refuses before any tool runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { callTool, firstId, httpClient } from './support/mcp-client.js';
import { SAMPLE_APPLICATION, startTestServer, type TestServer, type TestUser } from './support/test-server.js';

let server: TestServer;
let ada: TestUser;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  ada = await server.user('ada');
  client = await httpClient(server.mcpUrl, ada.readWriteToken);
}, 120_000);
afterAll(async () => {
  await client?.close();
  await server?.close();
});

describe('tools', () => {
  it('lists the eight tools with input schemas and read-only hints', async () => {
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    expect(Object.keys(byName).sort()).toEqual([
      'create_application',
      'get_application',
      'get_document',
      'list_applications',
      'list_reminders',
      'move_stage',
      'run_phase',
      'update_document',
    ]);
    expect(byName.get_document!.annotations?.readOnlyHint).toBe(true);
    expect(byName.update_document!.annotations?.readOnlyHint).toBe(false);
    expect(byName.create_application!.inputSchema.required).toEqual(['companyName', 'roleTitle', 'jobDescription']);
    expect(JSON.stringify(byName.move_stage!.inputSchema)).toContain('interviewing');
  });

  it('creates an application, runs research offline, edits the report and moves it to applied', async () => {
    const created = await callTool(client, 'create_application', { ...SAMPLE_APPLICATION, location: 'Remote' });
    expect(created.isError).toBe(false);
    const id = firstId(created.text);

    const listed = await callTool(client, 'list_applications');
    expect(listed.text).toContain(`| ${id} | Acme Rockets | Staff Engineer | saved | draft |`);

    const research = await callTool(client, 'run_phase', { applicationId: id, phase: 'research' });
    expect(research.isError).toBe(false);
    expect(research.text).toContain('Research phase: succeeded.');
    expect(research.text).toContain('- engine: offline');
    expect(research.text).toContain('# Research report (research_report)');

    const report = await callTool(client, 'get_document', { applicationId: id, type: 'research_report' });
    expect(report.text).toMatch(/version 1,/);
    const edited = `${report.text.split('---\n\n')[1]}\n\nNote from the assistant: ask about the launch schedule.`;
    const saved = await callTool(client, 'update_document', {
      applicationId: id,
      type: 'research_report',
      content: edited,
      baseVersion: 1,
    });
    expect(saved.text).toContain('as version 2');
    const stale = await callTool(client, 'update_document', {
      applicationId: id,
      type: 'research_report',
      content: 'overwrite',
      baseVersion: 1,
    });
    expect(stale.isError).toBe(true);
    expect((await ada.client.documents.get.query({ applicationId: id, type: 'research_report' }))!.content).toBe(
      edited,
    );

    const moved = await callTool(client, 'move_stage', { id, stage: 'applied', note: 'Sent through the careers page' });
    expect(moved.text).toContain('is now at stage applied.');
    expect(moved.text).toContain('Next action: Follow up with Acme Rockets');

    const reminders = await callTool(client, 'list_reminders', { applicationId: id });
    expect(reminders.text).toContain('| Follow up with Acme Rockets | follow_up | Acme Rockets: Staff Engineer');
    const detail = await callTool(client, 'get_application', { id });
    expect(detail.text).toContain('- stage: applied (Applied)');
    expect(detail.text).toContain('- research_report (Research report): version 2');
    expect(server.unexpected).toEqual([]);
  }, 120_000);

  it('answers bad input with a tool error naming the field', async () => {
    const empty = await callTool(client, 'create_application', { ...SAMPLE_APPLICATION, companyName: '  ' });
    expect(empty).toMatchObject({ isError: true });
    expect(empty.text).toContain('companyName');
    const badId = await callTool(client, 'get_application', { id: 'not-an-id' });
    expect(badId.isError).toBe(true);
    expect(badId.text).toMatch(/must be an id \(UUID\).*\bid\b/);
    const unknown = await callTool(client, 'get_application', { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toEqual({ isError: true, text: 'Application not found (NOT_FOUND)' });
    const noDocument = await callTool(client, 'list_applications', { limit: 0 });
    expect(noDocument.text).toContain('limit');
    expect(noDocument.text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('the endpoint', () => {
  const initialize = (headers: Record<string, string>, body?: string) =>
    fetch(server.mcpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
      body:
        body ??
        JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } },
        }),
    });

  it('wants a personal API token, not a session or nothing', async () => {
    const none = await initialize({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="Job Forge"');
    expect(((await none.json()) as { error: { message: string } }).error.message).toContain(
      'Authorization: Bearer <token>',
    );
    const forged = await initialize({
      authorization: 'Bearer pat_aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    });
    expect(forged.status).toBe(401);
    const session = await initialize({ authorization: `Bearer ${ada.sessionToken}` });
    expect(session.status).toBe(403);
    const ok = await initialize({ authorization: `Bearer ${ada.readWriteToken}` });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { result: { serverInfo: { name: string } } }).result.serverInfo.name).toBe('jobforge');
  });

  it('keeps no sessions (GET is 405) and refuses a body over the limit (413)', async () => {
    const get = await fetch(server.mcpUrl, { headers: { authorization: `Bearer ${ada.readWriteToken}` } });
    expect(get.status).toBe(405);
    const huge = await initialize({ authorization: `Bearer ${ada.readWriteToken}` }, 'x'.repeat(3 * 1024 * 1024));
    expect(huge.status).toBe(413);
  });
});
