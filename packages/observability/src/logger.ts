/**
 * Structured logging for every package. Log objects, never document contents or secrets: the
 * redaction list is a safety net for the fields most likely to be logged by mistake.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import { serializeError } from './error-serializer.js';

export type { Logger };

const SENSITIVE_FIELDS = [
  'password',
  'passwordHash',
  'token',
  'secret',
  'secretHash',
  'apiKey',
  'authorization',
  'cookie',
  'content',
  'jobDescription',
  'additionalContext',
  'userContext',
];

export const REDACTED_PATHS = [
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((field) => `*.${field}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** An unknown LOG_LEVEL must not crash at import: configuration validation reports it in one line. */
function initialLevel(): string {
  const wanted = process.env.LOG_LEVEL?.trim();
  if (wanted && LEVELS.has(wanted)) return wanted;
  return process.env.NODE_ENV === 'test' ? 'silent' : 'info';
}

/** A logger with the shared settings (redaction included); tests pass their own destination. */
export function createLogger(options: { level?: string } = {}, destination?: DestinationStream): Logger {
  const settings = {
    level: options.level ?? initialLevel(),
    base: { service: 'jobforge' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Database errors are logged by code and constraint, never with their bound parameters.
    serializers: { err: serializeError },
  };
  return destination ? pino(settings, destination) : pino(settings);
}

export const logger: Logger = createLogger();
