/**
 * Every environment variable Job Forge reads is read here, once, and validated with zod.
 * A bad value stops the process with one line naming the variable and what is expected.
 */
import { z } from 'zod';
import { resolveTextProvider, TEXT_PROVIDERS } from './text-provider.js';

export { TEXT_PROVIDERS, type TextProvider, type OpenAiCompatibleConfig } from './text-provider.js';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const optionalUrl = (what: string) =>
  optionalString.refine((value) => value === undefined || isHttpUrl(value), {
    message: `expected an http(s) URL for ${what}`,
  });

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const integer = (fallback: number, min: number, max: number) =>
  optionalString.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      ctx.addIssue({ code: 'custom', message: `expected an integer from ${min} to ${max}` });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * Which proxies may set X-Forwarded-For (express "trust proxy"): false, a hop count, or a list of
 * addresses, CIDRs and the names loopback, linklocal, uniquelocal. Behind nginx on the same host
 * or in the same compose network, "loopback, uniquelocal" is right.
 */
const trustProxy = optionalString.transform((value, ctx): false | number | string => {
  if (value === undefined || ['false', '0', 'no'].includes(value.toLowerCase())) return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  if (entries.every((entry) => named.has(entry) || /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry)))
    return entries.join(', ');
  ctx.addIssue({
    code: 'custom',
    message:
      'expected false, a hop count, or a comma-separated list of addresses/CIDRs or loopback, linklocal, uniquelocal',
  });
  return z.NEVER;
});

/** A price in USD per million tokens: 0 when unset. */
const price = optionalString.transform((value, ctx) => {
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > 10_000) {
    ctx.addIssue({ code: 'custom', message: 'expected a price in USD per million tokens, from 0 to 10000' });
    return z.NEVER;
  }
  return parsed;
});

const booleanFlag = optionalString.transform((value, ctx) => {
  if (value === undefined) return false;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  ctx.addIssue({ code: 'custom', message: 'expected true or false' });
  return z.NEVER;
});

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: integer(3000, 1, 65535),
  HOST: optionalString,
  PUBLIC_URL: optionalUrl('PUBLIC_URL'),
  ALLOW_INSECURE_HTTP: booleanFlag,
  TRUST_PROXY: trustProxy,
  DATABASE_URL: optionalString.refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
    message: 'expected a postgres:// or postgresql:// connection URL',
  }),
  DATABASE_POOL_SIZE: integer(10, 1, 200),
  DATABASE_STATEMENT_TIMEOUT_MS: integer(5_000, 100, 600_000),
  DATABASE_CONNECT_TIMEOUT_MS: integer(5_000, 1_000, 120_000),
  JOBFORGE_DATA_DIR: optionalString,
  ANTHROPIC_API_KEY: optionalString,
  CLAUDE_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalUrl('ANTHROPIC_BASE_URL'),
  JOBFORGE_CLAUDE_MODEL: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl('OPENAI_BASE_URL'),
  JOBFORGE_EMBEDDING_MODEL: optionalString,
  JOBFORGE_TEXT_PROVIDER: optionalString.pipe(z.enum(TEXT_PROVIDERS).optional()),
  OPENAI_COMPATIBLE_BASE_URL: optionalUrl('OPENAI_COMPATIBLE_BASE_URL'),
  OPENAI_COMPATIBLE_API_KEY: optionalString,
  OPENAI_COMPATIBLE_MODEL: optionalString,
  OPENAI_COMPATIBLE_INPUT_PRICE_PER_MTOK: price,
  OPENAI_COMPATIBLE_OUTPUT_PRICE_PER_MTOK: price,
  JOBFORGE_DAILY_TOKEN_BUDGET: integer(2_000_000, 1_000, 1_000_000_000),
  JOBFORGE_INSTANCE_DAILY_TOKEN_BUDGET: integer(50_000_000, 1_000, 100_000_000_000),
  JOBFORGE_MAX_RUNS_PER_USER: integer(2, 1, 50),
  JOBFORGE_PROVIDER_CONCURRENCY: integer(8, 1, 256),
  JOBFORGE_MAX_APPLICATIONS_PER_USER: integer(2_000, 1, 1_000_000),
  JOBFORGE_MAX_RESUMES_PER_USER: integer(50, 1, 100_000),
  JOBFORGE_MAX_VERSIONS_PER_DOCUMENT: integer(50, 1, 100_000),
  JOBFORGE_MAX_STORAGE_MB_PER_USER: integer(100, 1, 1_000_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: optionalString,
  SMTP_URL: optionalString.refine((value) => value === undefined || /^smtps?:\/\/[^\s]{1,2000}$/.test(value), {
    message: 'expected an smtp:// or smtps:// URL (e.g. smtps://user:password@mail.example.com:465)',
  }),
  SMTP_FROM: optionalString,
  SHUTDOWN_TIMEOUT_MS: integer(10_000, 0, 600_000),
});

