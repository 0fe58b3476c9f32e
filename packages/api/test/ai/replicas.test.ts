/**
 * Two app replicas on one PostgreSQL database (two createApi over two Database objects): progress
 * of a run on one reaches a subscriber on the other, a replica's recovery leaves runs that another
 * replica keeps alive alone, and a run whose heartbeat went stale is failed and can run again.
 * Replicas need a server; on embedded PGlite (one process per data folder) only the single-instance
 * recovery is tested.
 */
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '@jobforge/config';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { useNetworkGuard } from '../support/network-guard.js';
import { createApi } from '../../src/index.js';
import { gate } from '../support/scripted-engine.js';
import { call, openReplica, runRow, type Replica } from '../support/replicas.js';
import { followOverSse, insertRunningRun, setUpUser } from '../support/pipeline.js';
import { INTERRUPTED_MESSAGE } from '../../src/ai/recover-stale-runs.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const onServer = Boolean(process.env.DATABASE_URL);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

useNetworkGuard();

describe.skipIf(!onServer)('two replicas on one PostgreSQL database', () => {
  let server: TestDatabase;
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    server = await createTestDatabase();
    // Fast heartbeats and a short staleness so the tests take seconds, not minutes.
    a = await openReplica(server.url!, { heartbeatIntervalMs: 100, staleAfterMs: 1_000, sweepIntervalMs: 200 });
    b = await openReplica(server.url!, { heartbeatIntervalMs: 100, staleAfterMs: 1_000, sweepIntervalMs: 200 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('a run on replica A streams to a subscriber on replica B, in order, the same events as on A', async () => {
    const { user, as, applicationId } = await setUpUser(a, 'ada');
    const release = gate();
    // One delta far above the 8,000-byte notification limit, with characters JSON must escape.
    const big = `${'Quoted "text" with ümlauts and a \\ backslash.\n'.repeat(400)}`;
    const deltas = ['# Early', ...Array.from({ length: 40 }, (_, i) => ` word${i}`), big, ' tail'];
    a.engines.script({ deltas, gate: release, delayMs: 2 });

    const run = await as('ai.runPhase', { applicationId, phase: 'research' }, 'mutation');
    expect(run.data.status).toBe('running');
    await sleep(50); // some events are published before B subscribes: B gets them by replay
    const onB = followOverSse(b, user, run.data.id);
    const onA = followOverSse(a, user, run.data.id);
    await sleep(300);
    release.open();
    const [eventsB, eventsA] = await Promise.all([onB, onA]);

    expect(eventsB.map((e) => e.eventId)).toEqual(eventsA.map((e) => e.eventId));
    expect(eventsB.map((e) => e.type)).toEqual(eventsA.map((e) => e.type));
    const textOf = (events: any[]) =>
      events
        .filter((e) => e.type === 'text')
        .map((e) => e.delta)
        .join('');
    expect(textOf(eventsB)).toBe(textOf(eventsA));
    expect(textOf(eventsB)).toContain(big);
    expect(eventsB[0]).toMatchObject({ type: 'started', run: { id: run.data.id } });
    expect(eventsB.at(-1)).toMatchObject({ type: 'finished', run: { id: run.data.id, status: 'succeeded' } });
    expect(eventsB.at(-1).run.startedAt).toBeInstanceOf(Date);

    // A late subscriber on B still gets the final state, from the database.
    const late = await followOverSse(b, user, run.data.id);
    expect(late).toEqual([
      expect.objectContaining({ type: 'finished', run: expect.objectContaining({ status: 'succeeded' }) }),
    ]);

    // Another user cannot see or touch the run from the other replica.
    const intruder = await setUpUser(b, 'mallory');
    expect((await intruder.as('ai.runs', { applicationId })).error?.data.code).toBe('NOT_FOUND');
    expect((await intruder.as('ai.cancelRun', { runId: run.data.id }, 'mutation')).error?.data.code).toBe('NOT_FOUND');
  });

  it("restarting replica B's recovery leaves replica A's running run alone while A heartbeats", async () => {
    const { user, as, applicationId } = await setUpUser(a, 'bob');
    const release = gate();
    a.engines.script({ deltas: ['thinking'], gate: release });
    const run = await as('ai.runPhase', { applicationId, phase: 'resume' }, 'mutation');
    expect(run.data.status).toBe('running');

    // B restarts: a new instance runs start-up recovery, then sweeps every 200 ms; the run outlives
    // the 1 s staleness limit several times over.
    await b.close();
    b = await openReplica(server.url!, { heartbeatIntervalMs: 100, staleAfterMs: 1_000, sweepIntervalMs: 200 });
    await b.api.services.ai.ready;
    await sleep(2_500);
    expect(await runRow(a.database, user.id, run.data.id)).toMatchObject({
      status: 'running',
      runner: a.api.services.ai.runner,
    });

    // B cannot claim the same phase meanwhile.
    const second = await call(b, user.token, 'ai.runPhase', { applicationId, phase: 'resume' });
    expect(second.error?.data.code).toBe('CONFLICT');

    // A client reconnecting to B resumes after the last event it received on A.
    const resumed = followOverSse(b, user, run.data.id, '0');
    await sleep(200);
    release.open();
    const events = await resumed;
    expect(events[0]).toMatchObject({ type: 'text', delta: 'thinking' });
    expect(events[0].eventId).toBe('1');
    expect(events.at(-1)).toMatchObject({ type: 'finished', run: { status: 'succeeded' } });
  });

  it('a run whose heartbeat went stale is failed by another replica, its follower is told, and the phase runs again', async () => {
    const { user, as, applicationId } = await setUpUser(a, 'cleo');
    // A replica that stops heartbeating, like a frozen or killed process (its run never ends by itself).
    const frozen = await openReplica(server.url!, {
      heartbeatIntervalMs: 3_600_000,
      staleAfterMs: 1_000,
      sweepIntervalMs: 3_600_000,
    });
    try {
      frozen.engines.script({ deltas: ['half a'], gate: gate() });
      const stuck = await call(frozen, user.token, 'ai.runPhase', { applicationId, phase: 'cover_letter' });
      expect(stuck.data.status).toBe('running');

      const following = followOverSse(b, user, stuck.data.id);
      const events = await following; // B's sweep fails it within about a second and tells the follower
      expect(events.at(-1)).toMatchObject({
        type: 'failed',
        error: { kind: 'interrupted', message: INTERRUPTED_MESSAGE },
      });
      expect(await runRow(a.database, user.id, stuck.data.id)).toMatchObject({
        status: 'failed',
        error: INTERRUPTED_MESSAGE,
      });

      const retried = await as('ai.runPhase', { applicationId, phase: 'cover_letter', wait: true }, 'mutation');
      expect(retried.ok, retried.text).toBe(true);
      expect(retried.data.status).toBe('succeeded');
    } finally {
      await frozen.close();
    }
    // The frozen replica's late ending did not overwrite the recorded failure.
    const runs = (await as('ai.runs', { applicationId })).data.runs;
    expect(runs.map((r: any) => r.status)).toEqual(['succeeded', 'failed']);
  });

  /** A user on replica B whose research run a vanished replica left running, its heartbeat two minutes old. */
  async function userWithStaleRunOnB(name: string) {
    const setUp = await setUpUser(b, name);
    const [stale] = await insertRunningRun(b.database, setUp.user.id, setUp.applicationId, {
      phase: 'research',
      runner: `gone:1:${name}`,
      heartbeatAt: new Date(Date.now() - 120_000),
    });
    return { ...setUp, staleRunId: stale!.id };
  }

  it('a claim refused by the unique index first fails a stale run in the way, then goes ahead', async () => {
    const { user, as, applicationId, staleRunId } = await userWithStaleRunOnB('dan');
    const run = await as('ai.runPhase', { applicationId, phase: 'research', wait: true }, 'mutation');
    expect(run.ok, run.text).toBe(true);
    expect(await runRow(b.database, user.id, staleRunId)).toMatchObject({
      status: 'failed',
      error: INTERRUPTED_MESSAGE,
      details: { kind: 'interrupted' },
    });
  });

  it('a refused claim goes ahead when another replica failed the stale run first (no 409 for a free slot)', async () => {
    const { user, as, applicationId, staleRunId } = await userWithStaleRunOnB('dora');
    // The race that made this suite flaky, made certain: between B's refused claim and B's own
    // recovery, A's periodic sweep fails the stale run, so B's recovery finds nothing to fail.
    const runtimeB = b.api.services.ai;
    const recoverB = runtimeB.recover;
    runtimeB.recover = async (only) => {
      await a.api.services.ai.recover(only);
      return recoverB(only);
    };
    try {
      const run = await as('ai.runPhase', { applicationId, phase: 'research', wait: true }, 'mutation');
      expect(run.ok, run.text).toBe(true);
    } finally {
      runtimeB.recover = recoverB;
    }
    expect(await runRow(b.database, user.id, staleRunId)).toMatchObject({ status: 'failed' });
  });

  it('cancelling on replica B stops the run executing on replica A and nothing is saved', async () => {
    const { user, as, applicationId } = await setUpUser(a, 'eve');
    const release = gate();
    a.engines.script({ deltas: ['draft'], gate: release });
    const run = await as('ai.runPhase', { applicationId, phase: 'research' }, 'mutation');
    const following = followOverSse(a, user, run.data.id);
    await sleep(100);
    const cancelled = await call(b, user.token, 'ai.cancelRun', { runId: run.data.id });
    expect(cancelled.data).toMatchObject({ cancelled: true });
    const events = await following; // A's heartbeat sees the row settled and stops the run
    expect(events.at(-1)).toMatchObject({ type: 'failed', run: { status: 'cancelled' } });
    release.open();
    await sleep(200);
    const doc = await as('documents.get', { applicationId, type: 'research_report' });
    expect(doc.data?.content ?? null).toBeNull();
  });
});

/** One instance on a fresh database whose sweep runs every 200 ms; both are closed afterwards. */
async function onSweepingInstance(
  staleAfterMs: number,
  run: (api: Awaited<ReturnType<typeof createApi>>, database: TestDatabase) => Promise<void>,
) {
  const database = await createTestDatabase();
  const api = await createApi({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    database,
    aiTiming: { heartbeatIntervalMs: 200, staleAfterMs, sweepIntervalMs: 200 },
  });
  try {
    await run(api, database);
  } finally {
    await api.shutdown();
    await database.close();
  }
}

describe('on one instance', () => {
  it('a run whose process is known dead on this host is failed at the next sweep, not after going stale', async () => {
    await onSweepingInstance(60_000, async (api, database) => {
      const { user, applicationId } = await setUpUser({ api }, 'gil');
      await api.services.ai.ready;
      // A process id no live process has on this host, and a heartbeat that is fresh.
      const [dead] = await insertRunningRun(database, user.id, applicationId, {
        phase: 'research',
        runner: `${hostname().slice(0, 60)}:2147483646:gone`,
      });
      const [elsewhere] = await insertRunningRun(database, user.id, applicationId, {
        phase: 'resume',
        runner: 'another-host.example:4242:alive',
      });
      await sleep(1_500);
      expect(await runRow(database, user.id, dead!.id)).toMatchObject({ status: 'failed', error: INTERRUPTED_MESSAGE });
      expect(await runRow(database, user.id, elsewhere!.id)).toMatchObject({ status: 'running' });
    });
  });

  it('a run whose heartbeat is stale is marked failed by the periodic sweep and can be retried', async () => {
    await onSweepingInstance(1_500, async (api, database) => {
      const { user, as, applicationId } = await setUpUser({ api }, 'fay');
      await api.services.ai.ready;
      // Claimed by a runner of another process after this instance started, so only staleness can free it.
      const [stale] = await insertRunningRun(database, user.id, applicationId, {
        phase: 'resume',
        runner: 'other:2:y',
      });
      const refused = await as('ai.runPhase', { applicationId, phase: 'resume' }, 'mutation');
      expect(refused.error?.data.code).toBe('CONFLICT');
      await sleep(2_000);
      expect(await runRow(database, user.id, stale!.id)).toMatchObject({
        status: 'failed',
        error: INTERRUPTED_MESSAGE,
      });
      const retried = await as('ai.runPhase', { applicationId, phase: 'resume', wait: true }, 'mutation');
      expect(retried.ok, retried.text).toBe(true);
    });
  });
});
