/**
 * A local server speaking OpenAI chat completions the way different servers do, so the
 * OpenAI-compatible engine is tested against each shape through the real `openai` SDK:
 * - `json-schema`: accepts response_format json_schema and tools, reports usage (a full server);
 * - `tools`: refuses response_format with 400, answers forced tool calls;
 * - `text`: refuses response_format and stream_options, ignores tools, answers JSON in prose, reports no usage;
 * - `ollama`: Ollama's /v1 shape (plain-string content only, `fp_ollama`, usage in a last chunk with
 *   no choices when asked, `{ error: { message, type, param, code } }`, 404 for an unpulled model);
 * - `lmstudio`: LM Studio's shape (json_schema only: `json_object` is refused; usage in the last chunk).
 * It answers Job Forge's phases with an Anthropic-mock responder (the truthful or the lying one),
 * translated from the chat request, so both engines face the same model.
 */
import type { ServerResponse } from 'node:http';
import { estimateTokens, FaultQueue, hangUntilClosed, sendJson, startHttpMock } from './http-mock.js';
import type { RecordedRequest } from './http-mock.js';
import { openAiStyleControls } from './openai-style.js';
import type { MockReply, Responder } from './anthropic-mock.js';
import { jobForgeResponder } from './responder.js';
import { RESEARCH_TOOL_NAME } from '../claude/prompts.js';

export type ChatShape = 'json-schema' | 'tools' | 'text' | 'ollama' | 'lmstudio';

export type ChatFault =
  | { kind: 'rate_limit'; retryAfterSeconds?: number }
  | { kind: 'server_error'; status?: number }
  | { kind: 'timeout' }
  /** Streams part of the reply, then drops the connection. */
  | { kind: 'dropped_stream'; afterDeltas?: number };

export interface ChatMockOptions {
  shape: ChatShape;
  respond?: Responder;
  /** Models the server knows; others get 404 (default: any). */
  models?: string[];
  /** Requests without this bearer key get 401 (default: no key needed, as local servers). */
  apiKey?: string;
}

export interface ChatMock {
  /** Base URL for the SDK, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Only the POST /v1/chat/completions bodies. */
  readonly chatBodies: any[];
  failNext(fault: ChatFault, times?: number): void;
  /** The next structured answers, in the form the request asked for, carry this text instead of valid JSON. */
  malformNext(times?: number, text?: string): void;
  close(): Promise<void>;
}

/** The chat request as the Anthropic-shaped body the responders read. */
export function asAnthropicBody(body: any): any {
  const messages: any[] = body?.messages ?? [];
  const system = messages.filter((m) => m.role === 'system').map((m) => ({ type: 'text', text: String(m.content) }));
  const firstUser = messages.find((m) => m.role === 'user');
  const text = String(firstUser?.content ?? '');
  return {
    system,
    messages: [{ role: 'user', content: [{ type: 'text', text }] }],
    ...(/Phase: research/.test(text) ? { tool_choice: { type: 'tool', name: RESEARCH_TOOL_NAME } } : {}),
  };
}

function error(res: ServerResponse, status: number, message: string, type: string, param: string | null = null) {
  sendJson(res, status, { error: { message, type, param, code: null } });
}

/** What this shape refuses outright (HTTP 400), before any model runs. */
function refusal(shape: ChatShape, body: any): { message: string; param: string } | null {
  const format = body?.response_format?.type;
  if (shape === 'ollama' && body.messages?.some((m: any) => typeof m.content !== 'string')) {
    return { message: 'invalid message content type', param: 'messages' };
  }
  if (body?.stream_options && shape === 'text')
    return { message: 'Unrecognized request argument supplied: stream_options', param: 'stream_options' };
  if (format === 'json_schema' && (shape === 'tools' || shape === 'text'))
    return { message: 'response_format json_schema is not supported by this server', param: 'response_format' };
  if (format === 'json_object' && shape === 'lmstudio')
    return { message: "'response_format.type' must be 'json_schema' or 'text'", param: 'response_format' };
  return null;
}

