/**
 * A local server speaking the Anthropic Messages API (JSON and SSE streaming, tool use, usage with
 * cache fields). It records requests, simulates prompt caching from cache_control breakpoints,
 * replays scripted replies and injects faults per test.
 */
import type { ServerResponse } from 'node:http';
import { estimateTokens, FaultQueue, hangUntilClosed, sendJson, startHttpMock } from './http-mock.js';
import type { RecordedRequest } from './http-mock.js';
import { messageJson, streamReply, type AnthropicFault, type MockReply, type MockUsage } from './anthropic-replies.js';

export type { AnthropicFault, MockReply } from './anthropic-replies.js';

export type Responder = (body: any, request: RecordedRequest) => MockReply | Promise<MockReply>;

export interface AnthropicMock {
  /** Base URL for the SDK (`baseURL`). */
  url: string;
  requests: RecordedRequest[];
  readonly concurrency: { current: number; peak: number };
  /** Only the POST /v1/messages bodies. */
  readonly messageBodies: any[];
  failNext(fault: AnthropicFault, times?: number): void;
  /** Replies used in order, before the responder. */
  script(replies: MockReply[]): void;
  /** Forgets simulated cache entries (as if the 5-minute TTL passed). */
  clearCache(): void;
  close(): Promise<void>;
}

export interface AnthropicMockOptions {
  respond?: Responder;
  /** Called just before each streamed text delta is written (benchmarks measure delivery latency). */
  onDelta?: (index: number) => void;
  /** Requests without this key (x-api-key or bearer) get 401 (default: any non-empty key). */
  apiKey?: string;
}

const defaultResponder: Responder = (body) =>
  body?.tool_choice?.type === 'tool' ? { toolUse: { name: body.tool_choice.name, input: {} } } : { text: 'OK' };

/** The prompt text up to and including the last block marked with cache_control (tools, system, messages). */
export function cachedPrefixOf(body: any): string {
  const blocks: unknown[] = [];
  let lastMarked = -1;
  const visit = (block: any) => {
    blocks.push(block);
    if (block && typeof block === 'object' && block.cache_control) lastMarked = blocks.length - 1;
  };
  for (const tool of body?.tools ?? []) visit(tool);
  const system = typeof body?.system === 'string' ? [{ type: 'text', text: body.system }] : body?.system ?? [];
  for (const block of system) visit(block);
  for (const message of body?.messages ?? []) {
    const content = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    for (const block of content) visit(block);
  }
  if (lastMarked < 0) return '';
  return blocks
    .slice(0, lastMarked + 1)
    .map((b) => JSON.stringify(b))
    .join('\n');
}

export async function startAnthropicMock(options: AnthropicMockOptions = {}): Promise<AnthropicMock> {
  const faults = new FaultQueue<AnthropicFault>();
  const scripted: MockReply[] = [];
  const cache = new Set<string>();
  const respond = options.respond ?? defaultResponder;
  let counter = 0;

  const server = await startHttpMock(async (request, res) => {
    if (request.method !== 'POST' || !request.path.startsWith('/v1/messages')) {
      return sendJson(res, 404, {
        type: 'error',
        error: { type: 'not_found_error', message: `mock: no route ${request.method} ${request.path}` },
      });
    }
    // SDK versions differ: some send x-api-key, newer ones an Authorization bearer.
    const key = request.headers['x-api-key'] ?? String(request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (!key || (options.apiKey && key !== options.apiKey)) {
      return sendJson(res, 401, { type: 'error', error: { type: 'authentication_error', message: 'invalid API key' } });
    }
    const body = request.body;
    const fault = faults.next();
    if (fault) {
      const handled = await httpFault(fault, res);
      if (handled) return;
    }
    let reply = scripted.shift() ?? (await respond(body, request));
    if (fault?.kind === 'malformed_tool') {
      reply = {
        toolUse: { name: body?.tool_choice?.name ?? 'tool', input: fault.input ?? { analysis: 'not an object' } },
      };
    }
    const usage = simulateUsage(body, reply, cache);
    const id = `msg_mock_${++counter}`;
    if (body?.stream) await streamReply(res, body, reply, usage, id, fault, options.onDelta);
    else sendJson(res, 200, messageJson(body, reply, usage, id), { 'request-id': `req_mock_${counter}` });
  });

  return {
    url: server.origin,
    requests: server.requests,
    concurrency: server.concurrency,
    get messageBodies() {
      return server.bodies((r) => r.method === 'POST' && r.path.startsWith('/v1/messages'));
    },
    failNext: (fault, times) => faults.add(fault, times),
    script(replies) {
      scripted.push(...replies);
    },
    clearCache() {
      cache.clear();
    },
    close: server.close,
  };
}

/** Returns true when the fault answered the request by itself. */
async function httpFault(fault: AnthropicFault, res: ServerResponse): Promise<boolean> {
  const error = (
    status: number,
    type: string,
    message: string,
    headers: Record<string, string> = {},
    details?: unknown,
  ) => sendJson(res, status, { type: 'error', error: { type, message, ...(details ? { details } : {}) } }, headers);
  switch (fault.kind) {
    case 'rate_limit':
      error(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit', {
        'retry-after': String(fault.retryAfterSeconds ?? 1),
      });
      return true;
    case 'spend_limit':
      error(
        429,
        'rate_limit_error',
        'You have reached your specified API usage limits.',
        {},
        { error_code: 'enforced_spend_limit_reached' },
      );
      return true;
    case 'overloaded':
      error(529, 'overloaded_error', 'Overloaded');
      return true;
    case 'server_error':
      error(fault.status ?? 500, 'api_error', 'Internal server error');
      return true;
    case 'timeout':
      // Hold the request open; the client's timeout or the server's close ends it.
      await hangUntilClosed(res);
      return true;
    default:
      return false;
  }
}

function simulateUsage(body: any, reply: MockReply, cache: Set<string>): MockUsage {
  const prefix = cachedPrefixOf(body);
  const whole = [
    JSON.stringify(body?.tools ?? []),
    JSON.stringify(body?.system ?? ''),
    JSON.stringify(body?.messages ?? []),
  ].join('\n');
  const prefixTokens = prefix ? estimateTokens(prefix) : 0;
  const hit = prefix !== '' && cache.has(prefix);
  if (prefix) cache.add(prefix);
  const output = reply.text ?? JSON.stringify(reply.toolUse?.input ?? '');
  return {
    input_tokens: Math.max(1, estimateTokens(whole) - prefixTokens),
    output_tokens: estimateTokens(output),
    cache_creation_input_tokens: hit ? 0 : prefixTokens,
    cache_read_input_tokens: hit ? prefixTokens : 0,
    ...reply.usage,
  };
}
