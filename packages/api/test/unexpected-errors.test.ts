/**
 * An error nobody anticipated (here: the database failing with SQL in its message) reaches the client
 * as a message with the request id, and the log gets the details under that id.
 */
import type { Logger } from '@jobforge/observability';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, createHarness, registerUser, type Harness } from './support/harness.js';

const lines: Array<Record<string, unknown>> = [];
const record = (level: string) => (fields: Record<string, unknown>, msg?: string) => {
  lines.push({ level, ...fields, msg });
};
const capturingLogger = {
  error: record('error'),
  warn: record('warn'),
  info: record('info'),
  debug: () => {},
} as unknown as Logger;
let harness: Harness;
let user: Awaited<ReturnType<typeof registerUser>>;

beforeAll(async () => {
  harness = await createHarness({}, capturingLogger);
  user = await registerUser(harness.api, 'lin');
}, 60_000);
afterAll(async () => harness?.close());

function failDatabase() {
  const database = harness.database as unknown as { runAsUser: unknown };
  const original = database.runAsUser;
  database.runAsUser = () =>
    Promise.reject(new Error('relation "secret_table" does not exist: select * from secret_table'));
  return () => {
    database.runAsUser = original;
  };
}

it('answers over HTTP with the request id and logs the cause under it', async () => {
  const restore = failDatabase();
  try {
    const result = await call(harness.api, 'applications.list', {}, { token: user.token });
    expect(result.status).toBe(500);
    const requestId = result.error!.data.requestId!;
    expect(result.error!.message).toBe(`Something went wrong on our side; it has been logged. Reference: ${requestId}`);
    expect(result.text).not.toMatch(/secret_table|select|stack|\.ts:/);
    const logged = lines.find((line) => line.requestId === requestId);
    expect(logged).toMatchObject({ path: 'applications.list', msg: 'unexpected error in API procedure' });
    expect(String((logged!.err as Error).message)).toContain('secret_table');
  } finally {
    restore();
  }
});

it('gives server-side callers the same safe error', async () => {
  const restore = failDatabase();
  try {
    const request = new Request('http://localhost:3000/', { headers: { authorization: `Bearer ${user.token}` } });
    const caller = harness.api.createCaller(request, { requestId: 'loader-1', responseHeaders: new Headers() });
    const error = (await caller.applications.list({}).then(
      () => null,
      (e: unknown) => e,
    )) as Error & { code: string };
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Something went wrong on our side; it has been logged. Reference: loader-1');
    expect(lines.some((line) => line.requestId === 'loader-1')).toBe(true);
  } finally {
    restore();
  }
});
