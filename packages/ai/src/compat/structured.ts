/**
 * Structured output from a server whose abilities are unknown: a JSON-schema response format first,
 * then a forced tool call, then JSON written in the text. A mode the server refuses (HTTP 400/422) or
 * ignores (no JSON comes back) is dropped for the next one; a mode that returns JSON keeps one repair
 * attempt when the JSON does not fit the schema. What worked is remembered per server and model, so
 * later phases start there instead of trying every mode again.
 */
import { AiError, throwIfAborted } from '../errors.js';
import type { ChatCompletion, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatParams, CompatCallContext, CompatClient } from './compat-client.js';

export const STRUCTURED_MODES = ['json_schema', 'tools', 'text'] as const;
export type StructuredMode = (typeof STRUCTURED_MODES)[number];

/** Per process: "baseUrl model" -> the first mode worth trying. */
const learned = new Map<string, StructuredMode>();

export function learnedMode(baseUrl: string, model: string): StructuredMode | undefined {
  return learned.get(`${baseUrl} ${model}`);
}

export function forgetLearnedModes(): void {
  learned.clear();
}

export interface StructuredRequest<T> {
  name: string;
  description: string;
  schema: Record<string, unknown>;
  messages: ChatCompletionMessageParam[];
  maxTokens: number;
  /** Validates the parsed JSON; `problem` is shown to the model in the repair request. */
  parse: (value: unknown) => { ok: true; data: T } | { ok: false; problem: string };
  onStep?: (label: string) => void;
}

type Answer = { json: unknown; raw: string } | { json: undefined; raw: string };

const MAX_SHOWN = 160;

/** What the model returned, short enough for an error message and a log line. */
export function shown(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  if (!flat) return '(nothing)';
  return flat.length > MAX_SHOWN ? `"${flat.slice(0, MAX_SHOWN)}…"` : `"${flat}"`;
}

/** The body of the first ``` fence (its opening line may name a language), found without a pattern. */
function fencedBody(text: string): string | null {
  const open = text.indexOf('```');
  const lineEnd = open === -1 ? -1 : text.indexOf('\n', open);
  const close = lineEnd === -1 ? -1 : text.indexOf('```', lineEnd + 1);
  return close === -1 ? null : text.slice(lineEnd + 1, close).trim();
}

/**
 * Reasoning models served locally (DeepSeek-R1 distills, Qwen3) may put their thinking before the
 * answer in <think>…</think>; it is not part of the answer.
 */
export function withoutThinking(text: string): string {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('<think>')) return text;
  const end = trimmed.indexOf('</think>');
  return end === -1 ? '' : trimmed.slice(end + '</think>'.length).trimStart();
}

