import { describe, expect, it } from 'vitest';
import {
  isValidRequestId,
  observeDatabasePool,
  observeStoredAiUsage,
  recordAiRunFinished,
  recordAiRunStarted,
  renderMetrics,
  requestIdFrom,
} from '../src/index.js';
import { createCapturingLogger } from '../src/testing.js';

describe('requestIdFrom', () => {
  it('keeps a safe incoming id', () => {
    expect(requestIdFrom('abc123-def456')).toBe('abc123-def456');
    expect(requestIdFrom(['0123456789abcdef', 'other-one'])).toBe('0123456789abcdef');
  });

  it('replaces missing, short, long or unsafe ids with a UUID', () => {
    for (const bad of [
      undefined,
      null,
      '',
      'short',
      'a'.repeat(129),
      'evil\nline-injection',
      'spaces in id',
      '<script>x',
    ]) {
      const id = requestIdFrom(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(isValidRequestId(id)).toBe(true);
    }
  });
});

describe('metrics', () => {
  it('counts AI runs by engine and outcome, tokens and cost', async () => {
    recordAiRunStarted('offline', 'research');
    recordAiRunFinished({ engine: 'offline', phase: 'research', outcome: 'succeeded', latencyMs: 120 });
    recordAiRunStarted('claude', 'resume');
    recordAiRunFinished({
      engine: 'claude',
      phase: 'resume',
      outcome: 'failed',
      model: 'claude-sonnet-5-5',
      inputTokens: 1200,
      outputTokens: 300,
      cacheReadTokens: 50,
      costUsd: '0.0081',
      latencyMs: 2500,
    });
    const { body, contentType } = await renderMetrics();
    expect(contentType).toContain('text/plain');
    expect(body).toContain('jobforge_ai_runs_total{engine="offline",phase="research",outcome="succeeded"} 1');
    expect(body).toContain('jobforge_ai_runs_total{engine="claude",phase="resume",outcome="failed"} 1');
    expect(body).toContain('jobforge_ai_tokens_total{engine="claude",model="claude-sonnet-5-5",kind="input"} 1200');
    expect(body).toContain('jobforge_ai_tokens_total{engine="claude",model="claude-sonnet-5-5",kind="cache_read"} 50');
    expect(body).toContain('jobforge_ai_cost_usd_total{engine="claude",model="claude-sonnet-5-5"} 0.0081');
    expect(body).toContain('jobforge_ai_runs_in_progress{engine="claude",phase="resume"} 0');
    expect(body).toContain('jobforge_process_cpu_seconds_total');
  });

  it('reads the database pool at scrape time', async () => {
    let size = 2;
    observeDatabasePool('postgres', () => ({ size, max: 10, active: 1 }));
    expect((await renderMetrics()).body).toContain('jobforge_db_pool_connections{driver="postgres",state="size"} 2');
    size = 5;
    const { body } = await renderMetrics();
    expect(body).toContain('jobforge_db_pool_connections{driver="postgres",state="size"} 5');
    expect(body).toContain('jobforge_db_pool_connections{driver="postgres",state="max"} 10');
    expect(body).toContain('jobforge_db_pool_connections{driver="postgres",state="active"} 1');
  });
});

describe('stored AI usage', () => {
  it('exposes runs, tokens and cost as the database records them', async () => {
    const base = {
      engine: 'claude',
      model: 'claude-sonnet-5-5',
      phase: 'resume',
      cacheCreationTokens: 0,
      cacheReadTokens: 0,
    };
    observeStoredAiUsage(async () => [
      { ...base, status: 'succeeded', runs: 3, inputTokens: 9000, outputTokens: 1500, costUsd: 0.05 },
      { ...base, status: 'failed', runs: 1, inputTokens: 100, outputTokens: 0, costUsd: 0.0003 },
    ]);
    const { body } = await renderMetrics();
    expect(body).toContain('jobforge_ai_runs_stored{engine="claude",phase="resume",status="succeeded"} 3');
    expect(body).toContain('jobforge_ai_runs_stored{engine="claude",phase="resume",status="failed"} 1');
    expect(body).toContain('jobforge_ai_tokens_stored{engine="claude",model="claude-sonnet-5-5",kind="input"} 9100');
    expect(body).toContain('jobforge_ai_cost_usd_stored{engine="claude",model="claude-sonnet-5-5"} 0.0503');
  });

  it('shows nothing rather than failing the scrape when the database cannot answer', async () => {
    observeStoredAiUsage(async () => {
      throw new Error('database down');
    });
    const { body } = await renderMetrics();
    expect(body).not.toMatch(/jobforge_ai_runs_stored\{/);
    expect(body).toContain('jobforge_http_request_duration_seconds');
  });
});

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
