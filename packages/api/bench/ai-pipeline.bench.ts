/**
 * Part of npm run bench:ai, through the API on embedded PGlite and a zero-latency mock Claude:
 * - ai.runPhase (wait) per phase: the whole pipeline's own time (claim, load, engine, validate, save);
 * - a streamed token's trip from the mock's socket write to a client subscribed to ai.onProgress.
 */
import { createTestDatabase } from '@jobforge/db/testing';
import { fixtures, jobForgeResponder, startAnthropicMock, type MockReply } from '@jobforge/ai/testing';
import { createApi } from '../src/index.js';
import { benchConfig, mutate, percentile, signUpWithFixtures } from './support.js';
import { openProgressStream, runEvents } from '../test/support/sse.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20);

const sentAt: number[] = [];
const responder = jobForgeResponder();
const mock = await startAnthropicMock({ respond: responder, onDelta: (index) => (sentAt[index] = performance.now()) });
const database = await createTestDatabase();
const api = await createApi({
  config: benchConfig(mock.url),
  database,
});
try {
  const { token, applicationId } = await signUpWithFixtures(api, 'bench');

  console.log(
    `\nThrough the API (PGlite, zero-latency mock Claude), ai.runPhase with wait, ${ITERATIONS} runs each (goal: <= 50 ms):`,
  );
  for (const phase of ['research', 'resume', 'cover_letter'] as const) {
    // The mock replays a precomputed reply, so its own work is not measured.
    await mutate(api, 'ai.runPhase', { applicationId, phase, wait: true }, token);
    const reply = (await responder(mock.messageBodies.at(-1), mock.requests.at(-1)!)) as MockReply;
    const times: number[] = [];
    // The first runs warm up the JIT and PGlite; they are not counted.
    for (let i = -5; i < ITERATIONS; i++) {
      mock.script([{ ...reply, chunkSize: 64 }]);
      const started = performance.now();
      await mutate(api, 'ai.runPhase', { applicationId, phase, wait: true }, token);
      if (i >= 0) times.push(performance.now() - started);
    }
    console.log(
      `  ${phase.padEnd(13)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  }

  // A streamed resume, 16 characters per delta, 5 ms apart; the client subscribes over SSE.
  sentAt.length = 0;
  mock.script([{ text: fixtures.backendResume, chunkSize: 16, delayMs: 5 }]);
  const run = await mutate(api, 'ai.runPhase', { applicationId, phase: 'resume' }, token);
  const response = await openProgressStream(api, token, run.id);
  const latencies: number[] = [];
  let textIndex = 0;
  for await (const { event, receivedAt } of runEvents(response)) {
    if (event.type === 'text') latencies.push(receivedAt - sentAt[textIndex++]!);
  }
  // The first deltas may be replayed from the backlog if they left before the client subscribed.
  const live = latencies.slice(2);
  console.log(
    `  token delivery, mock socket write -> ai.onProgress SSE client (${live.length} deltas): p50 ${percentile(
      live,
      50,
    ).toFixed(1)} ms, p95 ${percentile(live, 95).toFixed(1)} ms, max ${Math.max(...live).toFixed(
      1,
    )} ms (goal: <= 100 ms)`,
  );
} finally {
  await api.shutdown();
  await database.close();
  await mock.close();
}
