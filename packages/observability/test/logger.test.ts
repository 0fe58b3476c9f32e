import { describe, expect, it } from 'vitest';
import { createCapturingLogger } from '../src/testing.js';

describe('logger redaction', () => {
  it('hides secrets and document text', () => {
    const { logger: log, lines } = createCapturingLogger();
    log.info(
      { user: { password: 'hunter2', email: 'a@b.c' }, document: { content: 'my private resume' }, token: 'abc.def' },
      'x',
    );
    const line = lines.join('');
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('my private resume');
    expect(line).not.toContain('abc.def');
    expect(line).toContain('a@b.c');
  });

  it('logs database errors by code and constraint, never with their bound parameters', () => {
    const { logger: log, lines } = createCapturingLogger();
    // What Drizzle throws around a postgres.js error: the values are in the message, `params` and `parameters`.
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      name: 'PostgresError',
      code: '23505',
      constraint_name: 'users_email_unique',
      table_name: 'users',
      parameters: ['ada@example.com', '$argon2id$v=19$secret-hash'],
    });
    const wrapped = Object.assign(
      new Error(
        'Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: ada@example.com,$argon2id$v=19$secret-hash',
        {
          cause: driver,
        },
      ),
      { name: 'DrizzleQueryError', params: ['ada@example.com', '$argon2id$v=19$secret-hash'] },
    );
    log.error({ err: wrapped }, 'unexpected error');
    const line = lines.join('');
    expect(line).not.toContain('ada@example.com');
    expect(line).not.toContain('secret-hash');
    expect(line).toContain('23505');
    expect(line).toContain('users_email_unique');
    expect(line).toContain('insert into \\"users\\"');
  });
});
