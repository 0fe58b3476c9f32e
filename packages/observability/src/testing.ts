/** For tests that read what was logged: the shared logger settings, writing JSON lines to memory. */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from './logger.js';

export function createCapturingLogger(level = 'info'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level }, sink), lines };
}
