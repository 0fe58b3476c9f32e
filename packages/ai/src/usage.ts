/** Cost estimates from published per-million-token list prices (USD); a guide, not an invoice. */
import type { TokenUsage } from './types.js';

interface Price {
  input: number;
  output: number;
}

const CLAUDE_PRICES: Array<[RegExp, Price]> = [
  [/opus-4-[5-9]|opus-[5-9]/, { input: 5, output: 25 }],
  [/opus/, { input: 15, output: 75 }],
  [/haiku-4|haiku-[5-9]/, { input: 1, output: 5 }],
  [/3-5-haiku|haiku-3-5/, { input: 0.8, output: 4 }],
  [/haiku/, { input: 0.25, output: 1.25 }],
  [/sonnet/, { input: 3, output: 15 }],
];
/** Unknown models are priced as Sonnet so the estimate is never zero. */
const FALLBACK: Price = { input: 3, output: 15 };
const CACHE_WRITE_FACTOR = 1.25;
const CACHE_READ_FACTOR = 0.1;

export function claudePrice(model: string): Price {
  return CLAUDE_PRICES.find(([pattern]) => pattern.test(model))?.[1] ?? FALLBACK;
}

export function claudeCostUsd(model: string, usage: TokenUsage): number {
  const price = claudePrice(model);
  const cost =
    (usage.inputTokens * price.input +
      usage.cacheCreationTokens * price.input * CACHE_WRITE_FACTOR +
      usage.cacheReadTokens * price.input * CACHE_READ_FACTOR +
      usage.outputTokens * price.output) /
    1_000_000;
  return Math.round(cost * 1_000_000) / 1_000_000;
}

const EMBEDDING_PRICES: Record<string, number> = {
  'text-embedding-3-small': 0.02,
  'text-embedding-3-large': 0.13,
  'text-embedding-ada-002': 0.1,
};

export function embeddingCostUsd(model: string, tokens: number): number {
  return Math.round(((tokens * (EMBEDDING_PRICES[model] ?? 0.02)) / 1_000_000) * 1e9) / 1e9;
}
