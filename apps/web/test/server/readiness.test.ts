/** /readyz against the real API and a real database (PGlite, or the server named by DATABASE_URL). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type JobForgeApi } from '@jobforge/api';
import { loadConfig } from '@jobforge/config';
import { rowsOf, sql } from '@jobforge/db';
import { createTestDatabase, type TestDatabase } from '@jobforge/db/testing';
import { quietLogger, startTestServer } from './support.js';

let database: TestDatabase;
let api: JobForgeApi;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await createApi({ config: loadConfig({}), database, logger: quietLogger });
  server = await startTestServer({ api });
}, 120_000);

afterAll(async () => {
  await server?.shutdown('test done');
  await api?.shutdown();
  await database?.close().catch(() => {});
});

describe('/readyz with a real database', () => {
  it('is ready when the database answers and every migration is applied', async () => {
    const response = await fetch(`${server.base}/readyz`);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.migrations).toMatchObject({ ok: true });
    expect(body.checks.migrations.detail).toMatch(/^(\d+)\/\1 applied$/);
  });

  it('shows the pool in /metrics', async () => {
    const text = await (await fetch(`${server.base}/metrics`)).text();
    expect(text).toMatch(new RegExp(`jobforge_db_pool_connections\\{driver="${database.driver}",state="max"\\} \\d+`));
  });

  it('fails with 503 while a migration is missing', async () => {
    const [latest] = await database.bypassRls
      .execute(sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`)
      .then((result) => rowsOf<{ id: number; hash: string; created_at: string }>(result));
    await database.bypassRls.execute(sql`delete from drizzle.__drizzle_migrations where id = ${latest!.id}`);
    try {
      const response = await fetch(`${server.base}/readyz`);
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.checks.migrations.ok).toBe(false);
      expect(body.checks.migrations.detail).toMatch(/^(\d+)\/(\d+) applied$/);
    } finally {
      await database.bypassRls.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${latest!.id}, ${latest!.hash}, ${
          latest!.created_at
        })`,
      );
    }
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
  });

  it('fails with 503 once the database is gone, and /healthz stays up', async () => {
    await database.close();
    const response = await fetch(`${server.base}/readyz`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.ok).toBe(false);
    expect(body.checks.database.ok).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/password|postgres:\/\//);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});
