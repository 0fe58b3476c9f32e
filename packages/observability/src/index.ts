/**
 * Structured logging for every package. Log objects, never document contents or secrets.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: {
    paths: ['*.password', '*.token', '*.apiKey', '*.authorization', '*.cookie', 'req.headers.authorization', 'req.headers.cookie'],
    censor: '[redacted]',
  },
});
