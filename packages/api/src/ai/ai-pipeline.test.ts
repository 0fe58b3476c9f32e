/**
 * The three-phase pipeline through the API: on the offline engine and on the mock Claude, with
 * progress over SSE, cancellation, per-user limits, stale-run recovery, and a lying model.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aiRuns, eq, withUser } from '@jobforge/db';
import { loadConfig } from '@jobforge/config';
import { createLogger, metricsRegistry } from '@jobforge/observability';
import {
  fixtures,
  installNetworkGuard,
  jobForgeResponder,
  startAnthropicMock,
  startOpenAiMock,
  type AnthropicMock,
  type NetworkGuard,
} from '@jobforge/ai/testing';
import { createHarness, type Harness } from '../../test/support/harness.js';
import { createApi, type JobForgeApi } from '../index.js';
import { resumeEmbeddingsIdle } from './index.js';
import { followOverSse, setUpUser } from './pipeline-test-support.js';
import { INTERRUPTED_MESSAGE } from './recover-stale-runs.js';

const { backendResume, lyingResume } = fixtures;

// Each user costs an argon2 hash and some tests open their own database: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let guard: NetworkGuard;
beforeAll(() => {
  guard = installNetworkGuard();
});
afterAll(() => {
  guard.assertNoViolations();
  guard.uninstall();
});

describe('on the offline engine', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness({ JOBFORGE_MAX_RUNS_PER_USER: '1' });
  });
  afterAll(() => harness.close());

  it('runs research, resume and letter: documents saved, status moved, runs recorded', async () => {
    const { as, applicationId } = await setUpUser(harness, 'olga');
    const status = await as('ai.status', {});
    expect(status.data).toMatchObject({ textEngine: 'offline', vectors: 'lexical', semanticMatching: false });

    for (const [phase, type, appStatus] of [
      ['research', 'research_report', 'research_complete'],
      ['resume', 'optimized_resume', 'resume_ready'],
      ['cover_letter', 'cover_letter', 'cover_letter_ready'],
    ] as const) {
      const run = await as('ai.runPhase', { applicationId, phase, wait: true }, 'mutation');
      expect(run.ok, run.text).toBe(true);
      expect(run.data).toMatchObject({ status: 'succeeded', engine: 'offline', model: 'jobforge-offline-v1', phase });
      const doc = await as('documents.get', { applicationId, type });
      expect(doc.data.source).toBe('ai');
      expect(doc.data.content.length).toBeGreaterThan(200);
      const app = await as('applications.get', { id: applicationId });
      expect(app.data.status).toBe(appStatus);
    }
    const letter = await as('documents.get', { applicationId, type: 'cover_letter' });
    expect(letter.data.content).toMatch(/Dear Globex Pay hiring team/);
    expect(letter.data.content).toMatch(/olga$/m);
    const runs = await as('ai.runs', { applicationId });
    expect(runs.data.runs.map((r: any) => r.phase)).toEqual(['cover_letter', 'resume', 'research']);
    expect(runs.data.runs[1].details.validation.matchScore.after.total).toBeGreaterThan(0);
    expect(runs.data.totals.costUsd).toBe('0.000000');
    const metrics = await metricsRegistry.getSingleMetricAsString('jobforge_ai_runs_total');
    expect(metrics).toMatch(/engine="offline",phase="cover_letter",outcome="succeeded"\} [1-9]/);
  });

  it('a second run keeps the previous text as a version', async () => {
    const { as, applicationId } = await setUpUser(harness, 'pia');
    await as('documents.update', { applicationId, type: 'research_report', content: 'My own notes' }, 'mutation');
    const run = await as('ai.runPhase', { applicationId, phase: 'research', wait: true }, 'mutation');
    expect(run.ok).toBe(true);
    const history = await as('documents.history', { applicationId, type: 'research_report' });
    expect(JSON.stringify(history.data)).toContain('My own notes');
  });

  it('streams progress over SSE from the start, even when subscribing after the run began', async () => {
    const { user, as, applicationId } = await setUpUser(harness, 'quinn');
    const run = await as('ai.runPhase', { applicationId, phase: 'research' }, 'mutation');
    expect(run.data.status).toBe('running');
    const events = await followOverSse(harness, user, run.data.id);
    expect(events[0].type).toBe('started');
    expect(events.some((e) => e.type === 'step')).toBe(true);
    expect(
      events
        .filter((e) => e.type === 'text')
        .map((e) => e.delta)
        .join(''),
    ).toMatch(/^# Research/);
    expect(events.at(-1).type).toBe('finished');
    expect(events.map((e) => e.eventId).slice(0, 3)).toEqual(['0', '1', '2']);
    // A reconnecting client resumes after the last event it received.
    const resumed = await followOverSse(harness, user, run.data.id, '1');
    expect(resumed[0].eventId).toBe('2');
    expect(resumed.length).toBe(events.length - 2);
  });

  it('another user can neither run nor follow nor see these runs', async () => {
    const owner = await setUpUser(harness, 'rita');
    const run = await owner.as(
      'ai.runPhase',
      { applicationId: owner.applicationId, phase: 'research', wait: true },
      'mutation',
    );
    const intruder = await setUpUser(harness, 'sam');
    expect(
      (await intruder.as('ai.runPhase', { applicationId: owner.applicationId, phase: 'research' }, 'mutation')).error
        ?.data.code,
    ).toBe('NOT_FOUND');
    expect((await intruder.as('ai.runs', { applicationId: owner.applicationId })).error?.data.code).toBe('NOT_FOUND');
    expect((await intruder.as('ai.cancelRun', { runId: run.data.id }, 'mutation')).error?.data.code).toBe('NOT_FOUND');
  });
});

describe('recovery of runs left running by a dead process', () => {
  it('createApi marks them failed at start-up, before any AI request, and logs the live engine', async () => {
    const harness = await createHarness();
    let restarted: JobForgeApi | null = null;
    try {
      const { user, as, applicationId } = await setUpUser(harness, 'tom');
      // A crashed process left this row "running" (no runner alive, heartbeat long stale).
      const [stale] = await withUser(harness.database, user.id, (db) =>
        db
          .insert(aiRuns)
          .values({
            applicationId,
            userId: user.id,
            phase: 'resume',
            status: 'running',
            engine: 'offline',
            model: 'm',
            startedAt: new Date(Date.now() - 180_000),
            heartbeatAt: new Date(Date.now() - 120_000),
          })
          .returning({ id: aiRuns.id }),
      );
      // The server starts again on the same database; nothing calls an AI procedure.
      const lines: string[] = [];
      const logger = createLogger({ level: 'info' }, { write: (line: string) => void lines.push(line) });
      restarted = await createApi({
        config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
        database: harness.database,
        logger,
      });
      expect(lines.some((line) => line.includes('AI runs use the offline engine'))).toBe(true);
      const statusOf = async () =>
        (
          await withUser(harness.database, user.id, (db) =>
            db.select({ status: aiRuns.status, error: aiRuns.error }).from(aiRuns).where(eq(aiRuns.id, stale!.id)),
          )
        )[0];
      const deadline = Date.now() + 10_000;
      while ((await statusOf())?.status === 'running' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(await statusOf()).toEqual({ status: 'failed', error: INTERRUPTED_MESSAGE });
      expect(lines.some((line) => line.includes('as failed'))).toBe(true);
      // And the phase can run again.
      const run = await as('ai.runPhase', { applicationId, phase: 'resume', wait: true }, 'mutation');
      expect(run.ok, run.text).toBe(true);
    } finally {
      await restarted?.shutdown();
      await harness.close();
    }
  }, 60_000);
});

describe('shutdown', () => {
  it('cancels in-flight runs and records them as failed before the database closes', async () => {
    const mock = await startAnthropicMock();
    const harness = await createHarness({
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: mock.url,
      JOBFORGE_CLAUDE_MODEL: 'claude-sonnet-5-5',
    });
    try {
      const { user, as, applicationId } = await setUpUser(harness, 'cy');
      mock.script([{ text: backendResume, chunkSize: 10, delayMs: 50 }]);
      const run = await as('ai.runPhase', { applicationId, phase: 'resume' }, 'mutation');
      await new Promise((r) => setTimeout(r, 150));
      await harness.api.shutdown();
      const [row] = await withUser(harness.database, user.id, (db) => db.select().from(aiRuns));
      expect(row).toMatchObject({
        id: run.data.id,
        status: 'failed',
        error: expect.stringMatching(/server shut down/),
      });
    } finally {
      await harness.close();
      await mock.close();
    }
  }, 60_000);
});

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
    await new Promise((r) => setTimeout(r, 100));
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

describe('semantic matching with OpenAI embeddings', () => {
  it('embeds resumes by chunk once, compares them to the posting in pgvector, or falls back to lexical without pgvector', async () => {
    const openai = await startOpenAiMock();
    const harness = await createHarness({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: openai.url });
    try {
      const { user, as, applicationId } = await setUpUser(harness, 'abe');
      // Saving the resumes embedded them in the background, each once.
      await resumeEmbeddingsIdle(harness.api.services, user.id);
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
        await resumeEmbeddingsIdle(harness.api.services, user.id);
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
