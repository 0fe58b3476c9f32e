/** The Anthropic mock and an engine pointed at it, shared by the Claude test files. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createAiEngine, type ProgressEvent, type AiEngineOptions } from '../src/index.js';
import { startAnthropicMock, jobForgeResponder, type AnthropicMock } from '../src/testing/index.js';

export const MODEL = 'claude-sonnet-5-5';
// Assigned in beforeAll; importers see the live binding, so tests read it like a local variable.
export let mock: AnthropicMock;

/** Call once at the top of a test file: one mock per file, with recorded requests and cache reset per test. */
export function useAnthropicMock() {
  beforeAll(async () => {
    mock = await startAnthropicMock({ respond: jobForgeResponder() });
  });
  afterAll(() => mock.close());
  beforeEach(() => {
    mock.requests.length = 0;
    mock.clearCache();
  });
}

export const engineFor = (extra: Partial<AiEngineOptions> = {}) =>
  createAiEngine({
    anthropic: { apiKey: 'test-key', baseUrl: mock.url, model: MODEL, timeoutMs: 5_000, ...extra.anthropic },
    retry: { baseDelayMs: 10, maxDelayMs: 50, ...extra.retry },
    ...(extra.limits ? { limits: extra.limits } : {}),
  });

export const collect = () => {
  const events: ProgressEvent[] = [];
  return { events, onProgress: (e: ProgressEvent) => events.push(e) };
};
