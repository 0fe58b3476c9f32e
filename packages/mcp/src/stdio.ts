/**
 * The stdio MCP server (the `jobforge-mcp` bin, for Claude Desktop and other local hosts): the same
 * tools, reaching a Job Forge server over HTTP with the typed client. Configuration comes from the
 * environment: JOBFORGE_URL (the server's address) and JOBFORGE_TOKEN (a personal API token).
 * stdout carries the protocol, so everything meant for a person goes to stderr; the token never does.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { isHttpUrl } from '@jobforge/domain';
import { callsForServer } from './calls-from-client.js';
import { createJobForgeMcpServer } from './server.js';

export class StdioConfigError extends Error {}

export interface StdioSettings {
  url: string;
  token: string;
}

export function readStdioSettings(env: NodeJS.ProcessEnv): StdioSettings {
  const url = env.JOBFORGE_URL?.trim() ?? '';
  const token = env.JOBFORGE_TOKEN?.trim() ?? '';
  if (!url)
    throw new StdioConfigError(
      'JOBFORGE_URL is not set: the address of your Job Forge server, e.g. http://localhost:3000.',
    );
  if (!isHttpUrl(url))
    throw new StdioConfigError(`JOBFORGE_URL must be an http(s) address; got "${url.slice(0, 100)}".`);
  if (!token) {
    throw new StdioConfigError(
      'JOBFORGE_TOKEN is not set: create a personal API token in Job Forge (Settings, API tokens).',
    );
  }
  return { url, token };
}

/** Checks the token once, so a wrong address or token is said at start-up instead of on every tool call. */
export async function startStdioServer(
  settings: StdioSettings,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  const calls = callsForServer(settings.url, settings.token);
  let me: Awaited<ReturnType<typeof calls.me>>;
  try {
    me = await calls.me();
  } catch (error) {
    throw new StdioConfigError(`Cannot use JOBFORGE_TOKEN at ${settings.url}: ${(error as Error).message}`);
  }
  const readOnly = me.scope === 'read';
  const server = createJobForgeMcpServer({
    calls,
    readOnly,
    onUnexpected: (error, tool) => log(`jobforge-mcp: ${tool} failed: ${(error as Error)?.stack ?? String(error)}`),
  });
  await server.connect(new StdioServerTransport());
  log(`jobforge-mcp: serving ${me.email} at ${settings.url} (${readOnly ? 'read-only' : 'read-write'} token).`);
  return () => server.close();
}