export type AppConfig = ReturnType<typeof toConfig>;

// claude-sonnet-4-5 reaches end of life on 2026-11-30 (the SDK warns on every call with it).
export const DEFAULT_CLAUDE_MODEL = 'claude-sonnet-5-5';
export const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small';

function toConfig(env: z.infer<typeof envSchema>) {
  const anthropicKey = env.ANTHROPIC_API_KEY ?? env.CLAUDE_API_KEY;
  const text = resolveTextProvider(env, anthropicKey);
  if (!text.ok) throw new ConfigError(`Invalid environment variable ${text.problem.variable}: ${text.problem.message}`);
  return {
    nodeEnv: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL,
    allowInsecureHttp: env.ALLOW_INSECURE_HTTP,
    trustProxy: env.TRUST_PROXY,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      timeouts: { statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS, connectMs: env.DATABASE_CONNECT_TIMEOUT_MS },
      dataDir: env.JOBFORGE_DATA_DIR ?? './.jobforge',
    },
    /** Which engine writes documents; the keys below are used only by the chosen one. */
    textProvider: text.provider,
    openaiCompatible: text.openaiCompatible,
    anthropic: {
      apiKey: anthropicKey,
      baseUrl: env.ANTHROPIC_BASE_URL,
      model: env.JOBFORGE_CLAUDE_MODEL ?? DEFAULT_CLAUDE_MODEL,
    },
    openai: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      embeddingModel: env.JOBFORGE_EMBEDDING_MODEL ?? DEFAULT_EMBEDDING_MODEL,
    },
    limits: {
      dailyTokenBudget: env.JOBFORGE_DAILY_TOKEN_BUDGET,
      instanceDailyTokenBudget: env.JOBFORGE_INSTANCE_DAILY_TOKEN_BUDGET,
      maxConcurrentRunsPerUser: env.JOBFORGE_MAX_RUNS_PER_USER,
      providerConcurrency: env.JOBFORGE_PROVIDER_CONCURRENCY,
    },
    /** What one account may keep; reaching one refuses the write with a message naming the limit. */
    quotas: {
      applications: env.JOBFORGE_MAX_APPLICATIONS_PER_USER,
      resumes: env.JOBFORGE_MAX_RESUMES_PER_USER,
      versionsPerDocument: env.JOBFORGE_MAX_VERSIONS_PER_DOCUMENT,
      storageBytes: env.JOBFORGE_MAX_STORAGE_MB_PER_USER * 1024 * 1024,
    },
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN,
    /** Password-reset emails; without a URL the operator command hands out links instead. */
    smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM ?? 'Job Forge <no-reply@localhost>' } : null,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = issue.path.join('.') || 'environment';
    throw new ConfigError(`Invalid environment variable ${variable}: ${issue.message}`);
  }
  const config = toConfig(parsed.data);
  if (config.isProduction && !config.allowInsecureHttp) {
    if (!config.publicUrl) {
      throw new ConfigError(
        'Invalid environment variable PUBLIC_URL: required in production (the https:// address users reach), or set ALLOW_INSECURE_HTTP=true',
      );
    }
    if (!config.publicUrl.startsWith('https://')) {
      throw new ConfigError(
        'Invalid environment variable PUBLIC_URL: production needs an https:// URL, or set ALLOW_INSECURE_HTTP=true',
      );
    }
  }
  return config;
}
