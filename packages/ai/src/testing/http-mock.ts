/** Shared plumbing of the local mock servers: 127.0.0.1 on a random port, request log, fault queue. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (undefined when not JSON). */
  body: any;
}

export interface MockServer {
  /** Origin, e.g. http://127.0.0.1:54321 */
  origin: string;
  requests: RecordedRequest[];
  /** Requests being answered right now, and the most there ever were at once. */
  readonly concurrency: { current: number; peak: number };
  /** The parsed bodies of the recorded requests that `matches` picks. */
  bodies(matches: (request: RecordedRequest) => boolean): any[];
  close(): Promise<void>;
}

export type Handler = (request: RecordedRequest, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export async function startHttpMock(handler: Handler): Promise<MockServer> {
  const requests: RecordedRequest[] = [];
  const concurrency = { current: 0, peak: 0 };
  const server: Server = createServer(async (req, res) => {
    concurrency.current++;
    concurrency.peak = Math.max(concurrency.peak, concurrency.current);
    res.on('close', () => concurrency.current--);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: any;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
    requests.push(recorded);
    try {
      await handler(recorded, res, req);
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            type: 'error',
            error: { type: 'api_error', message: `mock handler failed: ${String(error)}` },
          }),
        );
      } else res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    concurrency,
    bodies: (matches) => requests.filter(matches).map((r) => r.body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Roughly 4 characters per token, the same rule the engine's estimates use. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/** Faults a test queues for the next requests: each request takes the first one left. */
export class FaultQueue<F> {
  private readonly queue: F[] = [];

  next(): F | undefined {
    return this.queue.shift();
  }

  add(fault: F, times = 1): void {
    for (let i = 0; i < times; i++) this.queue.push(fault);
  }
}

/** Holds a request open until the client's timeout or the server's close ends it. */
export function hangUntilClosed(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => res.on('close', () => resolve()));
}
