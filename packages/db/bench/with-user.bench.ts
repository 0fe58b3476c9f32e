/**
 * `npm run bench:db`: what row-level security costs per request on a real server.
 * The same "50 newest applications of a user among 10,000 rows" query, 10 concurrent, as a plain query
 * on the privileged handle and through withUser (transaction + user context + RLS).
 * Prints ops/s, p50/p99 and the ratio. Needs a server: DATABASE_URL (default: the local one).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { and, desc, eq } from 'drizzle-orm';
import { applications, users } from '../src/schema/index.js';
import { createTestDatabase } from '../src/testing.js';
import type { Db } from '../src/types.js';
import { withUser } from '../src/with-user.js';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const USERS = 10;
const ROWS_PER_USER = 1_000;
const CONCURRENCY = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const database = await createTestDatabase({ url: SERVER });
try {
  const userIds: string[] = [];
  for (let u = 0; u < USERS; u++) {
    const [user] = await database.bypassRls
      .insert(users)
      .values({ email: `bench-${u}@example.test`, passwordHash: 'x', fullName: `Bench ${u}` })
      .returning({ id: users.id });
    userIds.push(user!.id);
    for (let start = 0; start < ROWS_PER_USER; start += 500) {
      await database.bypassRls.insert(applications).values(
        Array.from({ length: 500 }, (_, i) => ({
          userId: user!.id,
          name: `company_role_${start + i}`,
          companyName: `Company ${start + i}`,
          roleTitle: 'Engineer',
          jobDescription: 'A job description of a realistic length. '.repeat(40),
          createdAt: new Date(Date.now() - (start + i) * 60_000),
        })),
      );
    }
  }
  await database.bypassRls.execute('analyze' as never).catch(() => {});

  const newest50 = (db: Db, userId: string) =>
    db
      .select({
        id: applications.id,
        name: applications.name,
        companyName: applications.companyName,
        roleTitle: applications.roleTitle,
        status: applications.status,
        priorityLevel: applications.priorityLevel,
        createdAt: applications.createdAt,
      })
      .from(applications)
      .where(and(eq(applications.userId, userId)))
      .orderBy(desc(applications.createdAt))
      .limit(50);

  const modes = {
    plain: (userId: string) => newest50(database.bypassRls, userId),
    withUser: (userId: string) => withUser(database, userId, (tx) => newest50(tx, userId)),
  };

  // Sanity: both return the same 50 rows.
  const [a, b] = await Promise.all([modes.plain(userIds[0]!), modes.withUser(userIds[0]!)]);
  if (a.length !== 50 || JSON.stringify(a) !== JSON.stringify(b)) throw new Error('plain and withUser disagree');

  async function run(mode: keyof typeof modes, seconds: number) {
    const latencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          const userId = userIds[next++ % USERS]!;
          const t0 = performance.now();
          const rows = await modes[mode](userId);
          latencies.push(performance.now() - t0);
          if (rows.length !== 50) throw new Error('wrong row count');
        }
      }),
    );
    latencies.sort((x, y) => x - y);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
    return { ops: latencies.length / seconds, p50: pct(50), p99: pct(99) };
  }

  await run('plain', 1);
  await run('withUser', 1);
  // Interleave two rounds of each so drift on a busy machine hits both modes alike.
  const results = { plain: [] as Awaited<ReturnType<typeof run>>[], withUser: [] as Awaited<ReturnType<typeof run>>[] };
  for (let round = 0; round < 2; round++) {
    results.plain.push(await run('plain', SECONDS / 2));
    results.withUser.push(await run('withUser', SECONDS / 2));
  }
  const merge = (rs: Awaited<ReturnType<typeof run>>[]) => ({
    ops: rs.reduce((s, r) => s + r.ops, 0) / rs.length,
    p50: rs.reduce((s, r) => s + r.p50, 0) / rs.length,
    p99: Math.max(...rs.map((r) => r.p99)),
  });
  const plain = merge(results.plain);
  const scoped = merge(results.withUser);
  const fmt = (n: number) => n.toFixed(2);
  console.log(
    `bench:db on ${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, ${database.driver}, ${
      USERS * ROWS_PER_USER
    } rows, ${CONCURRENCY} concurrent, ${SECONDS}s per mode`,
  );
  console.log(
    `plain query (privileged handle): ${plain.ops.toFixed(0)} ops/s  p50 ${fmt(plain.p50)} ms  p99 ${fmt(
      plain.p99,
    )} ms`,
  );
  console.log(
    `through withUser (RLS):          ${scoped.ops.toFixed(0)} ops/s  p50 ${fmt(scoped.p50)} ms  p99 ${fmt(
      scoped.p99,
    )} ms`,
  );
  console.log(`ratio withUser / plain: ${(scoped.ops / plain.ops).toFixed(2)} (goal >= 0.80)`);
} finally {
  await database.close();
}
