/**
 * applications.list (50 rows) over HTTP tRPC at 10 concurrent connections, beside the same database
 * work without HTTP (the handler's own queries, `listItems`: the list and the next reminders, in
 * their withUser transaction), measured in the same run. Every run seeds a database of its own
 * (createTestDatabase: a new database on the server, dropped at the end), so runs never accumulate rows.
 * Goals: >= 1,000 req/s, p99 <= 50 ms, HTTP >= 0.6x the SQL-only rate.
 *
 *   npm run bench:api                       # embedded PGlite
 *   DATABASE_URL=postgres://... npm run bench:api
 * BENCH_SECONDS sets the total time of each measurement (default 15, in 3 alternating rounds).
 */
import autocannon from 'autocannon';
import superjson from 'superjson';
import { loadConfig } from '@jobforge/config';
import { applications, users, withUser, type Database } from '@jobforge/db';
import { createTestDatabase } from '@jobforge/db/testing';
import { registerUser } from '@jobforge/auth';
import { createApi } from '../src/index.js';
import { listItems } from '../src/applications/list-items.js';
import { serve } from '../test/support/http-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = 3;
const CONNECTIONS = 10;
const ROWS_PER_USER = 50;
const OTHER_USERS = 199; // 200 users x 50 rows = 10,000 applications in the table

async function seed(database: Database) {
  const owner = await registerUser(
    database,
    { email: 'bench@example.com', password: 'benchmark password', fullName: 'Bench' },
    { userAgent: 'bench', ipAddress: '127.0.0.1' },
  );
  const others = await database.bypassRls
    .insert(users)
    .values(
      Array.from({ length: OTHER_USERS }, (_, i) => ({
        email: `other${i}@example.com`,
        passwordHash: 'x',
        fullName: `Other ${i}`,
      })),
    )
    .returning({ id: users.id });
  const description = 'We are looking for an engineer to build reliable data systems. '.repeat(30);
  const rowsFor = (userId: string) =>
    Array.from({ length: ROWS_PER_USER }, (_, i) => ({
      userId,
      name: `company_${i}_engineer_2026_11_26`,
      companyName: `Company ${i}`,
      roleTitle: 'Engineer',
      jobDescription: description,
      jobUrl: `https://company${i}.example/jobs/${i}`,
      location: 'Remote',
      createdAt: new Date(Date.now() - i * 60_000),
    }));
  for (const user of [{ id: owner.user.id }, ...others]) {
    await database.bypassRls.insert(applications).values(rowsFor(user.id));
  }
  return owner;
}

/** What applications.list does inside its transaction, without tRPC, HTTP or the credential check. */
function listQuery(database: Database, userId: string) {
  return withUser(database, userId, (tx) => listItems(tx, userId));
}

async function measureSql(database: Database, userId: string, seconds: number) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const rows = await listQuery(database, userId);
        if (rows.length !== ROWS_PER_USER) throw new Error(`expected ${ROWS_PER_USER} rows, got ${rows.length}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** CPU time per operation, run one at a time: much less sensitive to other processes than throughput. */
async function cpuPerOperation(operation: () => Promise<unknown>, count = 500): Promise<number> {
  for (let i = 0; i < 100; i += 1) await operation();
  const before = process.cpuUsage();
  for (let i = 0; i < count; i += 1) await operation();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count / 1000;
}

function medianBy<T>(items: T[], key: (item: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;
}

async function main() {
  const database = await createTestDatabase();
  const api = await createApi({
    config: loadConfig({ NODE_ENV: 'production', ALLOW_INSECURE_HTTP: 'true', LOG_LEVEL: 'silent' }),
    database,
  });
  const owner = await seed(database);
  const server = await serve(api);
  const url = `${server.url}/api/trpc/applications.list?input=${encodeURIComponent(
    JSON.stringify(superjson.serialize({})),
  )}`;

  const check = await fetch(url, { headers: { authorization: `Bearer ${owner.token}` } });
  const body = (await check.json()) as { result?: { data: unknown } };
  const listed = superjson.deserialize(body.result!.data as never) as unknown[];
  if (check.status !== 200 || listed.length !== ROWS_PER_USER) throw new Error(`unexpected response ${check.status}`);

  const load = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      workers: 1,
      headers: { authorization: `Bearer ${owner.token}` },
    });
  await load(2); // warm-up: JIT, connection pool, caches
  await measureSql(database, owner.user.id, 2);
  // Alternate the two measurements so a change in background load affects both alike; report medians.
  const httpRounds: Awaited<ReturnType<typeof load>>[] = [];
  const sqlRounds: Awaited<ReturnType<typeof measureSql>>[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    httpRounds.push(await load(SECONDS / ROUNDS));
    sqlRounds.push(await measureSql(database, owner.user.id, SECONDS / ROUNDS));
  }
  const cpuSql = await cpuPerOperation(() => listQuery(database, owner.user.id));
  const cpuHandler = await cpuPerOperation(async () => {
    const request = new Request(url, { headers: { authorization: `Bearer ${owner.token}` } });
    return (await api.handleTrpcRequest(request, { requestId: 'bench' })).text();
  });
  await server.close();
  await api.shutdown();
  await database.close();

  const http = medianBy(httpRounds, (r) => r.requests.average);
  const sql = medianBy(sqlRounds, (r) => r.rps);
  const ratio = http.requests.average / sql.rps;
  const report = {
    driver: database.driver,
    connections: CONNECTIONS,
    seconds: SECONDS,
    rows: ROWS_PER_USER,
    http: {
      rps: Math.round(http.requests.average),
      p50: http.latency.p50,
      p99: http.latency.p99,
      errors: http.errors,
      non2xx: http.non2xx,
    },
    sql: { rps: Math.round(sql.rps), p50: Number(sql.p50.toFixed(2)), p99: Number(sql.p99.toFixed(2)) },
    ratio: Number(ratio.toFixed(2)),
    cpuMsPerRequest: { handler: Number(cpuHandler.toFixed(2)), sql: Number(cpuSql.toFixed(2)) },
  };
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`applications.list, ${ROWS_PER_USER} rows, ${CONNECTIONS} connections, ${SECONDS} s, ${database.driver}`);
  console.log(
    `  HTTP tRPC : ${report.http.rps} req/s  p50 ${report.http.p50} ms  p99 ${report.http.p99} ms  (errors ${http.errors}, non-2xx ${http.non2xx})`,
  );
  console.log(
    `  SQL only  : ${report.sql.rps} ops/s  p50 ${report.sql.p50} ms  p99 ${report.sql.p99} ms  (withUser + listItems)`,
  );
  console.log(`  HTTP / SQL: ${report.ratio}`);
  console.log(
    `  CPU per request, one at a time: fetch handler ${report.cpuMsPerRequest.handler} ms, SQL only ${report.cpuMsPerRequest.sql} ms`,
  );
  console.log(
    `  goals: >=1000 req/s ${verdict(report.http.rps >= 1000)}, p99 <=50 ms ${verdict(
      report.http.p99 <= 50,
    )}, ratio >=0.6 ${verdict(ratio >= 0.6)}`,
  );
  console.log(JSON.stringify(report));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
