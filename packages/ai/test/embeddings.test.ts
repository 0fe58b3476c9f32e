import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { createAiEngine, chunkResume } from '../src/index.js';
import { batchInputs, MAX_INPUTS_PER_REQUEST } from '../src/openai/embeddings.js';
import {
  startOpenAiMock,
  mockEmbedding,
  loopbackOnlyFetch,
  NetworkGuardError,
  type OpenAiMock,
} from '../src/testing/index.js';
import { guard } from './setup.js';
import { backendResume } from './fixtures.js';

let mock: OpenAiMock;
beforeAll(async () => {
  mock = await startOpenAiMock();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const engineFor = () =>
  createAiEngine({
    openai: { apiKey: 'test-key', baseUrl: mock.url, embeddingModel: 'text-embedding-3-small' },
    retry: { baseDelayMs: 10, maxDelayMs: 20 },
  });

describe('OpenAI embeddings', () => {
  it('returns 1536-dimension semantic vectors in input order, decoded from base64', async () => {
    const result = await engineFor().embed(['alpha beta', 'gamma delta']);
    expect(result.kind).toBe('semantic');
    expect(result.model).toBe('text-embedding-3-small');
    expect(result.dimensions).toBe(1536);
    expect(result.vectors[1]![0]).toBeCloseTo(mockEmbedding('gamma delta')[0]!, 5);
    expect(mock.embeddingBodies[0]).toMatchObject({
      model: 'text-embedding-3-small',
      input: ['alpha beta', 'gamma delta'],
      dimensions: 1536,
    });
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.costUsd).toBeGreaterThan(0);
  });

  it('batches at most 2,048 inputs per request', async () => {
    const texts = Array.from({ length: MAX_INPUTS_PER_REQUEST + 5 }, (_, i) => `skill ${i}`);
    const result = await engineFor().embed(texts);
    expect(result.vectors).toHaveLength(texts.length);
    expect(mock.embeddingBodies.map((b) => b.input.length)).toEqual([2048, 5]);
    expect(result.requests).toBe(2);
  });

  it('batches by estimated tokens (about 300k per request)', () => {
    const big = 'x'.repeat(24_000); // about 8k tokens each at 3 chars/token
    const batches = batchInputs(Array.from({ length: 80 }, () => big));
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches)
      expect(batch.reduce((s, t) => s + Math.ceil(t.length / 3), 0)).toBeLessThanOrEqual(300_000);
    expect(batches.flat()).toHaveLength(80);
  });

  it('retries a 429 and reports a quota error as a spend limit without retrying', async () => {
    mock.failNext({ kind: 'rate_limit', retryAfterSeconds: 0 });
    await engineFor().embed(['one']);
    expect(mock.embeddingBodies).toHaveLength(2);
    mock.requests.length = 0;
    mock.failNext({ kind: 'spend_limit' });
    const error = await engineFor()
      .embed(['one'])
      .catch((e) => e);
    expect(error.kind).toBe('spend_limit');
    expect(mock.embeddingBodies).toHaveLength(1);
  });
});

describe('resume chunking', () => {
  it('chunks by section and bullet, each bullet carrying its entry', () => {
    const chunks = chunkResume(backendResume);
    const sections = new Set(chunks.map((c) => c.section.split(' — ')[0]));
    expect(sections).toEqual(new Set(['Header', 'Summary', 'Experience', 'Skills', 'Education', 'Certifications']));
    const bullet = chunks.find((c) => c.content.includes('partitioning scheme'))!;
    expect(bullet.section).toMatch(/^Experience — Senior Software Engineer — Acme Payments GmbH/);
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
    expect(chunks.length).toBeGreaterThan(12);
  });
});

describe('network guard', () => {
  it('blocks a request to a real host and records it', async () => {
    const error = await fetch('https://api.anthropic.com/v1/messages').catch((e) => e);
    expect(error).toBeInstanceOf(NetworkGuardError);
    expect(() => guard.assertNoViolations()).toThrow(/api.anthropic.com/);
  });

  it('an SDK without a base URL cannot reach the real API', async () => {
    const sdk = new Anthropic({ apiKey: 'k', maxRetries: 0, fetch: loopbackOnlyFetch() });
    const error = await sdk.messages
      .create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e) => e);
    expect(String(error.cause ?? error)).toMatch(/Blocked a request/);
  });
});
