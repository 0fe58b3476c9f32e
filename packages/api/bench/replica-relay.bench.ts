/**
 * npm run bench:ai:replicas (needs DATABASE_URL): two API instances on one PostgreSQL database, a
 * zero-latency mock Claude streaming a resume to instance A, and ai.onProgress subscribers over SSE
 * on A (from memory) and on B (relayed through LISTEN/NOTIFY). Prints the time from a delta leaving
 * the mock's socket to each client, and how many notifications carried the run.
 */
import { createDatabase, type Database } from '@jobforge/db';
import { createTestDatabase } from '@jobforge/db/testing';
import { fixtures, jobForgeResponder, startAnthropicMock } from '@jobforge/ai/testing';
import { createApi, type JobForgeApi } from '../src/index.js';
import { benchConfig, mutate, percentile, signUpWithFixtures } from './support.js';
import { openProgressStream, runEvents } from '../test/support/sse.js';

const RUNS = Number(process.env.BENCH_ITERATIONS ?? 5);

if (!process.env.DATABASE_URL) {
  console.log('\nReplica relay: skipped (set DATABASE_URL to a PostgreSQL server).');
  process.exit(0);
}

/** Arrival times of the text deltas of one run, as an SSE client of `api` sees them. */
async function textArrivals(api: JobForgeApi, token: string, runId: string): Promise<number[]> {
  const arrivals: number[] = [];
  for await (const { event, receivedAt } of runEvents(await openProgressStream(api, token, runId))) {
    if (event.type === 'text') arrivals.push(receivedAt);
  }
  return arrivals;
}

const sentAt: number[] = [];
const mock = await startAnthropicMock({
  respond: jobForgeResponder(),
  onDelta: (index) => (sentAt[index] = performance.now()),
});
const server = await createTestDatabase();
const config = benchConfig(mock.url);
const databaseB: Database = await createDatabase({ url: server.url!, migrate: false });
const notified = { count: 0, bytes: 0 };
const notifications = server.notifications!;
const countingA: Database = {
  ...server,
  notifications: {
    listen: notifications.listen,
    async notify(channel, payload) {
      notified.count += 1;
      notified.bytes += Buffer.byteLength(payload);
      await notifications.notify(channel, payload);
    },
  },
};
const a = await createApi({ config, database: countingA });
const b = await createApi({ config, database: databaseB });
try {
  const { token, applicationId } = await signUpWithFixtures(a, 'relay');
  await mutate(a, 'ai.runPhase', { applicationId, phase: 'research', wait: true }, token);

  const onA: number[] = [];
  const onB: number[] = [];
  let deltas = 0;
  let notes = 0;
  for (let i = 0; i < RUNS; i++) {
    sentAt.length = 0;
    const before = notified.count;
    mock.script([{ text: fixtures.backendResume, chunkSize: 16, delayMs: 5 }]);
    const run = await mutate(a, 'ai.runPhase', { applicationId, phase: 'resume' }, token);
    const [arrivalsA, arrivalsB] = await Promise.all([textArrivals(a, token, run.id), textArrivals(b, token, run.id)]);
    // The first deltas may leave before the clients subscribe (they come from the backlog or a replay).
    for (let k = 10; k < Math.min(arrivalsA.length, sentAt.length); k++) onA.push(arrivalsA[k]! - sentAt[k]!);
    for (let k = 10; k < Math.min(arrivalsB.length, sentAt.length); k++) onB.push(arrivalsB[k]! - sentAt[k]!);
    deltas += sentAt.length;
    notes += notified.count - before;
  }
  const line = (label: string, values: number[]) =>
    `  ${label}: p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(
      1,
    )} ms, max ${Math.max(...values).toFixed(1)} ms`;
  console.log(
    `\nReplica relay on PostgreSQL (${RUNS} streamed resumes, ${deltas} deltas of 16 characters, 5 ms apart):`,
  );
  console.log(line('mock socket write -> SSE client on the same instance', onA));
  console.log(line('mock socket write -> SSE client on the other instance', onB));
  console.log(
    `  notifications sent by the running instance: ${notes} for ${deltas} deltas (${(
      notified.bytes / Math.max(1, notified.count)
    ).toFixed(0)} bytes each on average)`,
  );
} finally {
  await a.shutdown();
  await b.shutdown();
  await databaseB.close();
  await server.close();
  await mock.close();
}
