/**
 * Which engine writes the documents: Claude, any OpenAI-compatible chat server (Ollama, LM Studio,
 * vLLM, a hosted one), or the offline code. Settings that only make sense together are checked
 * together here, so a half-configured server stops the process at start instead of quietly running
 * another engine than the one the administrator meant.
 */
export const TEXT_PROVIDERS = ['anthropic', 'openai-compatible', 'offline'] as const;
export type TextProvider = (typeof TEXT_PROVIDERS)[number];

export interface OpenAiCompatibleConfig {
  /** The server's OpenAI API root, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:1234/v1 (LM Studio). */
  baseUrl: string;
  /** Local servers usually need none. */
  apiKey: string | undefined;
  model: string;
  /** USD per million tokens; 0 unless configured (a local server costs nothing per token). */
  prices: { inputPerMillion: number; outputPerMillion: number };
}

export interface TextProviderEnv {
  JOBFORGE_TEXT_PROVIDER?: TextProvider | undefined;
  OPENAI_COMPATIBLE_BASE_URL?: string | undefined;
  OPENAI_COMPATIBLE_API_KEY?: string | undefined;
  OPENAI_COMPATIBLE_MODEL?: string | undefined;
  OPENAI_COMPATIBLE_INPUT_PRICE_PER_MTOK: number;
  OPENAI_COMPATIBLE_OUTPUT_PRICE_PER_MTOK: number;
}

/** Why a combination is refused: the variable to fix and what it needs. */
export interface TextProviderProblem {
  variable: string;
  message: string;
}

const COMPATIBLE_VARIABLES = [
  'OPENAI_COMPATIBLE_BASE_URL',
  'OPENAI_COMPATIBLE_API_KEY',
  'OPENAI_COMPATIBLE_MODEL',
] as const;

export function resolveTextProvider(
  env: TextProviderEnv,
  anthropicKey: string | undefined,
):
  | { ok: true; provider: TextProvider; openaiCompatible: OpenAiCompatibleConfig | null }
  | { ok: false; problem: TextProviderProblem } {
  const explicit = env.JOBFORGE_TEXT_PROVIDER;
  const provider: TextProvider = explicit ?? (anthropicKey ? 'anthropic' : 'offline');
  if (provider === 'anthropic' && !anthropicKey) {
    return {
      ok: false,
      problem: {
        variable: 'JOBFORGE_TEXT_PROVIDER',
        message:
          'anthropic needs ANTHROPIC_API_KEY (or CLAUDE_API_KEY); set it, or choose openai-compatible or offline',
      },
    };
  }
  if (provider !== 'openai-compatible') {
    // Without an explicit choice, a server's settings that nothing would use are a mistake worth stopping for.
    const stray = COMPATIBLE_VARIABLES.find((name) => env[name] !== undefined);
    if (!explicit && stray) {
      return {
        ok: false,
        problem: {
          variable: 'JOBFORGE_TEXT_PROVIDER',
          message: `${stray} is set but JOBFORGE_TEXT_PROVIDER is not; set JOBFORGE_TEXT_PROVIDER=openai-compatible to use that server, or unset ${stray}`,
        },
      };
    }
    return { ok: true, provider, openaiCompatible: null };
  }
  if (!env.OPENAI_COMPATIBLE_BASE_URL) {
    return {
      ok: false,
      problem: {
        variable: 'OPENAI_COMPATIBLE_BASE_URL',
        message:
          'required when JOBFORGE_TEXT_PROVIDER=openai-compatible (the server API root, e.g. http://localhost:11434/v1 for Ollama)',
      },
    };
  }
  if (!env.OPENAI_COMPATIBLE_MODEL) {
    return {
      ok: false,
      problem: {
        variable: 'OPENAI_COMPATIBLE_MODEL',
        message:
          'required when JOBFORGE_TEXT_PROVIDER=openai-compatible (the model name the server knows, e.g. llama3.1:8b)',
      },
    };
  }
  return {
    ok: true,
    provider,
    openaiCompatible: {
      baseUrl: env.OPENAI_COMPATIBLE_BASE_URL,
      apiKey: env.OPENAI_COMPATIBLE_API_KEY,
      model: env.OPENAI_COMPATIBLE_MODEL,
      prices: {
        inputPerMillion: env.OPENAI_COMPATIBLE_INPUT_PRICE_PER_MTOK,
        outputPerMillion: env.OPENAI_COMPATIBLE_OUTPUT_PRICE_PER_MTOK,
      },
    },
  };
}
