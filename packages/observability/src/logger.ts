/**
 * Structured logging for every package. Log objects, never document contents or secrets: the
 * redaction list is a safety net for the fields most likely to be logged by mistake.
 */
import { pino, type Logger } from 'pino';

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

export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'jobforge' },
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
});
