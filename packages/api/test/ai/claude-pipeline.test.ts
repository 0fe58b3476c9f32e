/**
 * The three-phase pipeline through the API on the mock Claude (tokens, cost, cancellation, faults,
 * per-user limits) and with OpenAI embeddings for semantic matching.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fixtures,
  jobForgeResponder,
  startAnthropicMock,
  startOpenAiMock,
  type AnthropicMock,
} from '@jobforge/ai/testing';
import { useNetworkGuard } from '../support/network-guard.js';
import { gate, scriptedEngine } from '../support/scripted-engine.js';
import { createTestDatabase } from '@jobforge/db/testing';
import { createApi } from '../../src/index.js';
import { loadConfig } from '@jobforge/config';
import { createHarness, type Harness } from '../support/harness.js';
import { followOverSse, setUpUser } from '../support/pipeline.js';

const { backendResume, lyingResume } = fixtures;

// Each user costs an argon2 hash and some tests open their own database: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

useNetworkGuard();

describe('on the mock Claude', () => {
  let harness: Harness;
  let mock: AnthropicMock;
  beforeAll(async () => {
    mock = await startAnthropicMock({ respond: jobForgeResponder() });
    harness = await createHarness({
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: mock.url,
      JOBFORGE_CLAUDE_MODEL: 'claude-sonnet-5-5',
      JOBFORGE_MAX_RUNS_PER_USER: '2',
      JOBFORGE_DAILY_TOKEN_BUDGET: '20000',
    });
  });
  afterAll(async () => {
    await harness.close();
    await mock.close();
  });

  it('runs the three phases on Claude, recording tokens, cache use and cost', async () => {
    const { as, applicationId } = await setUpUser(harness, 'uma');
    for (const phase of ['research', 'resume', 'cover_letter']) {
      const run = await as('ai.runPhase', { applicationId, phase, wait: true }, 'mutation');
      expect(run.ok, run.text).toBe(true);
      expect(run.data).toMatchObject({ engine: 'claude', model: 'claude-sonnet-5-5', status: 'succeeded' });
      expect(run.data.inputTokens).toBeGreaterThan(0);
    }
    const runs = (await as('ai.runs', { applicationId })).data;
    expect(runs.runs[0].cacheReadTokens).toBeGreaterThan(1000);
    expect(Number(runs.totals.costUsd)).toBeGreaterThan(0);
    const app = await as('applications.get', { id: applicationId });
    expect(app.data).toMatchObject({
      status: 'cover_letter_ready',
      researchCompleted: true,
      resumeOptimized: true,
      coverLetterGenerated: true,
    });
    // The model saw the user's name and the stored research.
    const letterRequest = mock.messageBodies.at(-1);
    expect(letterRequest.messages[0].content[0].text).toContain('Sign the letter as uma');
    expect(letterRequest.messages[0].content[0].text).toContain('<research>');
  });

  it('refuses a second concurrent run of the same phase', async () => {
    const { as, applicationId } = await setUpUser(harness, 'vic');
    mock.script([{ text: backendResume, chunkSize: 20, delayMs: 15 }]);
    const first = await as('ai.runPhase', { applicationId, phase: 'resume' }, 'mutation');
    expect(first.data.status).toBe('running');
    const second = await as('ai.runPhase', { applicationId, phase: 'resume' }, 'mutation');
    expect(second.error?.data.code).toBe('CONFLICT');
    expect(second.error?.message).toMatch(/already in progress/);
    const cancel = await as('ai.cancelRun', { runId: first.data.id }, 'mutation');
    expect(cancel.data.cancelled).toBe(true);
  });

  it('cancelling keeps the existing document untouched', async () => {
    const { user, as, applicationId } = await setUpUser(harness, 'wes');
    await as('documents.update', { applicationId, type: 'optimized_resume', content: 'My edited resume' }, 'mutation');
    mock.script([{ text: backendResume, chunkSize: 10, delayMs: 20 }]);
    const run = await as('ai.runPhase', { applicationId, phase: 'resume' }, 'mutation');
    const following = followOverSse(harness, user, run.data.id);
    await new Promise((r) => setTimeout(r, 100));
    await as('ai.cancelRun', { runId: run.data.id }, 'mutation');
    const events = await following;
    expect(events.at(-1)).toMatchObject({ type: 'failed', error: { kind: 'cancelled' } });
    const doc = await as('documents.get', { applicationId, type: 'optimized_resume' });
    expect(doc.data.content).toBe('My edited resume');
    const runs = await as('ai.runs', { applicationId });
    expect(runs.data.runs[0].status).toBe('cancelled');
  });

  it('a lying model: inventions never reach the saved resume, and the run lists them', async () => {
    const { as, applicationId } = await setUpUser(harness, 'xia');
    mock.script([{ text: lyingResume }]);
    const run = await as('ai.runPhase', { applicationId, phase: 'resume', wait: true }, 'mutation');
    expect(run.ok, run.text).toBe(true);
    const doc = await as('documents.get', { applicationId, type: 'optimized_resume' });
    expect(doc.data.content).not.toMatch(/Globex Corporation|Kubernetes/);
    const removed = run.data.details.validation.removedClaims.map((c: any) => c.value);
    expect(removed).toEqual(expect.arrayContaining(['Kubernetes']));
    // The check report is kept with the run, so the document page can show what was undone and why.
    const actions = run.data.details.validation.actions as Array<{ action: string; text: string; reasons: string[] }>;
    expect(actions.find((a) => a.text.includes('Globex Corporation'))).toMatchObject({ action: 'removed' });
  });

  it('a run whose output fails validation records the tokens it spent', async () => {
    const { as, applicationId } = await setUpUser(harness, 'bea');
    mock.script([{ text: 'Dear [Hiring Manager],\n\nI want the Senior Backend Engineer role at Globex Pay.\n' }]);
    const run = await as('ai.runPhase', { applicationId, phase: 'cover_letter', wait: true }, 'mutation');
    expect(run.error?.data.code).toBe('UNPROCESSABLE_CONTENT');
    expect(run.error?.message).toMatch(/Placeholders left/);
    const [failed] = (await as('ai.runs', { applicationId })).data.runs;
    expect(failed).toMatchObject({ status: 'failed', details: { kind: 'bad_output' } });
    expect(failed.inputTokens + failed.cacheCreationTokens + failed.cacheReadTokens).toBeGreaterThan(0);
    expect(Number(failed.costUsd)).toBeGreaterThan(0);
    expect(failed.details.validation.checks.find((c: any) => c.name === 'no_placeholders').ok).toBe(false);
  });

  it('a provider fault fails the run with a clear message and leaves the document alone', async () => {
    const { as, applicationId } = await setUpUser(harness, 'yan');
    await as('documents.update', { applicationId, type: 'research_report', content: 'Kept' }, 'mutation');
    mock.failNext({ kind: 'spend_limit' });
    const run = await as('ai.runPhase', { applicationId, phase: 'research', wait: true }, 'mutation');
    expect(run.error?.data.code).toBe('TOO_MANY_REQUESTS');
    expect(run.error?.message).toMatch(/spending limit/);
    expect((await as('documents.get', { applicationId, type: 'research_report' })).data.content).toBe('Kept');
    const runs = await as('ai.runs', { applicationId });
    expect(runs.data.runs[0]).toMatchObject({ status: 'failed', details: { kind: 'spend_limit' } });
  });

  it('per-user limits: concurrent runs and the daily token budget, each with a clear message', async () => {
    const { as, applicationId } = await setUpUser(harness, 'zed');
    const other = await as<{ id: string }>(
      'applications.create',
      { companyName: 'Initech', roleTitle: 'Engineer', jobDescription: 'Build APIs in Go.' },
      'mutation',
    );
    const third = await as<{ id: string }>(
      'applications.create',
      { companyName: 'Hooli', roleTitle: 'Engineer', jobDescription: 'Build APIs in Go.' },
      'mutation',
    );
    mock.script([
      { text: backendResume, chunkSize: 20, delayMs: 15 },
      { text: backendResume, chunkSize: 20, delayMs: 15 },
    ]);
    const a = await as('ai.runPhase', { applicationId, phase: 'resume' }, 'mutation');
    const b = await as('ai.runPhase', { applicationId: other.data.id, phase: 'resume' }, 'mutation');
    expect(b.ok, b.text).toBe(true);
    const c = await as('ai.runPhase', { applicationId: third.data.id, phase: 'research' }, 'mutation');
    expect(c.error?.data.code).toBe('TOO_MANY_REQUESTS');
    expect(c.error?.message).toMatch(/2 AI runs in progress/);
    await as('ai.cancelRun', { runId: a.data.id }, 'mutation');
    await as('ai.cancelRun', { runId: b.data.id }, 'mutation');
    // A cancelled run is settled by the worker that runs it: wait until neither counts as running.
    for (let i = 0; i < 100; i++) {
      const status = await as('ai.status', {});
      if (status.data.usage.runningRuns === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Spend today's budget (20,000 tokens), then the next run is refused before any model call.
    let refused: any = null;
    for (let i = 0; i < 60 && !refused; i++) {
      const run = await as('ai.runPhase', { applicationId: third.data.id, phase: 'research', wait: true }, 'mutation');
      if (!run.ok) refused = run.error;
    }
    expect(refused?.data.code).toBe('TOO_MANY_REQUESTS');
    expect(refused?.message).toMatch(/today's AI budget of 20,000 tokens\. You can run again at .* UTC \(in /);
    const status = await as('ai.status', {});
    expect(status.data.usage.tokensToday).toBeGreaterThanOrEqual(20000);
  });
});

describe('claiming runs in parallel', () => {
  it('20 parallel runs on 20 applications of one user start no more than the limit', async () => {
    const held = gate();
    const database = await createTestDatabase();
    // Runs that stay running until the test lets them go.
    const api = await createApi({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBFORGE_MAX_RUNS_PER_USER: '2' }),
      database,
      aiEngine: (configured) => scriptedEngine(configured, { deltas: [], gate: held }),
    });
    try {
      const { as } = await setUpUser({ api }, 'burst');
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const app = await as<{ id: string }>(
          'applications.create',
          { companyName: `Company ${i}`, roleTitle: 'Engineer', jobDescription: 'Build APIs.' },
          'mutation',
        );
        ids.push(app.data.id);
      }
      const results = await Promise.all(
        ids.map((applicationId) => as('ai.runPhase', { applicationId, phase: 'research' }, 'mutation')),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(2);
      expect(results.filter((result) => result.error?.data.code === 'TOO_MANY_REQUESTS')).toHaveLength(18);
    } finally {
      held.open();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await api.shutdown();
      await database.close();
    }
  });
});

describe('the instance-wide daily token budget', () => {
  it('stops new Claude runs for everyone once all users together have spent it', async () => {
    const mock = await startAnthropicMock({ respond: jobForgeResponder() });
    const harness = await createHarness({
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: mock.url,
      JOBFORGE_INSTANCE_DAILY_TOKEN_BUDGET: '1000',
    });
    try {
      const first = await setUpUser(harness, 'spender');
      const run = await first.as(
        'ai.runPhase',
        { applicationId: first.applicationId, phase: 'research', wait: true },
        'mutation',
      );
      expect(run.ok, run.text).toBe(true);
      const second = await setUpUser(harness, 'bystander');
      const refused = await second.as(
        'ai.runPhase',
        { applicationId: second.applicationId, phase: 'research' },
        'mutation',
      );
      expect(refused.error?.data.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.error?.message).toMatch(/used its AI budget for today/);
    } finally {
      await harness.close();
      await mock.close();
    }
  });
});

describe('semantic matching with OpenAI embeddings', () => {
  it('embeds resumes by chunk once, compares them to the posting in pgvector, or falls back to lexical without pgvector', async () => {
    const openai = await startOpenAiMock();
    const harness = await createHarness({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: openai.url });
    try {
      const { user, as, applicationId } = await setUpUser(harness, 'abe');
      // Saving the resumes embedded them in the background, each once.
      await harness.api.services.ai.embeddings.idle(user.id);
      const status = (await as('ai.status', {})).data;
      const vector = harness.database.capabilities.vector;
      expect(status).toMatchObject({ textEngine: 'offline', vectors: 'semantic', semanticMatching: vector });
      const first = await as('ai.runPhase', { applicationId, phase: 'resume', wait: true }, 'mutation');
      expect(first.ok, first.text).toBe(true);
      expect(first.data.details.data.similaritySource).toBe(vector ? 'embeddings' : 'lexical');
      if (vector) {
        // Two resumes (chunked, on save) and the posting (the run found the resumes up to date).
        expect(openai.embeddingBodies).toHaveLength(3);
        expect(openai.embeddingBodies[0].input.length).toBeGreaterThan(10);
        // An edited resume is embedded again in the background after the update commits.
        const [backend] = (await as('resumes.list', {})).data.filter((r: any) => r.name === 'Backend');
        expect(
          (
            await as(
              'resumes.update',
              { id: backend.id, content: `${backendResume}\n- Wrote the on-call handbook.\n` },
              'mutation',
            )
          ).ok,
        ).toBe(true);
        await harness.api.services.ai.embeddings.idle(user.id);
        expect(openai.embeddingBodies).toHaveLength(4);
        await as('ai.runPhase', { applicationId, phase: 'resume', wait: true }, 'mutation');
        // Unchanged resumes are not embedded again: only the posting.
        expect(openai.embeddingBodies).toHaveLength(5);
      } else {
        expect(openai.embeddingBodies).toHaveLength(0);
        expect(status.semanticMatchingNote).toMatch(/no pgvector/);
      }
    } finally {
      await harness.close();
      await openai.close();
    }
  }, 60_000);
});
