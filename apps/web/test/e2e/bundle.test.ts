/**
 * The production bundle (`node build/node/server.js`, what `npm start` and the image run) end to end
 * over HTTP: what depends on files found at run time must still be found from build/node. Signing
 * up hashes with argon2 (native), the data folder is a PGlite database (WASM) migrated from the
 * copied migrations, the offline AI phases run in the bundled worker thread, and the PDF export
 * loads its renderer chunk and the Noto fonts from node_modules; the MCP endpoint loads its SDK.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from '@jobforge/ai/testing';
import { createJobForgeClient, createJobForgeDownloads } from '@jobforge/client';
import { startApp, type RunningApp } from './server';

describe('the bundled production server', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ bundled: true });
  }, 300_000);
  afterAll(() => app?.stop());

  it('serves pages, signs up, saves, runs the offline phases and exports a PDF', async () => {
    const login = await fetch(`${app.url}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('<html');

    const anonymous = createJobForgeClient({ url: app.url });
    const { token } = await anonymous.auth.register.mutate({
      email: `bundle-${Date.now().toString(36)}@example.com`,
      password: 'a bundle of long words',
      fullName: 'Jane Doe',
    });
    const client = createJobForgeClient({ url: app.url, token });
    await client.resumes.create.mutate({ name: 'Backend', content: fixtures.backendResume, isPrimary: true });
    const created = await client.applications.create.mutate({
      companyName: 'Globex Pay',
      roleTitle: 'Senior Backend Engineer',
      jobDescription: fixtures.jobDescription,
    });

    for (const phase of ['research', 'resume'] as const) {
      const run = await client.ai.runPhase.mutate({ applicationId: created.id, phase, wait: true });
      expect(run).toMatchObject({ status: 'succeeded', engine: 'offline', phase });
    }
    const resume = await client.documents.get.query({ applicationId: created.id, type: 'optimized_resume' });
    expect(resume?.content).toContain('Jane Doe');

    // Server rendering of the signed-in pages (the UI libraries are compiled into the page build).
    const cookie = `jobforge_session=${token}`;
    const pages: Array<[string, string]> = [
      ['/', 'Globex Pay'],
      ['/board', 'Globex Pay'],
      [`/applications/${created.id}`, 'Globex Pay'],
      ['/resumes', 'Backend'],
      ['/insights', '</html>'],
      ['/settings', '</html>'],
    ];
    for (const [page, expected] of pages) {
      const response = await fetch(`${app.url}${page}`, { headers: { cookie }, redirect: 'manual' });
      expect(response.status, page).toBe(200);
      expect(await response.text(), page).toContain(expected);
    }

    const downloads = createJobForgeDownloads({ url: app.url, token });
    const pdf = await downloads.applicationDocument({
      applicationId: created.id,
      type: 'optimized_resume',
      format: 'pdf',
    });
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.byteLength).toBeGreaterThan(5_000);

    // The MCP endpoint (its SDK is a chunk of its own, loaded by this first request).
    const { token: apiToken } = await client.auth.createApiToken.mutate({ name: 'bundle test' });
    const mcp = await fetch(`${app.url}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${apiToken}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bundle-test', version: '1' } },
      }),
    });
    expect(mcp.status).toBe(200);
    expect(app.alive()).toBe(true);
  }, 180_000);
});
