/**
 * bench:load: 50 virtual users, each with its own account, for 60 s against the production bundle
 * (`node build/node/server.js`), on the embedded database or on PostgreSQL (DATABASE_URL). Each user
 * repeats a mix of dashboard, board, application page, document saves, document history, offline AI
 * phases, sign-ins and a read of another user's application (which must answer 404), with a think
 * time of 0.5-1.5 s. Printed: errors, p50/p95/p99 per action; then every user's rows are counted
 * through the API and with SQL: nothing lost, nothing seen across tenants.
 *
 *   npm run bench:load                                        # embedded PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:load
 *   BENCH_USERS=50 BENCH_SECONDS=60 BENCH_THINK_MS=500,1500
 *   BENCH_URL=http://127.0.0.1:8080 npm run bench:load         # an already running server (nginx); SQL via DATABASE_URL
 */
import os from 'node:os';
import { rmSync } from 'node:fs';
import { startApp, type RunningApp } from '../../test/e2e/server.js';
import { createVu, type Errors, type Timings } from './vu.js';
import { verify } from './verify.js';

const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
/** Think time between a user's actions, min and max ms (BENCH_THINK_MS="500,1500"). */
const THINK_MS = (process.env.BENCH_THINK_MS ?? '500,1500').split(',').map(Number) as [number, number];

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main() {
  const external = process.env.BENCH_URL;
  let app: RunningApp | null = null;
  if (!external) {
    // The server trusts the loopback proxy's X-Forwarded-For: every user signs up from an address of its own.
    app = await startApp({ bundled: true, keepDataDir: true, env: { TRUST_PROXY: 'loopback', LOG_LEVEL: 'warn' } });
  }
  const url = external ?? app!.url;
  const driver = external ? 'external' : app!.databaseUrl ? 'postgres' : 'pglite';
  const load = () => os.loadavg()[0]!.toFixed(1);
  console.log(
    `bench:load: ${USERS} users, ${SECONDS} s, think ${THINK_MS.join(
      '-',
    )} ms, ${driver} at ${url}, load average ${load()}`,
  );

  const vus: Array<ReturnType<typeof createVu>> = Array.from({ length: USERS }, (_, index) =>
    createVu({
      url,
      index,
      others: (): string[] => vus.filter((_, other) => other !== index).flatMap((vu) => vu.record.applicationIds),
    }),
  );
  const setUpStarted = performance.now();
  // Sign-ups hash a password each: ten at a time, as a burst of new users would arrive.
  for (let i = 0; i < vus.length; i += 10) await Promise.all(vus.slice(i, i + 10).map((vu) => vu.setUp()));
  console.log(`  set-up: ${USERS} accounts in ${((performance.now() - setUpStarted) / 1000).toFixed(1)} s`);

  const timings: Timings = new Map();
  const errors: Errors = new Map();
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(vus.map((vu) => vu.run(until, THINK_MS, timings, errors)));

  let total = 0;
  console.log(`  ${'action'.padEnd(34)} ${'count'.padStart(6)} ${'errors'.padStart(6)}   p50 / p95 / p99 ms`);
  for (const [name, values] of [...timings.entries()].sort()) {
    const sorted = [...values].sort((a, b) => a - b);
    total += values.length;
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => percentile(sorted, q).toFixed(0));
    const failed = errors.get(name)?.length ?? 0;
    console.log(
      `  ${name.padEnd(34)} ${String(values.length).padStart(6)} ${String(failed).padStart(
        6,
      )}   ${p50} / ${p95} / ${p99}`,
    );
  }
  const errorCount = [...errors.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(
    `  ${total} actions in ${SECONDS} s (${(total / SECONDS).toFixed(
      1,
    )}/s), errors ${errorCount}, load average ${load()}`,
  );
  for (const [name, list] of errors) console.log(`  error in ${name}: ${list.slice(0, 3).join(' | ')}`);

  // What the server logged about failures (its log level is warn: failures only).
  if (errorCount > 0 && app) console.log(`  server log (end):\n${app.logs().slice(-3000)}`);
  const verdict = await verify(vus, app, driver);
  for (const line of verdict.lines) console.log(`  ${line}`);
  if (app && !app.databaseUrl) rmSync(app.dataDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      driver,
      users: USERS,
      seconds: SECONDS,
      actions: total,
      errors: errorCount,
      consistent: verdict.ok,
    }),
  );
  if (errorCount > 0 || !verdict.ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
