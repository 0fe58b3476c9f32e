/**
 * A local server speaking the Anthropic Messages API (JSON and SSE streaming, tool use, usage with
 * cache fields). It records requests, simulates prompt caching from cache_control breakpoints,
 * replays scripted replies and injects faults per test.
 */
import type { ServerResponse } from 'node:http';
import { estimateTokens, pause, sendJson, startHttpMock, type RecordedRequest } from './http-mock.js';

export interface MockReply {
  text?: string;
  toolUse?: { name: string; input: unknown; id?: string };
  stopReason?: 'end_turn' | 'max_tokens' | 'tool_use' | 'stop_sequence';
  /** Overrides the simulated usage. */
  usage?: Partial<{
    input_tokens: number;
    output_tokens: number;
    cache_creation_input_tokens: number;
    cache_read_input_tokens: number;
  }>;
  /** Characters per streamed text delta (default 40). */
  chunkSize?: number;
  /** Wait between streamed events (default 0). */
  delayMs?: number;
}

export type AnthropicFault =
  | { kind: 'rate_limit'; retryAfterSeconds?: number }
  | { kind: 'spend_limit' }
  | { kind: 'overloaded' }
  | { kind: 'server_error'; status?: number }
  /** Accepts the request and never answers. */
  | { kind: 'timeout' }
  /** Streams part of the reply, then an SSE `error` event (overloaded_error). */
  | { kind: 'broken_stream'; afterDeltas?: number }
  /** Streams part of the reply, then drops the connection. */
  | { kind: 'dropped_stream'; afterDeltas?: number }
  /** Answers a forced tool call with input that does not match the schema. */
  | { kind: 'malformed_tool'; input?: unknown };

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
  const faults: AnthropicFault[] = [];
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
    const fault = faults.shift();
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
      return server.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v1/messages')).map((r) => r.body);
    },
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
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
      await new Promise<void>((resolve) => res.on('close', () => resolve()));
      return true;
    default:
      return false;
  }
}

function simulateUsage(body: any, reply: MockReply, cache: Set<string>) {
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

function contentOf(reply: MockReply, id: string) {
  const content: any[] = [];
  if (reply.text !== undefined) content.push({ type: 'text', text: reply.text });
  if (reply.toolUse)
    content.push({
      type: 'tool_use',
      id: reply.toolUse.id ?? `toolu_${id}`,
      name: reply.toolUse.name,
      input: reply.toolUse.input,
    });
  return content;
}

function stopReasonOf(reply: MockReply): string {
  return reply.stopReason ?? (reply.toolUse ? 'tool_use' : 'end_turn');
}

function messageJson(body: any, reply: MockReply, usage: ReturnType<typeof simulateUsage>, id: string) {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model: body?.model,
    content: contentOf(reply, id),
    stop_reason: stopReasonOf(reply),
    stop_sequence: null,
    usage,
  };
}

async function streamReply(
  res: ServerResponse,
  body: any,
  reply: MockReply,
  usage: ReturnType<typeof simulateUsage>,
  id: string,
  fault?: AnthropicFault,
  onDelta?: (index: number) => void,
) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const send = async (event: string, data: unknown) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    if (reply.delayMs) await pause(reply.delayMs);
  };
  const breakAfter =
    fault?.kind === 'broken_stream' || fault?.kind === 'dropped_stream' ? fault.afterDeltas ?? 2 : Infinity;
  let deltas = 0;
  const maybeBreak = async (): Promise<boolean> => {
    if (deltas < breakAfter) return false;
    if (fault?.kind === 'broken_stream') {
      await send('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
      res.end();
    } else res.destroy();
    return true;
  };

  await send('message_start', {
    type: 'message_start',
    message: { ...messageJson(body, reply, { ...usage, output_tokens: 1 }, id), content: [], stop_reason: null },
  });
  let index = 0;
  if (reply.text !== undefined) {
    await send('content_block_start', {
      type: 'content_block_start',
      index,
      content_block: { type: 'text', text: '' },
    });
    const size = reply.chunkSize ?? 40;
    for (let i = 0; i < reply.text.length; i += size) {
      if (await maybeBreak()) return;
      onDelta?.(deltas);
      await send('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: { type: 'text_delta', text: reply.text.slice(i, i + size) },
      });
      deltas++;
    }
    await send('content_block_stop', { type: 'content_block_stop', index });
    index++;
  }
  if (reply.toolUse) {
    await send('content_block_start', {
      type: 'content_block_start',
      index,
      content_block: { type: 'tool_use', id: reply.toolUse.id ?? `toolu_${id}`, name: reply.toolUse.name, input: {} },
    });
    const json = JSON.stringify(reply.toolUse.input);
    for (let i = 0; i < json.length; i += 80) {
      if (await maybeBreak()) return;
      await send('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: { type: 'input_json_delta', partial_json: json.slice(i, i + 80) },
      });
      deltas++;
    }
    await send('content_block_stop', { type: 'content_block_stop', index });
  }
  if (await maybeBreak()) return;
  await send('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: stopReasonOf(reply), stop_sequence: null },
    usage: { output_tokens: usage.output_tokens },
  });
  await send('message_stop', { type: 'message_stop' });
  res.end();
}
