/**
 * npm run bench:pipeline (issue #11's performance goals, on the embedded database)
 * 1. The board (/board) of a user with 500 applications, rendered on the server: the full document
 *    request on loopback (loaders, API, React SSR), NODE_ENV=production. Goal: p50 under 100 ms.
 * 2. insights.funnel over 5,000 applications with their stage changes, called in process (the
 *    procedure, its transaction and its queries, no HTTP). Goal: p50 under 50 ms.
 * Figures are printed, never asserted: this machine's load varies.
 */
import { performance } from 'node:perf_hooks';
import { createApi } from '@jobforge/api';
import { loadConfig } from '@jobforge/config';
import { applicationEvents, applications, sql, withUser } from '@jobforge/db';
import { createTestDatabase } from '@jobforge/db/testing';
import { uniqueEmail } from '../test/e2e/browser';
import { startApp } from '../test/e2e/server';
import { benchTrpc, registerBenchUser } from './support';

const BOARD_APPLICATIONS = 500;
const FUNNEL_APPLICATIONS = 5_000;
const GOAL_BOARD_P50_MS = 100;
const GOAL_FUNNEL_P50_MS = 50;
const WARMUP = 10;
const SAMPLES = Number(process.env.BENCH_ITERATIONS ?? 100);
const DAY_MS = 86_400_000;
/** The road an application can travel; each seeded one stops somewhere on it, a share of them rejected. */
const ROAD = ['saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted'] as const;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

async function timed(once: () => Promise<void>) {
  for (let i = 0; i < WARMUP; i += 1) await once();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return summary(samples);
}

const line = (label: string, figures: ReturnType<typeof summary>, goal: number) =>
  `${label}: p50 ${figures.p50.toFixed(1)} ms · p95 ${figures.p95.toFixed(1)} ms · max ${figures.max.toFixed(
    1,
  )} ms  (goal p50 < ${goal} ms: ${figures.p50 < goal ? 'met' : 'NOT met'})`;

/** Deterministic spread of where the i-th application got to: a stage index on the road, or rejected. */
function pathOf(i: number): { reached: number; rejected: boolean } {
  const reached = [0, 0, 1, 1, 1, 1, 2, 2, 3, 4, 5][i % 11]!;
  return { reached, rejected: reached > 0 && reached < 5 && i % 3 === 0 };
}

async function benchBoard() {
  const app = await startApp();
  try {
    const cookie = await registerBenchUser(app, 'board');
    // Through the API, four at a time, so stages, events and next actions are what the app writes.
    let next = 0;
    const seedOne = async (i: number) => {
      const created = await benchTrpc(app, cookie, 'applications.create', {
        companyName: `Company ${i}`,
        roleTitle: `Senior Engineer ${i}`,
        jobDescription: 'Build and run TypeScript services on PostgreSQL. '.repeat(20),
      });
      const { reached, rejected } = pathOf(i);
      if (reached > 0) await benchTrpc(app, cookie, 'applications.moveStage', { id: created.id, stage: ROAD[reached] });
      if (rejected) await benchTrpc(app, cookie, 'applications.moveStage', { id: created.id, stage: 'rejected' });
    };
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < BOARD_APPLICATIONS) await seedOne(next++);
      }),
    );
    return await timed(async () => {
      const response = await fetch(`${app.url}/board`, { headers: { cookie, 'accept-encoding': 'identity' } });
      const body = await response.text();
      if (!response.ok || !body.includes(`Company ${BOARD_APPLICATIONS - 1}<`)) {
        throw new Error(`unexpected board (${response.status})`);
      }
    });
  } finally {
    await app.stop();
  }
}

async function benchFunnel() {
  const database = await createTestDatabase();
  const api = await createApi({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database });
  try {
    const caller = (token: string | null) =>
      api.createCaller(
        new Request('http://localhost:3000/', { headers: token ? { authorization: `Bearer ${token}` } : {} }),
        { requestId: 'bench', responseHeaders: new Headers() },
      );
    const { user, token } = await caller(null).auth.register({
      email: uniqueEmail('funnel'),
      password: 'benchmarks all day long',
      fullName: 'Funnel Bench',
    });
    // Written directly (under the user's row-level security), in batches: 5,000 API calls would take minutes.
    const now = Date.now();
    for (let batch = 0; batch < FUNNEL_APPLICATIONS; batch += 500) {
      await withUser(database, user.id, async (db) => {
        const rows = Array.from({ length: Math.min(500, FUNNEL_APPLICATIONS - batch) }, (_, k) => {
          const i = batch + k;
          const { reached, rejected } = pathOf(i);
          const createdAt = new Date(now - ((i * 37) % 180) * DAY_MS - 10 * DAY_MS);
          return { i, reached, rejected, createdAt };
        });
        const inserted = await db
          .insert(applications)
          .values(
            rows.map(({ i, reached, rejected, createdAt }) => ({
              userId: user.id,
              name: `bench_${i}`,
              companyName: `Company ${i}`,
              roleTitle: 'Engineer',
              jobDescription: 'Build things.',
              stage: rejected ? ('rejected' as const) : ROAD[reached]!,
              furthestStage: ROAD[reached]!,
              createdAt,
            })),
          )
          .returning({ id: applications.id });
        const events = rows.flatMap(({ reached, rejected, createdAt }, k) => {
          const steps = ROAD.slice(1, reached + 1).map((stage, s) => ({
            from: ROAD[s]!,
            to: stage as (typeof ROAD)[number] | 'rejected',
          }));
          if (rejected) steps.push({ from: ROAD[reached]!, to: 'rejected' });
          return steps.map((step, s) => ({
            userId: user.id,
            applicationId: inserted[k]!.id,
            kind: 'stage' as const,
            fromStage: step.from,
            toStage: step.to,
            occurredAt: new Date(createdAt.getTime() + (s + 1) * 2 * DAY_MS),
          }));
        });
        if (events.length > 0) await db.insert(applicationEvents).values(events);
      });
    }
    // What the embedded database's periodic ANALYZE (every 10 minutes) does once the rows are there;
    // BENCH_NO_ANALYZE=1 measures the planner without statistics.
    if (!process.env.BENCH_NO_ANALYZE) await database.bypassRls.execute(sql`analyze`);
    const signedIn = caller(token);
    const first = await signedIn.insights.funnel({});
    if (first.total !== FUNNEL_APPLICATIONS) throw new Error(`funnel counted ${first.total}`);
    return await timed(async () => {
      await signedIn.insights.funnel({});
    });
  } finally {
    await api.shutdown();
    await database.close();
  }
}

async function main() {
  if (process.env.NODE_ENV !== 'production') process.env.NODE_ENV = 'production';
  // BENCH_PART=funnel or board runs one half.
  const part = process.env.BENCH_PART;
  if (part !== 'board') {
    const funnel = await benchFunnel();
    console.log(
      line(
        `insights.funnel over ${FUNNEL_APPLICATIONS} applications, in process, ${SAMPLES} calls`,
        funnel,
        GOAL_FUNNEL_P50_MS,
      ),
    );
  }
  if (part !== 'funnel') {
    const board = await benchBoard();
    console.log(
      line(
        `/board with ${BOARD_APPLICATIONS} applications, server render, ${SAMPLES} requests`,
        board,
        GOAL_BOARD_P50_MS,
      ),
    );
  }
}

await main();
