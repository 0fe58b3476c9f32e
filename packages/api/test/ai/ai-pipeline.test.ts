/**
 * The three-phase pipeline through the API: on the offline engine and on the mock Claude, with
 * progress over SSE, cancellation, per-user limits, stale-run recovery, and a lying model.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aiRuns, eq, withUser } from '@jobforge/db';
import { loadConfig } from '@jobforge/config';
import { createLogger, metricsRegistry } from '@jobforge/observability';
import { fixtures, startAnthropicMock } from '@jobforge/ai/testing';
import { useNetworkGuard } from '../support/network-guard.js';
import { createHarness, type Harness } from '../support/harness.js';
import { createApi, type JobForgeApi } from '../../src/index.js';
import { followOverSse, insertRunningRun, setUpUser } from '../support/pipeline.js';
import { INTERRUPTED_MESSAGE } from '../../src/ai/recover-stale-runs.js';

const { backendResume } = fixtures;

// Each user costs an argon2 hash and some tests open their own database: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

useNetworkGuard();

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
    expect(history.data.current).toMatchObject({ source: 'ai', author: 'offline:jobforge-offline-v1' });
    const [mine] = history.data.versions;
    expect(mine).toMatchObject({ source: 'user', author: null });
    const text = await as('documents.version', { applicationId, type: 'research_report', versionId: mine.id });
    expect(text.data.content).toBe('My own notes');
    // When it was written, not when the run replaced it.
    expect(new Date(mine.writtenAt).getTime()).toBeLessThan(new Date(mine.replacedAt).getTime());

    const fresh = await as('applications.get', { id: applicationId });
    expect(fresh.data.documents[0]).toMatchObject({ documentType: 'research_report', madeFromOlderPosting: false });
    // The user's edit of the AI text still comes from that posting; a new posting makes it out of date.
    await as('documents.update', { applicationId, type: 'research_report', content: 'Edited' }, 'mutation');
    const edited = await as('applications.get', { id: applicationId });
    expect(edited.data.documents[0].madeFromOlderPosting).toBe(false);
    await as('applications.update', { id: applicationId, jobDescription: 'A different posting entirely' }, 'mutation');
    const stale = await as('applications.get', { id: applicationId });
    expect(stale.data.documents[0].madeFromOlderPosting).toBe(true);
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
      const [stale] = await insertRunningRun(harness.database, user.id, applicationId, {
        phase: 'resume',
        startedAt: new Date(Date.now() - 180_000),
        heartbeatAt: new Date(Date.now() - 120_000),
      });
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