export async function startChatMock(options: ChatMockOptions): Promise<ChatMock> {
  const respond = options.respond ?? jobForgeResponder();
  const faults = new FaultQueue<ChatFault>();
  const malformed: string[] = [];
  let counter = 0;
  const server = await startHttpMock(async (request, res) => {
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
      return error(res, 404, `mock: no route ${request.method} ${request.path}`, 'not_found_error');
    }
    const bearer = String(request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (options.apiKey && bearer !== options.apiKey) return error(res, 401, 'invalid API key', 'invalid_request_error');
    const body = request.body ?? {};
    if (options.models && !options.models.includes(body.model)) {
      const message =
        options.shape === 'ollama'
          ? `model "${body.model}" not found, try pulling it first`
          : `model '${body.model}' not found`;
      return error(res, 404, message, 'not_found_error', 'model');
    }
    const refused = refusal(options.shape, body);
    if (refused) return error(res, 400, refused.message, 'invalid_request_error', refused.param);
    const fault = faults.next();
    if (fault?.kind === 'rate_limit') {
      res.setHeader('retry-after', String(fault.retryAfterSeconds ?? 1));
      return error(res, 429, 'Rate limit reached', 'rate_limit_error');
    }
    if (fault?.kind === 'server_error') return error(res, fault.status ?? 500, 'server error', 'api_error');
    if (fault?.kind === 'timeout') return hangUntilClosed(res);
    const reply = await respond(asAnthropicBody(body), request);
    const message = messageFor(options.shape, body, reply, malformed);
    const id = options.shape === 'ollama' ? `chatcmpl-${++counter}` : `chatcmpl-mock${++counter}`;
    const usage = usageFor(options.shape, body, message);
    if (body.stream) return streamReply(res, options.shape, body, message, usage, id, fault);
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      system_fingerprint: options.shape === 'ollama' ? 'fp_ollama' : body.model,
      choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
      ...(usage ? { usage } : {}),
    });
  });
  return {
    ...openAiStyleControls(server, faults),
    get chatBodies() {
      return server.bodies((r) => r.path === '/v1/chat/completions');
    },
    malformNext(times = 1, text = '{"analysis": {"roleSummary": "A role", "seniority": "senior",') {
      for (let i = 0; i < times; i++) malformed.push(text);
    },
  };
}

interface ChatMessage {
  role: 'assistant';
  content: string | null;
  tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>;
}

function messageFor(shape: ChatShape, body: any, reply: MockReply, malformed: string[]): ChatMessage {
  if (!reply.toolUse) return { role: 'assistant', content: reply.text ?? '' };
  const forcedTool = body.tool_choice?.function?.name;
  const asked = forcedTool && shape !== 'text' ? 'tool' : body.response_format?.type === 'json_schema' ? 'json' : null;
  // A malformed answer replaces only an answer in the form the request asked for (or prose, when none).
  const honoured = asked !== null || (!body.tools && !body.response_format);
  const json = (honoured && malformed.shift()) || JSON.stringify(reply.toolUse.input);
  if (asked === 'tool') {
    return {
      role: 'assistant',
      content: shape === 'ollama' ? '' : null,
      tool_calls: [{ id: 'call_mock1', type: 'function', function: { name: forcedTool, arguments: json } }],
    };
  }
  if (asked === 'json') return { role: 'assistant', content: json };
  // No structure was asked for or accepted: the model writes its JSON in prose, as small models do.
  return { role: 'assistant', content: `Here is the research you asked for:\n\n\`\`\`json\n${json}\n\`\`\`\n` };
}

function usageFor(shape: ChatShape, body: any, message: ChatMessage) {
  // The text-only server reports no usage at all: the engine estimates.
  if (shape === 'text') return null;
  const prompt = estimateTokens(JSON.stringify(body.messages ?? []));
  const completion = estimateTokens(message.content ?? JSON.stringify(message.tool_calls ?? ''));
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

async function streamReply(
  res: ServerResponse,
  shape: ChatShape,
  body: any,
  message: ChatMessage,
  usage: ReturnType<typeof usageFor>,
  id: string,
  fault: ChatFault | undefined,
) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const base = {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    system_fingerprint: shape === 'ollama' ? 'fp_ollama' : body.model,
  };
  const send = (chunk: object) => res.write(`data: ${JSON.stringify({ ...base, ...chunk })}\n\n`);
  const text = message.content ?? '';
  const pieces = text.match(/[\s\S]{1,40}/g) ?? [];
  for (const [index, piece] of pieces.entries()) {
    if (fault?.kind === 'dropped_stream' && index === (fault.afterDeltas ?? 2)) {
      res.destroy();
      return;
    }
    send({ choices: [{ index: 0, delta: { role: 'assistant', content: piece }, finish_reason: null }] });
  }
  send({ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: 'stop' }] });
  // Usage comes last, in a chunk of its own with no choices, when asked for (and when reported at all).
  if (usage && body.stream_options?.include_usage) send({ choices: [], usage });
  res.write('data: [DONE]\n\n');
  res.end();
}
