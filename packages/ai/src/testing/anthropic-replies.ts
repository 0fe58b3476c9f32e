/** One reply of the Anthropic mock in the Messages API's two forms: a JSON message and an SSE stream. */
import type { ServerResponse } from 'node:http';
import { pause } from './http-mock.js';

export interface MockUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export interface MockReply {
  text?: string;
  toolUse?: { name: string; input: unknown; id?: string };
  stopReason?: 'end_turn' | 'max_tokens' | 'tool_use' | 'stop_sequence';
  /** Overrides the simulated usage. */
  usage?: Partial<MockUsage>;
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

export function messageJson(body: any, reply: MockReply, usage: MockUsage, id: string) {
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

export async function streamReply(
  res: ServerResponse,
  body: any,
  reply: MockReply,
  usage: MockUsage,
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
