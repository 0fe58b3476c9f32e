/**
 * The running server against a database that misbehaves: backends terminated under load, and a
 * network that goes silent. The process must stay up, answer 503 with Retry-After while the
 * database cannot answer (never 500, never a hang), and answer normally again within seconds.
 * Runs with DATABASE_URL (a PostgreSQL server); the embedded database has no connections to lose.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '@jobforge/db/testing';
import { startApp, type RunningApp } from '../e2e/server';

const onServer = Boolean(process.env.DATABASE_URL);
const USERS = 30;

interface Client {
  token: string;
}

async function register(app: RunningApp, index: number): Promise<Client> {
  const response = await fetch(`${app.url}/api/trpc/auth.register`, {
    method: 'POST',
    // Distinct client addresses through the trusted proxy header: sign-ups are limited per address.
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${index + 1}` },
    body: JSON.stringify({
      json: {
        email: `load-${index}-${Date.now()}@example.test`,
        password: 'a long enough passphrase',
        fullName: `Load ${index}`,
      },
    }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { token: string } } } };
  return { token: body.result.data.json.token };
}

/** One request of the load: a list (one user transaction) or, now and then, a create. */
async function oneRequest(app: RunningApp, client: Client, create: boolean) {
  const headers = { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' };
  const response = create
    ? await fetch(`${app.url}/api/trpc/applications.create`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ json: { companyName: 'Acme', roleTitle: 'Engineer', jobDescription: 'Build things.' } }),
      })
    : await fetch(`${app.url}/api/trpc/applications.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
        headers,
      });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after') };
}

async function timeUntilAllAnswer(app: RunningApp, clients: Client[], withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const results = await Promise.all(clients.map((client) => oneRequest(app, client, false)));
    if (results.every((result) => result.status === 200)) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`not every client answered 200 within ${withinMs} ms`);
    await sleep(100);
  }
}

describe.skipIf(!onServer)('the server when the database fails', () => {
  let app: RunningApp | undefined;
  let proxy: FaultProxy | undefined;
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
  });

  it('survives backends terminated under load and answers again within seconds', async () => {
    app = await startApp({ env: { TRUST_PROXY: 'loopback' } });
    const clients = await Promise.all(Array.from({ length: USERS }, (_, index) => register(app!, index)));
    const killer = postgres(app.databaseUrl!, {
      max: 1,
      onnotice: () => {},
      connection: { application_name: 'fault-injector' },
    });
    const statuses = new Map<number, number>();
    let missingRetryAfter = 0;
    let running = true;
    const load = clients.map(async (client, index) => {
      for (let n = 0; running; n++) {
        const result = await oneRequest(app!, client, (n + index) % 5 === 0).catch(() => ({
          status: 0,
          retryAfter: null,
        }));
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        if (result.status === 503 && !result.retryAfter) missingRetryAfter++;
      }
    });
    let terminated = 0;
    try {
      for (let round = 0; round < 10; round++) {
        await sleep(300);
        const killed = await killer`select pg_terminate_backend(pid) as done from pg_stat_activity
                                    where application_name = 'jobforge' and datname = current_database()`;
        terminated += killed.length;
      }
      running = false;
      await Promise.all(load);
      const recoveryMs = await timeUntilAllAnswer(app, clients, 10_000);
      const healthz = await fetch(`${app.url}/healthz`);
      console.log(
        `terminated ${terminated} backends in 10 rounds under ${USERS} clients; answers by status: ${JSON.stringify(
          Object.fromEntries(statuses),
        )}; all ${USERS} clients answered 200 again ${recoveryMs} ms after the last round`,
      );
      expect(app.alive(), app.logs()).toBe(true);
      expect(healthz.status).toBe(200);
      expect(terminated).toBeGreaterThan(10);
      expect([...statuses.keys()].filter((status) => status !== 200 && status !== 503)).toEqual([]);
      expect(missingRetryAfter).toBe(0);
      expect(recoveryMs).toBeLessThan(10_000);
    } finally {
      running = false;
      await killer.end();
    }
  }, 180_000);

  it('answers 503 with Retry-After (not a hang) while the network to the database is silent, then recovers', async () => {
    await app?.stop();
    proxy = await startFaultProxy(process.env.DATABASE_URL!);
    const through = new URL(proxy.url);
    app = await startApp({
      env: { TRUST_PROXY: 'loopback', DATABASE_STATEMENT_TIMEOUT_MS: '1000', DATABASE_CONNECT_TIMEOUT_MS: '1000' },
      databaseUrlForServer: (url) => {
        const rewritten = new URL(url);
        rewritten.host = through.host;
        return rewritten.toString();
      },
    });
    const [client] = await Promise.all([register(app, 100)]);
    expect((await oneRequest(app, client!, false)).status).toBe(200);

    proxy.silence();
    const timed = async <T>(work: () => Promise<T>) => {
      const started = Date.now();
      const result = await work();
      return { result, ms: Date.now() - started };
    };
    const [api, page, ready, health] = await Promise.all([
      timed(() => oneRequest(app!, client!, false)),
      timed(() => fetch(`${app!.url}/`, { headers: { cookie: `jobforge_session=${client!.token}` } })),
      timed(() => fetch(`${app!.url}/readyz`)),
      timed(() => fetch(`${app!.url}/healthz`)),
    ]);
    console.log(
      `silent network: API ${api.result.status} in ${api.ms} ms, page ${page.result.status} in ${page.ms} ms, ` +
        `/readyz ${ready.result.status} in ${ready.ms} ms, /healthz ${health.result.status} in ${health.ms} ms`,
    );
    expect(api.result.status).toBe(503);
    expect(api.result.retryAfter).toBe('5');
    expect(api.ms).toBeLessThan(6_000); // the deadline is 2 s here; without it, minutes
    expect(page.result.status).toBe(503);
    expect(page.result.headers.get('retry-after')).toBe('5');
    expect(ready.result.status).toBe(503);
    expect(ready.ms).toBeLessThan(2_500);
    expect(health.result.status).toBe(200);

    proxy.restore();
    expect(await timeUntilAllAnswer(app, [client!], 20_000)).toBeLessThan(20_000);
    expect(app.alive()).toBe(true);
  }, 180_000);
});
