/**
 * POST /mcp: Streamable HTTP, stateless (a new server and transport per request, answered as JSON),
 * authenticated by a personal API token. The token is checked before the body is read; the tools
 * then call the API's own procedures as that token's user (server-side caller), so row-level
 * security, the token's scope, rate limits and AI budgets apply as they do over /api/trpc.
 * No session and no server-to-client stream are kept: GET and DELETE answer 405, which the
 * Streamable HTTP specification allows for a server that offers neither.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { JobForgeApi, RequestOptions } from '@jobforge/api';
import { callsFromCaller } from './calls-from-caller.js';
import { JobForgeFailure } from './calls.js';
import { createJobForgeMcpServer } from './server.js';

export const MCP_PATH = '/mcp';

export interface McpHttpOptions {
  api: Pick<JobForgeApi, 'createCaller'>;
  /** Largest request body read (413 above it). */
  maxBodyBytes: number;
  /** Where a tool's unexpected failure is logged (with the request id). */
  logError(entry: { err: unknown; requestId: string; tool: string }, message: string): void;
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{1,512})[ \t]*$/i;
const CHALLENGE = 'Bearer realm="Job Forge"';

export async function handleMcpRequest(
  options: McpHttpOptions,
  request: Request,
  meta: RequestOptions,
): Promise<Response> {
  if (request.method !== 'POST') {
    return jsonRpcError(405, 'This MCP server is stateless: send JSON-RPC messages with POST.', { Allow: 'POST' });
  }
  const token = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) {
    return jsonRpcError(
      401,
      'Send a personal API token from Job Forge (Settings, API tokens): Authorization: Bearer <token>.',
      {
        'WWW-Authenticate': CHALLENGE,
      },
    );
  }
  // Only the token goes to the API: a browser's session cookie on the same request is never used here.
  const authRequest = new Request(request.url, {
    headers: { authorization: `Bearer ${token}`, 'user-agent': request.headers.get('user-agent') ?? 'mcp' },
  });
  const calls = callsFromCaller(options.api.createCaller(authRequest, { ...meta, responseHeaders: new Headers() }));
  let me: Awaited<ReturnType<typeof calls.me>>;
  try {
    me = await calls.me();
  } catch (error) {
    return refusal(error);
  }
  if (me.authenticatedWith !== 'api_token') {
    return jsonRpcError(
      403,
      'The MCP endpoint takes a personal API token (Settings, API tokens), not a sign-in session.',
    );
  }

  const server = createJobForgeMcpServer({
    calls,
    readOnly: me.scope === 'read',
    onUnexpected: (err, tool) => options.logError({ err, requestId: meta.requestId, tool }, 'MCP tool failed'),
  });
  const transport = new WebStandardStreamableHTTPServerTransport({
    enableJsonResponse: true,
    maxRequestBodySize: options.maxBodyBytes,
  });
  await server.connect(transport);
  try {
    // In JSON mode the response is complete when it resolves: nothing is left to stream.
    return await transport.handleRequest(request);
  } finally {
    await server.close();
  }
}

function refusal(error: unknown): Response {
  const code = error instanceof JobForgeFailure ? error.code : 'INTERNAL_SERVER_ERROR';
  if (code === 'UNAUTHORIZED') {
    return jsonRpcError(401, 'This API token is not valid (unknown, expired or revoked).', {
      'WWW-Authenticate': CHALLENGE,
    });
  }
  if (code === 'SERVICE_UNAVAILABLE') return jsonRpcError(503, (error as Error).message, { 'Retry-After': '5' });
  return jsonRpcError(500, (error as Error).message);
}

function jsonRpcError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { jsonrpc: '2.0', error: { code: -32000, message }, id: null },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  );
}
