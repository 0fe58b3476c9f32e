/** A local server speaking the OpenAI embeddings API (float and base64 encodings), with faults. */
import { estimateTokens, FaultQueue, hangUntilClosed, sendJson, startHttpMock } from './http-mock.js';
import type { RecordedRequest } from './http-mock.js';
import { openAiStyleControls } from './openai-style.js';
import { lexicalVector } from '../offline/lexical-vectors.js';

export type OpenAiFault =
  | { kind: 'rate_limit'; retryAfterSeconds?: number }
  | { kind: 'spend_limit' }
  | { kind: 'server_error'; status?: number }
  | { kind: 'timeout' };

export interface OpenAiMock {
  /** Base URL for the SDK (`baseURL`), ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  readonly embeddingBodies: any[];
  failNext(fault: OpenAiFault, times?: number): void;
  close(): Promise<void>;
}

/** Vectors are deterministic per text (word-overlap based), so similar texts stay similar. */
export function mockEmbedding(text: string, dimensions = 1536): number[] {
  const base = lexicalVector(text);
  return dimensions === base.length ? base : base.slice(0, dimensions);
}

export async function startOpenAiMock(): Promise<OpenAiMock> {
  const faults = new FaultQueue<OpenAiFault>();
  const server = await startHttpMock(async (request, res) => {
    if (request.method !== 'POST' || request.path !== '/v1/embeddings') {
      return sendJson(res, 404, {
        error: { message: `mock: no route ${request.method} ${request.path}`, type: 'invalid_request_error' },
      });
    }
    if (!String(request.headers.authorization ?? '').startsWith('Bearer ')) {
      return sendJson(res, 401, {
        error: { message: 'missing key', type: 'invalid_request_error', code: 'invalid_api_key' },
      });
    }
    const fault = faults.next();
    if (fault?.kind === 'rate_limit') {
      return sendJson(
        res,
        429,
        { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
        { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
      );
    }
    if (fault?.kind === 'spend_limit') {
      return sendJson(res, 429, {
        error: {
          message: 'You exceeded your current quota, please check your plan and billing details.',
          type: 'insufficient_quota',
          code: 'insufficient_quota',
        },
      });
    }
    if (fault?.kind === 'server_error')
      return sendJson(res, fault.status ?? 500, { error: { message: 'server error', type: 'server_error' } });
    if (fault?.kind === 'timeout') {
      await hangUntilClosed(res);
      return;
    }
    const body = request.body ?? {};
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    if (inputs.length > 2048)
      return sendJson(res, 400, { error: { message: 'too many inputs (max 2048)', type: 'invalid_request_error' } });
    const tokens = inputs.reduce((sum, text) => sum + estimateTokens(String(text)), 0);
    if (tokens > 300_000)
      return sendJson(res, 400, {
        error: { message: 'too many tokens in one request (max 300000)', type: 'invalid_request_error' },
      });
    const data = inputs.map((text, index) => {
      const vector = mockEmbedding(String(text), body.dimensions ?? 1536);
      const embedding =
        body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
      return { object: 'embedding', index, embedding };
    });
    sendJson(res, 200, {
      object: 'list',
      data,
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  });
  return {
    ...openAiStyleControls(server, faults),
    get embeddingBodies() {
      return server.bodies((r) => r.path === '/v1/embeddings');
    },
  };
}
