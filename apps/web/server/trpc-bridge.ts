/**
 * Serves /api/trpc (and /export/, /mcp) through the API's fetch handlers: Express request in, Fetch Response
 * out. Streams (subscriptions' event streams, tRPC's streamed batches) are written chunk by chunk so
 * they reach the client live; any other answer is sent whole.
 */
import { Readable } from 'node:stream';
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express';
import type { JobForgeApi } from '@jobforge/api';

export const TRPC_PREFIX = '/api/trpc';

export function trpcHandler(api: Pick<JobForgeApi, 'handleTrpcRequest'>): RequestHandler {
  return fetchHandler((request, options) => api.handleTrpcRequest(request, options));
}

/** Downloads: GET /export/... (cookie or bearer token). */
export function exportHandler(api: Pick<JobForgeApi, 'handleExportRequest'>): RequestHandler {
  return fetchHandler((request, options) => api.handleExportRequest(request, options));
}

/** A handler of the API's shape: fetch Request in, Response out, with the request id and client address. */
export type FetchHandler = JobForgeApi['handleTrpcRequest'];

/** Mounts any fetch-style handler (tRPC, downloads, MCP) on Express, streaming the answer. */
export function fetchHandler(handle: FetchHandler): RequestHandler {
  return async (req, res, next) => {
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    try {
      const response = await handle(toFetchRequest(req, abort.signal), {
        requestId: res.locals.requestId as string,
        clientIp: req.ip ?? null,
      });
      await sendFetchResponse(res, response, abort.signal);
    } catch (error) {
      if (abort.signal.aborted) return; // the client left; nothing to answer
      next(error);
    }
  };
}

export function toFetchRequest(req: ExpressRequest, signal: AbortSignal): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

export async function sendFetchResponse(res: ExpressResponse, response: Response, signal: AbortSignal): Promise<void> {
  res.status(response.status);
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  const eventStream = response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
  if (eventStream) {
    // Tells nginx (and other proxies that honour it) not to buffer this response.
    res.setHeader('x-accel-buffering', 'no');
    res.setHeader('cache-control', 'no-cache, no-transform');
  }
  if (!response.body) {
    res.end();
    return;
  }
  if (!eventStream && !response.headers.has('transfer-encoding')) {
    // A whole answer (most tRPC calls): head and body leave in one write instead of three (headers,
    // chunk, end), and each write is a system call.
    const body = Buffer.from(await response.arrayBuffer());
    if (signal.aborted) return;
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  res.flushHeaders();
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await waitForDrain(res, signal);
      (res as ExpressResponse & { flush?: () => void }).flush?.();
    }
    res.end();
  } catch (error) {
    if (!signal.aborted) throw error;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

function waitForDrain(res: ExpressResponse, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    res.once('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}
