/**
 * A plain node:http server around the API's fetch handler, for tests and benchmarks that need a real
 * socket (the typed client example, autocannon). The web app mounts the same handler in its server.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EXPORT_PREFIX, TRPC_ENDPOINT, type JobForgeApi } from '../../src/index.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, body: Buffer | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
}

/** Event streams and tRPC's streamed batches are written as they come; everything else at once. */
function isStream(response: Response): boolean {
  return (
    response.headers.has('transfer-encoding') ||
    (response.headers.get('content-type') ?? '').startsWith('text/event-stream')
  );
}

/** A fetch-style handler for a path the API does not serve itself (e.g. the MCP endpoint). */
export type ExtraRoute = (request: Request, meta: { requestId: string; clientIp: string | null }) => Promise<Response>;

export async function serve(api: JobForgeApi, extraRoutes: Record<string, ExtraRoute> = {}): Promise<RunningServer> {
  const server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      if (req.method !== 'GET' && req.method !== 'HEAD') for await (const chunk of req) chunks.push(chunk as Buffer);
      const request = toRequest(req, chunks.length > 0 ? Buffer.concat(chunks) : undefined);
      const pathname = new URL(request.url).pathname;
      const meta = { requestId: randomUUID(), clientIp: req.socket.remoteAddress ?? null };
      const response = pathname.startsWith(`${TRPC_ENDPOINT}/`)
        ? await api.handleTrpcRequest(request, meta)
        : pathname.startsWith(EXPORT_PREFIX)
        ? await api.handleExportRequest(request, meta)
        : extraRoutes[pathname]
        ? await extraRoutes[pathname](request, meta)
        : new Response('Not found', { status: 404 });
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') headers[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) headers['set-cookie'] = cookies;
      if (response.body && !isStream(response)) {
        // One write for head and body: each write is a system call, and those are dear on a busy machine.
        const body = Buffer.from(await response.arrayBuffer());
        headers['content-length'] = String(body.length);
        res.writeHead(response.status, headers);
        res.end(body);
        return;
      }
      res.writeHead(response.status, headers);
      if (response.body) for await (const chunk of response.body) res.write(chunk);
      res.end();
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
