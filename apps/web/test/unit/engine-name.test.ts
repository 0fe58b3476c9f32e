import { describe, expect, it } from 'vitest';
import { engineName } from '~/lib/engine-name';

describe('engineName', () => {
  it('names the engine and the model that wrote a document', () => {
    expect(engineName('claude', 'claude-sonnet-5-5')).toBe('Claude (claude-sonnet-5-5)');
    expect(engineName('openai-compatible', 'llama3.1:8b')).toBe('llama3.1:8b (OpenAI-compatible server)');
    expect(engineName('openai-compatible', null)).toBe('an OpenAI-compatible server');
    expect(engineName('offline', 'jobforge-offline-v1')).toBe('the offline engine');
  });
});