/** The first JSON object in a reply: the whole text, a ```json fence, or the outermost braces. */
export function jsonInText(reply: string): unknown {
  const text = withoutThinking(reply);
  const candidates = [text.trim()];
  const fenced = fencedBody(text);
  if (fenced) candidates.push(fenced);
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first !== -1 && last > first) candidates.push(text.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

function paramsFor<T>(mode: StructuredMode, request: StructuredRequest<T>, messages: ChatCompletionMessageParam[]) {
  const base: ChatParams = { messages, max_tokens: request.maxTokens };
  if (mode === 'json_schema') {
    return {
      ...base,
      response_format: {
        type: 'json_schema' as const,
        json_schema: { name: request.name, description: request.description, schema: request.schema, strict: false },
      },
    };
  }
  if (mode === 'tools') {
    return {
      ...base,
      tools: [
        {
          type: 'function' as const,
          function: { name: request.name, description: request.description, parameters: request.schema },
        },
      ],
      tool_choice: { type: 'function' as const, function: { name: request.name } },
    };
  }
  return base;
}

function answerOf(mode: StructuredMode, completion: ChatCompletion, name: string): Answer {
  const message = completion.choices?.[0]?.message;
  const content = message?.content ?? '';
  if (mode === 'tools') {
    const call = message?.tool_calls?.find((c) => c.type === 'function' && c.function.name === name);
    const args = call?.type === 'function' ? call.function.arguments : undefined;
    if (args === undefined) return { json: undefined, raw: content };
    return { json: jsonInText(args), raw: args };
  }
  return { json: jsonInText(content), raw: content };
}

/** The text mode puts the schema in the prompt, since nothing else carries it. */
function withSchemaInstruction<T>(request: StructuredRequest<T>): ChatCompletionMessageParam[] {
  const messages = [...request.messages];
  const last = messages.at(-1)!;
  messages[messages.length - 1] = {
    role: 'user',
    content: `${String(
      last.content,
    )}\n\nAnswer with only one JSON object (no prose, no code fence) that matches this JSON Schema for ${
      request.name
    }:\n${JSON.stringify(request.schema)}`,
  };
  return messages;
}

function refused(error: unknown): boolean {
  return error instanceof AiError && (error.status === 400 || error.status === 422);
}

export async function structuredOutput<T>(
  client: CompatClient,
  request: StructuredRequest<T>,
  context: CompatCallContext,
): Promise<{ data: T; mode: StructuredMode }> {
  const key = `${client.baseUrl} ${client.model}`;
  const start = STRUCTURED_MODES.indexOf(learned.get(key) ?? 'json_schema');
  let last: Answer = { json: undefined, raw: '' };
  for (const mode of STRUCTURED_MODES.slice(start)) {
    throwIfAborted(context.signal);
    const messages = mode === 'text' ? withSchemaInstruction(request) : request.messages;
    let answer: Answer;
    try {
      answer = answerOf(mode, await client.create(paramsFor(mode, request, messages), context), request.name);
    } catch (error) {
      if (!refused(error)) throw error;
      request.onStep?.(`The server does not accept ${describe(mode)}; trying ${describe(next(mode))}`);
      continue;
    }
    last = answer;
    // A mode the server ignored returns no JSON at all; the text mode gets its repair attempt instead.
    if (answer.json === undefined && mode !== 'text') {
      request.onStep?.(`The model did not answer with ${describe(mode)}; trying ${describe(next(mode))}`);
      continue;
    }
    learned.set(key, mode);
    let parsed = answer.json === undefined ? null : request.parse(answer.json);
    if (parsed?.ok) return { data: parsed.data, mode };
    // One repair attempt: show the model exactly what was wrong.
    const problem = parsed ? parsed.problem : 'the answer was not a JSON object';
    request.onStep?.('The answer did not match the expected structure; asking the model to correct it');
    const repair: ChatCompletionMessageParam[] = [
      ...messages,
      { role: 'assistant', content: answer.raw || '(empty)' },
      {
        role: 'user',
        content: `That answer cannot be used: ${problem}. Answer again with the whole corrected JSON object for ${request.name}, and nothing else.`,
      },
    ];
    try {
      last = answerOf(mode, await client.create(paramsFor(mode, request, repair), context), request.name);
    } catch (error) {
      if (!refused(error)) throw error;
    }
    parsed = last.json === undefined ? null : request.parse(last.json);
    if (parsed?.ok) return { data: parsed.data, mode };
    throw badOutput(client.model, last.raw, parsed ? parsed.problem : 'not a JSON object');
  }
  throw badOutput(client.model, last.raw, 'no JSON object');
}

function next(mode: StructuredMode): StructuredMode {
  return STRUCTURED_MODES[Math.min(STRUCTURED_MODES.indexOf(mode) + 1, STRUCTURED_MODES.length - 1)]!;
}

function describe(mode: StructuredMode): string {
  return mode === 'json_schema' ? 'a JSON schema response format' : mode === 'tools' ? 'tool calls' : 'JSON in text';
}

function badOutput(model: string, raw: string, problem: string): AiError {
  return new AiError(
    'bad_output',
    `The model "${model}" did not produce a usable research analysis (${problem.slice(0, 200)}); it returned ${shown(
      raw,
    )}. Nothing was saved. Try again, or choose a model that follows instructions more closely.`,
    { provider: 'openai-compatible', details: { problem: problem.slice(0, 500) } },
  );
}
