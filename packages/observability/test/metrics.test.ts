import { describe, expect, it } from 'vitest';
import {
  observeDatabasePool,
  observeStoredAiUsage,
  recordAiRunFinished,
  recordAiRunStarted,
  renderMetrics,
} from '../src/metrics.js';

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
