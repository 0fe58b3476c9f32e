/**
 * Every tool with inputs of the wrong kind: each answer is a tool error that names the field, never a
 * protocol failure, an internal message or a stack trace, and nothing unexpected reaches the log.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { LIMITS } from '@jobforge/domain';
import { callTool, firstId, httpClient } from './support/mcp-client.js';
import { SAMPLE_APPLICATION, startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let client: Client;
let id: string;

beforeAll(async () => {
  server = await startTestServer();
  const user = await server.user('ada');
  client = await httpClient(server.mcpUrl, user.readWriteToken);
  id = firstId((await callTool(client, 'create_application', SAMPLE_APPLICATION)).text);
}, 120_000);
afterAll(async () => {
  await client?.close();
  await server?.close();
});

const huge = (n: number) => 'x'.repeat(n + 1);

it('names the field of every rejected input', async () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['list_applications', { stage: 'hired' }, 'stage'],
    ['list_applications', { limit: 1.5 }, 'limit'],
    ['get_application', {}, 'id'],
    ['get_application', { id: 42 }, 'id'],
    ['create_application', { ...SAMPLE_APPLICATION, roleTitle: huge(LIMITS.name) }, 'roleTitle'],
    ['create_application', { ...SAMPLE_APPLICATION, jobUrl: 'javascript:alert(1)' }, 'jobUrl'],
    ['create_application', { ...SAMPLE_APPLICATION, priorityLevel: 'urgent' }, 'priorityLevel'],
    ['create_application', { ...SAMPLE_APPLICATION, companyName: 'Nul\u0000Corp' }, 'companyName'],
    ['run_phase', { applicationId: id, phase: 'interview' }, 'phase'],
    ['run_phase', { applicationId: id, phase: 'research', userContext: huge(LIMITS.additionalContext) }, 'userContext'],
    ['get_document', { applicationId: id, type: 'resume' }, 'type'],
    ['update_document', { applicationId: id, type: 'cover_letter', content: huge(LIMITS.content) }, 'content'],
    ['update_document', { applicationId: id, type: 'cover_letter', content: 'x', baseVersion: -1 }, 'baseVersion'],
    ['move_stage', { id, stage: 'applied', at: 'yesterday' }, 'at'],
    ['move_stage', { id, stage: 'applied', at: '2999-01-01T00:00:00Z' }, 'at'],
    ['move_stage', { id, stage: 'applied', note: huge(LIMITS.note) }, 'note'],
    ['list_reminders', { due: 'someday' }, 'due'],
    ['list_reminders', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
  ];
  for (const [tool, args, field] of cases) {
    const answer = await callTool(client, tool, args);
    expect({ tool, field, isError: answer.isError }).toEqual({ tool, field, isError: true });
    expect(answer.text, `${tool} ${field}`).toContain(field);
    expect(answer.text, `${tool} ${field}`).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|SELECT|TRPCError/);
  }
  expect(server.unexpected).toEqual([]);
}, 120_000);
