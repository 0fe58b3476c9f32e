/**
 * Over MCP, another user's ids are "not found" and nothing of theirs changes; a read-only token
 * changes nothing at all. Checked from the owner's side with the typed client after every attempt.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { callsForServer } from '../src/index.js';
import { callTool, firstId, httpClient } from './support/mcp-client.js';
import { SAMPLE_APPLICATION, startTestServer, type TestServer, type TestUser } from './support/test-server.js';

let server: TestServer;
let ada: TestUser;
let bob: TestUser;
let adaId: string;
let asBob: Client;
let adaReadOnly: Client;

/** What Ada has, as she sees it: it must read the same after every attempt below. */
async function adaState() {
  const [applications, document, runs, reminders] = await Promise.all([
    ada.client.applications.list.query({}),
    ada.client.documents.get.query({ applicationId: adaId, type: 'research_report' }),
    ada.client.ai.runs.query({ applicationId: adaId }),
    ada.client.reminders.list.query({ includeCompleted: true }),
  ]);
  return {
    applications: applications.map(({ id, stage, status, companyName }) => ({ id, stage, status, companyName })),
    document: { content: document?.content, version: document?.version },
    runs: runs.runs.length,
    reminders: reminders.length,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  [ada, bob] = await Promise.all([server.user('ada'), server.user('bob')]);
  const adaClient = await httpClient(server.mcpUrl, ada.readWriteToken);
  adaId = firstId((await callTool(adaClient, 'create_application', SAMPLE_APPLICATION)).text);
  await ada.client.documents.update.mutate({
    applicationId: adaId,
    type: 'research_report',
    content: 'Ada wrote this.',
  });
  await ada.client.reminders.create.mutate({
    applicationId: adaId,
    dueAt: new Date(Date.now() + 86_400_000),
    title: 'Call Acme',
  });
  await adaClient.close();
  asBob = await httpClient(server.mcpUrl, bob.readWriteToken);
  adaReadOnly = await httpClient(server.mcpUrl, ada.readToken);
}, 120_000);
afterAll(async () => {
  await asBob?.close();
  await adaReadOnly?.close();
  await server?.close();
});

it("reveals and changes nothing of another user's application", async () => {
  const before = await adaState();
  const attempts: Array<[string, Record<string, unknown>]> = [
    ['get_application', { id: adaId }],
    ['get_document', { applicationId: adaId, type: 'research_report' }],
    ['update_document', { applicationId: adaId, type: 'research_report', content: 'Bob was here.' }],
    ['move_stage', { id: adaId, stage: 'withdrawn' }],
    ['run_phase', { applicationId: adaId, phase: 'research' }],
    ['list_reminders', { applicationId: adaId }],
  ];
  for (const [tool, args] of attempts) {
    const answer = await callTool(asBob, tool, args);
    expect({ tool, ...answer }).toEqual({ tool, isError: true, text: 'Application not found (NOT_FOUND)' });
  }
  expect((await callTool(asBob, 'list_applications')).text).toBe('No applications yet. create_application adds one.');
  expect((await callTool(asBob, 'list_reminders')).text).toBe('No reminders match.');
  expect(await adaState()).toEqual(before);
  expect(before).toMatchObject({ document: { content: 'Ada wrote this.', version: 1 }, runs: 0, reminders: 1 });
}, 60_000);

it('lets a read-only token read but never change anything', async () => {
  const before = await adaState();
  expect(
    (await callTool(adaReadOnly, 'get_document', { applicationId: adaId, type: 'research_report' })).text,
  ).toContain('Ada wrote this.');
  const attempts: Array<[string, Record<string, unknown>]> = [
    ['update_document', { applicationId: adaId, type: 'research_report', content: 'changed' }],
    ['create_application', SAMPLE_APPLICATION],
    ['run_phase', { applicationId: adaId, phase: 'research' }],
    ['move_stage', { id: adaId, stage: 'applied' }],
  ];
  for (const [tool, args] of attempts) {
    const answer = await callTool(adaReadOnly, tool, args);
    expect(answer.isError, tool).toBe(true);
    expect(answer.text, tool).toMatch(/^This API token is read-only: it cannot change anything\./);
  }
  expect(await adaState()).toEqual(before);
}, 60_000);

it('is refused by the API too, not only by the tools, when a read-only token tries to change something', async () => {
  const calls = callsForServer(server.url, ada.readToken);
  await expect(calls.createApplication(SAMPLE_APPLICATION)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  await expect(calls.moveStage({ id: adaId, stage: 'applied' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
});
