/** Shared pieces of the server tests: a stub API, a quiet logger and a started server. */
import { logger, type Logger } from '@jobforge/observability';
import type { RequestHandler } from 'express';
import { createHttpApp, type ServerApi } from '../../server/http-app.js';
import { listen, type RunningServer } from '../../server/lifecycle.js';
import type { FetchHandler } from '../../server/trpc-bridge.js';

export const quietLogger: Logger = logger.child({}, { level: 'silent' });

export function stubApi(overrides: Partial<ServerApi> = {}): ServerApi {
  return {
    handleTrpcRequest: async () => Response.json({ result: { data: { json: 'ok' } } }),
    readiness: async () => ({ ok: true, checks: { database: { ok: true, detail: 'stub' } } }),
    ...overrides,
  };
}

export async function startTestServer(options: {
  api?: ServerApi;
  pageHandler?: RequestHandler;
  metricsToken?: string;
  trustProxy?: false | number | string;
  shutdownTimeoutMs?: number;
  onClose?: () => Promise<void>;
  mcp?: FetchHandler;
}): Promise<RunningServer & { base: string }> {
  const http = createHttpApp({
    config: { metricsToken: options.metricsToken, trustProxy: options.trustProxy ?? false },
    api: options.api ?? stubApi(),
    logger: quietLogger,
    pageHandler: options.pageHandler ?? ((_req, res) => void res.type('text/html').send('<!doctype html><p>page</p>')),
    ...(options.mcp ? { mcp: options.mcp } : {}),
  });
  const running = await listen({
    http,
    port: 0,
    host: '127.0.0.1',
    logger: quietLogger,
    shutdownTimeoutMs: options.shutdownTimeoutMs ?? 5_000,
    onClose: options.onClose,
  });
  return { ...running, base: running.url };
}

/** An event stream that writes one event every `gapMs`. */
export function eventStream(count: number, gapMs: number): Response {
  let sent = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent === count) {
        controller.close();
        return;
      }
      if (sent > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
      controller.enqueue(encoder.encode(`data: ${JSON.stringify({ n: sent, pad: 'x'.repeat(64) })}\n\n`));
      sent += 1;
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

/** Reads a streamed body and notes when each SSE event arrived. */
export async function readEventTimes(response: Response): Promise<number[]> {
  const times: number[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let index: number;
    while ((index = buffer.indexOf('\n\n')) >= 0) {
      buffer = buffer.slice(index + 2);
      times.push(Date.now());
    }
  }
  return times;
}
