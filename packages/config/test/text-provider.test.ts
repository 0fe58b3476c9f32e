import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/index.js';

const ollama = {
  JOBFORGE_TEXT_PROVIDER: 'openai-compatible',
  OPENAI_COMPATIBLE_BASE_URL: 'http://localhost:11434/v1',
  OPENAI_COMPATIBLE_MODEL: 'llama3.1:8b',
};

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('JOBFORGE_TEXT_PROVIDER', () => {
  it('defaults to anthropic when its key is set, else offline', () => {
    expect(loadConfig({}).textProvider).toBe('offline');
    expect(loadConfig({ ANTHROPIC_API_KEY: 'k' }).textProvider).toBe('anthropic');
    expect(loadConfig({ CLAUDE_API_KEY: 'k' }).textProvider).toBe('anthropic');
    expect(loadConfig({ ANTHROPIC_API_KEY: 'k', JOBFORGE_TEXT_PROVIDER: 'offline' }).textProvider).toBe('offline');
  });

  it('reads an OpenAI-compatible server with no key and no prices as free', () => {
    const config = loadConfig(ollama);
    expect(config.textProvider).toBe('openai-compatible');
    expect(config.openaiCompatible).toEqual({
      baseUrl: 'http://localhost:11434/v1',
      apiKey: undefined,
      model: 'llama3.1:8b',
      prices: { inputPerMillion: 0, outputPerMillion: 0 },
    });
  });

  it('reads the key and per-token prices of a hosted server', () => {
    const config = loadConfig({
      ...ollama,
      OPENAI_COMPATIBLE_API_KEY: 'sk-x',
      OPENAI_COMPATIBLE_INPUT_PRICE_PER_MTOK: '0.2',
      OPENAI_COMPATIBLE_OUTPUT_PRICE_PER_MTOK: '0.6',
    });
    expect(config.openaiCompatible?.apiKey).toBe('sk-x');
    expect(config.openaiCompatible?.prices).toEqual({ inputPerMillion: 0.2, outputPerMillion: 0.6 });
  });

  it.each([
    ['JOBFORGE_TEXT_PROVIDER', { JOBFORGE_TEXT_PROVIDER: 'ollama' }],
    ['JOBFORGE_TEXT_PROVIDER', { JOBFORGE_TEXT_PROVIDER: 'anthropic' }],
    ['JOBFORGE_TEXT_PROVIDER', { OPENAI_COMPATIBLE_BASE_URL: 'http://localhost:1234/v1' }],
    ['JOBFORGE_TEXT_PROVIDER', { OPENAI_COMPATIBLE_MODEL: 'qwen2.5' }],
    ['OPENAI_COMPATIBLE_BASE_URL', { JOBFORGE_TEXT_PROVIDER: 'openai-compatible', OPENAI_COMPATIBLE_MODEL: 'm' }],
    ['OPENAI_COMPATIBLE_BASE_URL', { ...ollama, OPENAI_COMPATIBLE_BASE_URL: 'localhost:11434' }],
    ['OPENAI_COMPATIBLE_MODEL', { ...ollama, OPENAI_COMPATIBLE_MODEL: ' ' }],
    ['OPENAI_COMPATIBLE_INPUT_PRICE_PER_MTOK', { ...ollama, OPENAI_COMPATIBLE_INPUT_PRICE_PER_MTOK: '-1' }],
    ['OPENAI_COMPATIBLE_OUTPUT_PRICE_PER_MTOK', { ...ollama, OPENAI_COMPATIBLE_OUTPUT_PRICE_PER_MTOK: 'free' }],
  ])('refuses a bad combination in one line naming %s', (variable, env) => {
    const message = refusal(env);
    expect(message).toMatch(new RegExp(`^Invalid environment variable ${variable}: `));
    expect(message).not.toContain('\n');
  });

  it('says what the stray variable needs', () => {
    expect(refusal({ OPENAI_COMPATIBLE_BASE_URL: 'http://localhost:1234/v1' })).toContain(
      'set JOBFORGE_TEXT_PROVIDER=openai-compatible',
    );
  });

  it('ignores the server settings when another engine is chosen explicitly', () => {
    const config = loadConfig({
      OPENAI_COMPATIBLE_BASE_URL: 'http://localhost:1234/v1',
      JOBFORGE_TEXT_PROVIDER: 'offline',
    });
    expect(config.openaiCompatible).toBeNull();
  });
});
