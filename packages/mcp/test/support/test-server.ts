/**
 * A Job Forge server for the MCP tests: the real API (offline AI engine, a fresh database) over HTTP
 * with /api/trpc (what the stdio bin's typed client calls) and /mcp (Streamable HTTP), and two users
 * with personal API tokens. Nothing leaves this machine.
 */
import { loadConfig } from '@jobforge/config';
import { createTestDatabase } from '@jobforge/db/testing';
import { createApi, MAX_BODY_BYTES, type CreateApiOptions } from '@jobforge/api';
import { createJobForgeClient, type JobForgeClient } from '@jobforge/client';
import { serve } from '../../../api/test/support/http-server.js';
import { handleMcpRequest, MCP_PATH } from '../../src/index.js';

export interface TestUser {
  email: string;
  /** A sign-in session token (the MCP endpoint refuses these). */
  sessionToken: string;
  readWriteToken: string;
  readToken: string;
  /** The typed client with the session token: sets up and inspects data beside the MCP tools. */
  client: JobForgeClient;
}

export interface TestServer {
  url: string;
  mcpUrl: URL;
  unexpected: unknown[];
  user(name: string, fullName?: string): Promise<TestUser>;
  close(): Promise<void>;
}

export const SAMPLE_RESUME = [
  '# Ada Lovelace',
  '',
  '## Experience',
  '',
  '### Senior Software Engineer, Analytical Engines Ltd (2019-2025)',
  '- Built a TypeScript data platform on PostgreSQL serving 40 teams',
  '- Cut report latency from 9 s to 400 ms by redesigning the query layer',
  '- Led a team of 5 engineers through a migration to distributed systems',
].join('\n');

export const SAMPLE_APPLICATION = {
  companyName: 'Acme Rockets',
  roleTitle: 'Staff Engineer',
  jobDescription:
    'We build rockets. You will design distributed systems in TypeScript on PostgreSQL, lead engineers and own reliability.',
};

export interface TestServerOptions {
  env?: Record<string, string>;
  aiEngine?: CreateApiOptions['aiEngine'];
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  // No model keys in this environment: the offline engine runs the AI phases.
  const api = await createApi({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env }),
    database,
    ...(options.aiEngine ? { aiEngine: options.aiEngine } : {}),
  });
  const unexpected: unknown[] = [];
  const mcpOptions = {
    api,
    maxBodyBytes: MAX_BODY_BYTES,
    logError: (entry: { err: unknown }) => void unexpected.push(entry.err),
  };
  const server = await serve(api, { [MCP_PATH]: (request, meta) => handleMcpRequest(mcpOptions, request, meta) });
  return {
    url: server.url,
    mcpUrl: new URL(MCP_PATH, server.url),
    unexpected,
    async user(name, fullName = name) {
      const email = `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const anonymous = createJobForgeClient({ url: server.url });
      const { token: sessionToken } = await anonymous.auth.register.mutate({
        email,
        password: `${name} likes long walks`,
        fullName,
      });
      const client = createJobForgeClient({ url: server.url, token: sessionToken });
      const readWrite = await client.auth.createApiToken.mutate({ name: 'assistant', scope: 'read_write' });
      const read = await client.auth.createApiToken.mutate({ name: 'assistant (read)', scope: 'read' });
      await client.resumes.create.mutate({ name: 'Main', content: SAMPLE_RESUME, isPrimary: true });
      return { email, sessionToken, readWriteToken: readWrite.token, readToken: read.token, client };
    },
    async close() {
      await server.close();
      await api.shutdown();
      await database.close();
    },
  };
}
