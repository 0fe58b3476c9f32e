/** The MCP SDK's own client over either transport, and the text of a tool's answer. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/jobforge-mcp.js');

export async function httpClient(mcpUrl: URL, token: string): Promise<Client> {
  const client = new Client({ name: 'jobforge-tests', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(mcpUrl, { requestInit: { headers: { Authorization: `Bearer ${token}` } } }),
  );
  return client;
}

/** Starts the jobforge-mcp bin as its own process, as Claude Desktop would. */
export async function stdioClient(url: string, token: string): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN],
    env: { PATH: process.env.PATH ?? '', JOBFORGE_URL: url, JOBFORGE_TOKEN: token },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'jobforge-tests', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

export interface ToolAnswer {
  text: string;
  isError: boolean;
}

export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<ToolAnswer> {
  const result = await client.callTool({ name, arguments: args });
  const content = result.content as Array<{ type: string; text?: string }>;
  return { text: content.map((part) => part.text ?? '').join('\n'), isError: result.isError === true };
}

/** The first UUID in a tool's answer (create_application names the new id first). */
export function firstId(text: string): string {
  const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(text)?.[0];
  if (!id) throw new Error(`no id in: ${text}`);
  return id;
}
